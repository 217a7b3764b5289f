import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from '../i18n/index.ts';
import { bodyPath, href, type Route } from '../router.ts';
import { useSession } from './session.tsx';
import { steers } from './steering.ts';
import { pick, useLang } from '../i18n/pick.ts';

export function Layout({ route, bodyId, children, bodyBar }: { route: Route; bodyId: string; children: ReactNode; bodyBar?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { user, logout } = useSession();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const links: Array<[string, string]> = [
    [bodyPath(bodyId, 'register'), t('nav.register')],
    [bodyPath(bodyId, 'meetings'), t('nav.meetings')],
    [bodyPath(bodyId, 'polls'), t('nav.polls')],
    [bodyPath(bodyId, 'desk'), t('nav.desk')],
    [bodyPath(bodyId, 'report'), t('nav.report')],
    [bodyPath(bodyId, 'protocols'), t('nav.protocols')],
    ['/scenarios', t('nav.scenarios')],
    ['/simulator', t('nav.simulator')],
    ...(user?.bodyId === bodyId && steers(user.role)
      ? ([
          [bodyPath(bodyId, 'accounts'), t('nav.accounts')],
          [bodyPath(bodyId, 'audit'), t('nav.audit')],
        ] as Array<[string, string]>)
      : []),
    ['/classes', t('nav.classes')],
  ];
  const current = (p: string) => route.path === p || route.path.startsWith(`${p}/`);
  return (
    <>
      {/* A button, not a link: with hash routes, href="#main" would navigate. */}
      <button type="button" className="skip" onClick={() => document.getElementById('main')?.focus()}>
        {t('nav.skip')}
      </button>
      <header className="topbar">
        <a className="brand" href={href('/')}>
          {t('app.name')}
        </a>
        <button type="button" className="menu-toggle" aria-expanded={open} aria-controls="main-nav" onClick={() => setOpen(!open)}>
          {t('nav.menu')}
        </button>
        <nav id="main-nav" aria-label={t('nav.label')} className={open ? 'open' : ''}>
          <ul>
            {links.map(([p, label]) => (
              <li key={p}>
                <a href={href(p)} aria-current={current(p) ? 'page' : undefined} onClick={() => setOpen(false)}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="tools">
          <label className="inline" style={{ color: 'inherit' }}>
            <span className="sr-label">{t('nav.language')}</span>
            <select value={i18n.resolvedLanguage} onChange={(e) => void setLanguage(e.target.value)} aria-label={t('nav.language')}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {l === 'en' ? 'English' : 'Русский'}
                </option>
              ))}
            </select>
          </label>
          {user ? (
            <>
              <span data-testid="whoami">
                {pick(lang, user.name, user.nameRu ?? undefined)} · {t(`role.${user.role}`)}
                <span className="hide-phone"> · {user.bodyId}</span>
              </span>
              <a href={href('/password')}>{t('nav.password')}</a>
              <button type="button" className="secondary" onClick={() => void logout()}>
                {t('nav.logout')}
              </button>
            </>
          ) : (
            <a href={href('/login', { body: bodyId })}>{t('nav.login')}</a>
          )}
        </div>
      </header>
      {bodyBar}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
