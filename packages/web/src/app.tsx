import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BodyBar } from './components/body-bar.tsx';
import { BodyProvider } from './components/body-context.tsx';
import { Layout } from './components/layout.tsx';
import { Loading } from './components/problem-text.tsx';
import { SessionProvider, useSession } from './components/session.tsx';
import { bodyPath, navigate, type Route, useRoute } from './router.ts';

// Every page is its own chunk: the charts (Observable Plot, d3) load only on the pages that draw them.
const LoginPage = lazy(() => import('./pages/login-page.tsx'));
const RegisterPage = lazy(() => import('./pages/register-page.tsx'));
const ItemPage = lazy(() => import('./pages/item-page.tsx'));
const MeetingPage = lazy(() => import('./pages/meeting-page.tsx'));
const PollPage = lazy(() => import('./pages/poll-page.tsx'));
const DeskPage = lazy(() => import('./pages/desk-page.tsx'));
const ReportPage = lazy(() => import('./pages/report-page.tsx'));
const SimulatorPage = lazy(() => import('./pages/simulator-page.tsx'));
const ScenariosPage = lazy(() => import('./pages/scenarios-page.tsx'));
const ProtocolsPage = lazy(() => import('./pages/protocols-page.tsx'));
const AccountsPage = lazy(() => import('./pages/accounts-page.tsx'));
const AuditPage = lazy(() => import('./pages/audit-page.tsx'));
const PasswordPage = lazy(() => import('./pages/password-page.tsx'));
const InvitePage = lazy(() => import('./pages/invite-page.tsx'));
const ClassesPage = lazy(() => import('./pages/classes-page.tsx'));
const ClassPage = lazy(() => import('./pages/class-page.tsx'));
const DebriefPage = lazy(() => import('./pages/debrief-page.tsx'));
const JoinPage = lazy(() => import('./pages/join-page.tsx'));

const LAST_BODY = 'politburo.body';
/** Where a first visit lands: the writable demo copy, whose demo accounts the server prints. */
const DEFAULT_BODY = '1934-demo';

function pageFor(route: Route): { bodyId?: string; node: ReactNode } {
  const [first, bodyId, page, a, b, c] = route.segments;
  if (first === 'login') return { node: <LoginPage /> };
  if (first === 'scenarios') return { node: <ScenariosPage /> };
  if (first === 'simulator') return { node: <SimulatorPage /> };
  if (first === 'password') return { node: <PasswordPage /> };
  if (first === 'invite') return { node: <InvitePage /> };
  // The classroom: /classes, /classes/<id>, /classes/<id>/debrief, /join/<code>
  if (first === 'classes') return { node: !bodyId ? <ClassesPage /> : page === 'debrief' ? <DebriefPage classId={bodyId} /> : <ClassPage classId={bodyId} /> };
  if (first === 'join') return { node: <JoinPage classId={bodyId} /> };
  if (first === 'b' && bodyId) {
    switch (page) {
      case undefined:
      case 'register':
        return { bodyId, node: <RegisterPage /> };
      case 'item':
        return { bodyId, node: <ItemPage itemId={a} /> };
      case 'decision':
        return { bodyId, node: <ItemPage decisionId={a} /> };
      case 'protocol':
        // the citable form: /b/<body>/protocol/<no>/item/<n>
        return { bodyId, node: <ItemPage protocolNo={Number(a)} itemNo={b === 'item' ? Number(c) : undefined} /> };
      case 'meetings':
        return { bodyId, node: <MeetingPage meetingId={a} /> };
      case 'polls':
        return { bodyId, node: <PollPage itemId={a} /> };
      case 'desk':
        return { bodyId, node: <DeskPage /> };
      case 'report':
        return { bodyId, node: <ReportPage /> };
      case 'protocols':
        return { bodyId, node: <ProtocolsPage no={a ? Number(a) : undefined} /> };
      case 'accounts':
        return { bodyId, node: <AccountsPage /> };
      case 'audit':
        return { bodyId, node: <AuditPage /> };
      default:
        return { bodyId, node: <NotFound /> };
    }
  }
  return { node: <NotFound /> };
}

function NotFound() {
  const { t } = useTranslation();
  return <h1>{t('common.notFound')}</h1>;
}

function Router() {
  const route = useRoute();
  const { user, ready } = useSession();
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.documentElement.lang = i18n.resolvedLanguage ?? 'en';
  }, [i18n.resolvedLanguage]);
  useEffect(() => {
    if (route.path === '/' && ready) navigate(bodyPath(user?.bodyId ?? localStorage.getItem(LAST_BODY) ?? DEFAULT_BODY, 'register'), undefined, true);
  }, [route.path, ready, user?.bodyId]);
  const { bodyId, node } = pageFor(route);
  useEffect(() => {
    if (bodyId) localStorage.setItem(LAST_BODY, bodyId);
  }, [bodyId]);
  const navBody = bodyId ?? route.query.get('body') ?? user?.bodyId ?? localStorage.getItem(LAST_BODY) ?? DEFAULT_BODY;
  useEffect(() => {
    document.title = `${t('app.name')} · ${route.segments[2] ?? route.segments[0] ?? ''}`;
  }, [route.segments, t]);
  const content = <Suspense fallback={<Loading />}>{node}</Suspense>;
  return bodyId ? (
    <BodyProvider key={bodyId} bodyId={bodyId}>
      <Layout route={route} bodyId={bodyId} bodyBar={<BodyBar controlsOpen={route.segments[2] === 'desk'} />}>
        {content}
      </Layout>
    </BodyProvider>
  ) : (
    <Layout route={route} bodyId={navBody}>
      {content}
    </Layout>
  );
}

export function App() {
  return (
    <SessionProvider>
      <Router />
    </SessionProvider>
  );
}
