import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { BodySummary, DemoAccount, Role } from '../api/types.ts';
import { ClockControls } from '../components/clock-controls.tsx';
import { ErrorView, Loading } from '../components/problem-text.tsx';
import { useSession } from '../components/session.tsx';
import { ProvenanceTag } from '../components/tags.tsx';
import { useAsync } from '../components/use-async.ts';
import { bodyPath, href, navigate, useRoute } from '../router.ts';
import { STEERING } from '../api/vocabulary.ts';
import { memberLabel, pick, useLang } from '../i18n/pick.ts';


/**
 * Scenarios and bodies: open the 1934 scenario (read-only, every row marked archival or
 * synthetic), copy it to work on, create a new body, and run a body's replay clock.
 */
export default function ScenariosPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const route = useRoute();
  const { user, setUser } = useSession();
  const scenarios = useAsync(() => api.scenarios(), []);
  const bodies = useAsync(() => api.bodies(), []);
  const selected = route.query.get('body') ?? user?.bodyId ?? '1934';
  const [copyName, setCopyName] = useState('');
  const [copied, setCopied] = useState<{ body: BodySummary; demoAccounts: DemoAccount[] }>();
  const [error, setError] = useState<unknown>();
  const [nb, setNb] = useState({ name: '', memberId: 'chair', memberName: '', role: 'leader' as Role, username: '', password: '' });

  return (
    <>
      <h1>{t('scenarios.title')}</h1>
      <ErrorView error={scenarios.error ?? bodies.error} />
      {scenarios.loading && !scenarios.data && <Loading />}
      {(scenarios.data?.scenarios ?? []).map((s) => (
        <section className="card" key={s.id} aria-labelledby={`sc-${s.id}`}>
          <h2 id={`sc-${s.id}`}>{pick(lang, s.title, s.ru?.title)}</h2>
          {s.readingLabel && (
            <p className="small" data-testid={`scenario-reading-${s.id}`}>
              {pick(lang, s.readingLabel, s.ru?.readingLabel)} · {t('readings.version')} <code>{s.version}</code> ·{' '}
              <a href={href(bodyPath(s.bodyId, 'report'))}>{t('nav.report')}</a>
            </p>
          )}
          {s.caveat && <p className="caveat">{pick(lang, s.caveat, s.ru?.caveat)}</p>}
          {s.absenceWindows?.map((w) => (
            <p className="small" key={w.label}>
              {w.from} – {w.to}: {pick(lang, w.label, w.labelRu)} {w.sourceId && <span className="tag archival">{t('provenance.archival')}: {w.sourceId}</span>}
            </p>
          ))}
          <p className="row">
            <a className="button" href={href(bodyPath(s.bodyId, 'register'))}>
              {t('scenarios.open')}
            </a>
            <a className="button secondary" href={href('/scenarios', { body: s.bodyId })}>
              {t('scenarios.inspect')}
            </a>
          </p>
          <form
            className="filters"
            onSubmit={(e) => {
              e.preventDefault();
              setError(undefined);
              api.copyBody(s.bodyId, copyName ? { name: copyName } : {}).then((r) => {
                setCopied(r);
                bodies.reload();
              }, setError);
            }}
          >
            <label>
              {t('scenarios.copyName')}
              <input value={copyName} onChange={(e) => setCopyName(e.target.value)} placeholder={t('scenarios.copyPlaceholder')} />
            </label>
            <button type="submit" data-testid="copy-scenario">
              {t('scenarios.copy')}
            </button>
          </form>
        </section>
      ))}
      {copied && (
        <section className="card notice" aria-live="polite" data-testid="copy-result">
          <h2>{t('scenarios.copiedTitle', { name: copied.body.name })}</h2>
          <p>
            <a href={href(bodyPath(copied.body.id, 'register'))}>{t('scenarios.openCopy')}</a> · <a href={href('/login', { body: copied.body.id })}>{t('nav.login')}</a>
          </p>
          <div className="table-wrap">
            <table className="plain">
              <thead>
                <tr>
                  <th scope="col">{t('login.username')}</th>
                  <th scope="col">{t('login.password')}</th>
                  <th scope="col">{t('scenarios.role')}</th>
                  <th scope="col">{t('scenarios.member')}</th>
                </tr>
              </thead>
              <tbody>
                {copied.demoAccounts.map((a) => (
                  <tr key={a.username}>
                    <td>
                      <code>{a.username}</code>
                    </td>
                    <td>
                      <code>{a.password}</code>
                    </td>
                    <td>{t(`role.${a.role}`)}</td>
                    <td>{a.name}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <BodyInspector bodyId={selected} />
      <section className="card" aria-labelledby="bodies-h">
        <h2 id="bodies-h">{t('scenarios.bodies')}</h2>
        <ul>
          {(bodies.data?.bodies ?? []).map((b) => (
            <li key={b.id}>
              <a href={href(bodyPath(b.id, 'register'))} lang={lang === 'ru' && b.nameRu ? 'ru' : 'en'}>
                {pick(lang, b.name, b.nameRu ?? undefined)}
              </a> <span className="muted small">({b.id})</span> {b.readOnly && <span className="tag">{t('body.readOnly')}</span>}{' '}
              <a className="small" href={href('/scenarios', { body: b.id })}>
                {t('scenarios.inspect')}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <form
        className="card"
        aria-labelledby="new-h"
        onSubmit={(e) => {
          e.preventDefault();
          setError(undefined);
          api
            .createBody({ name: nb.name, founder: { memberId: nb.memberId, name: nb.memberName, role: nb.role, username: nb.username, password: nb.password } })
            .then((r) => {
              setUser(r.user);
              navigate(bodyPath(r.body.id, 'register'));
            }, setError);
        }}
      >
        <h2 id="new-h">{t('scenarios.create')}</h2>
        <div className="filters">
          <label>
            {t('scenarios.bodyName')}
            <input value={nb.name} onChange={(e) => setNb({ ...nb, name: e.target.value })} required />
          </label>
          <label>
            {t('scenarios.founderName')}
            <input value={nb.memberName} onChange={(e) => setNb({ ...nb, memberName: e.target.value })} required />
          </label>
          <label>
            {t('scenarios.founderId')}
            <input value={nb.memberId} onChange={(e) => setNb({ ...nb, memberId: e.target.value })} required />
          </label>
          <label>
            {t('scenarios.role')}
            <select value={nb.role} onChange={(e) => setNb({ ...nb, role: e.target.value as Role })}>
              {(['leader', 'deputy', 'member', 'secretariat'] as const).map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('login.username')}
            <input value={nb.username} onChange={(e) => setNb({ ...nb, username: e.target.value })} autoComplete="username" required />
          </label>
          <label>
            {t('login.password')}
            <input type="password" minLength={8} value={nb.password} onChange={(e) => setNb({ ...nb, password: e.target.value })} autoComplete="new-password" required />
          </label>
          <button type="submit">{t('scenarios.createButton')}</button>
        </div>
      </form>
      <ErrorView error={error} />
    </>
  );
}

function BodyInspector({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { user } = useSession();
  const state = useAsync(async () => {
    const [body, members, absences, meetings] = await Promise.all([api.body(bodyId), api.members(bodyId), api.absences(bodyId), api.meetings(bodyId)]);
    return { body, members: members.members, absences: absences.absences, meetings: meetings.meetings };
  }, [bodyId, user?.username]);
  const [clock, setClock] = useState<BodySummary['clock']>();
  if (state.error) return <ErrorView error={state.error} />;
  if (!state.data) return <Loading />;
  const { body, members, absences, meetings } = state.data;
  const canSteer = !!body.me && STEERING.has(body.me.role) && !body.readOnly;
  const name = (id: string) => {
    const m = members.find((x) => x.id === id);
    return m ? memberLabel(m, lang) : id;
  };
  const sample = [...meetings].sort((a, z) => a.date.localeCompare(z.date)).slice(0, 12);
  return (
    <section className="card" aria-labelledby="insp-h" data-testid="inspector">
      <h2 id="insp-h">
        {pick(lang, body.name, body.nameRu ?? undefined)} <span className="muted small">({body.id})</span> {body.readOnly && <span className="tag">{t('body.readOnly')}</span>}
      </h2>
      <p className="small muted">
        {t('scenarios.counts', body.counts)} · <a href={href(bodyPath(body.id, 'register'))}>{t('nav.register')}</a> · <a href={href(bodyPath(body.id, 'report'))}>{t('nav.report')}</a>
      </p>
      <p className="small">{t('scenarios.provenanceNote')}</p>
      <ClockControls bodyId={body.id} clock={clock ?? body.clock} canSteer={canSteer} onChange={setClock} />
      <div className="cols">
        <div>
          <h3>{t('scenarios.members')}</h3>
          <ul className="small">
            {members.map((m) => (
              <li key={m.id}>
                {memberLabel(m, lang)} — {t(`role.${m.role}`)} <ProvenanceTag row={m} />
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{t('scenarios.absences')}</h3>
          <ul className="small">
            {absences.map((a) => (
              <li key={a.id}>
                {name(a.memberId)}: {a.from} – {a.to}, <span lang="en">{a.location}</span> <ProvenanceTag row={a} />
              </li>
            ))}
          </ul>
          <h3>{t('scenarios.firstMeetings')}</h3>
          <ul className="small">
            {sample.map((m) => (
              <li key={m.id}>
                <a href={href(bodyPath(body.id, 'meetings', m.id))}>{m.date}</a> {m.chairId && `— ${name(m.chairId)}`} <ProvenanceTag row={m} />
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
