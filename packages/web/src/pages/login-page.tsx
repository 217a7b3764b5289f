import { useState } from 'react';
import { ApiError } from '../api/client.ts';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { ErrorView } from '../components/problem-text.tsx';
import { useSession } from '../components/session.tsx';
import { useAsync } from '../components/use-async.ts';
import { pick, useLang } from '../i18n/pick.ts';
import { bodyPath, navigate, useRoute } from '../router.ts';

const DEMO_BODY = '1934-demo';
const DEMO_ROLES = ['leader', 'deputy', 'member', 'candidate', 'secretariat', 'observer'] as const;

/** Accounts belong to a body: pick the body, then sign in. */
export default function LoginPage() {
  const { t } = useTranslation();
  const { login, user } = useSession();
  const lang = useLang();
  const route = useRoute();
  const bodies = useAsync(() => api.bodies(), []);
  const writable = (bodies.data?.bodies ?? []).filter((b) => !b.readOnly);
  const [picked, setBodyId] = useState('');
  // A read-only scenario has no accounts: a link from one of its pages preselects the writable copy instead.
  const asked = route.query.get('body') ?? '';
  const bodyId = picked || (writable.some((b) => b.id === asked) ? asked : '');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  // The writable demo copy first: the printed demo accounts live there, not in the read-only scenarios.
  const preferred = writable.find((b) => b.id === DEMO_BODY) ?? writable.find((b) => b.scenario !== null) ?? writable[0];
  const chosen = bodyId || preferred?.id || bodies.data?.bodies[0]?.id || '';
  const nameOf = (id: string) => {
    const b = bodies.data?.bodies.find((x) => x.id === id);
    return b ? pick(lang, b.name, b.nameRu ?? undefined) : id;
  };
  const elsewhere = error instanceof ApiError && error.code === 'USER_IN_OTHER_BODY' ? (error.problem.errors?.[0]?.message ?? '').split(',').filter(Boolean) : [];
  return (
    <div style={{ maxWidth: 480, margin: '0 auto' }}>
      <h1>{t('login.title')}</h1>
      {user && <p className="notice">{t('login.already', { name: user.name, body: user.bodyId })}</p>}
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          setBusy(true);
          setError(undefined);
          login(chosen, username.trim(), password)
            .then((u) => navigate(bodyPath(u.bodyId, u.role === 'leader' ? 'desk' : 'register')), setError)
            .finally(() => setBusy(false));
        }}
      >
        <p>
          <label style={{ display: 'flex' }}>
            {t('login.body')}
            <select value={chosen} onChange={(e) => setBodyId(e.target.value)} name="body" required>
              {(bodies.data?.bodies ?? []).map((b) => (
                <option key={b.id} value={b.id}>
                  {nameOf(b.id)} ({b.id}){b.readOnly ? ` — ${t('body.readOnly')}` : ''}
                </option>
              ))}
            </select>
          </label>
        </p>
        <p>
          <label style={{ display: 'flex' }}>
            {t('login.username')}
            <input value={username} onChange={(e) => setUsername(e.target.value)} name="username" autoComplete="username" required />
          </label>
        </p>
        <p>
          <label style={{ display: 'flex' }}>
            {t('login.password')}
            <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} name="password" autoComplete="current-password" required />
          </label>
        </p>
        <button type="submit" disabled={busy || !chosen}>
          {t('login.submit')}
        </button>
        {elsewhere.length > 0 ? (
          <div className="error" role="alert" data-testid="login-elsewhere">
            <p>{t('login.elsewhere', { bodies: elsewhere.map(nameOf).join(', ') })}</p>
            {elsewhere.map((id) => (
              <button key={id} type="button" className="secondary" onClick={() => { setBodyId(id); setError(undefined); }}>
                {t('login.switchTo', { name: nameOf(id) })}
              </button>
            ))}
          </div>
        ) : (
          <ErrorView error={error} />
        )}
      </form>
      <aside className="card small" aria-labelledby="demo-h">
        <h2 id="demo-h">{t('login.demoTitle')}</h2>
        <p>{t('login.demoHint')}</p>
        <p className="muted">{t('login.defaultHint')}</p>
        <p>
          {DEMO_ROLES.map((r) => (
            <button
              key={r}
              type="button"
              className="secondary"
              style={{ margin: '0 .3rem .3rem 0' }}
              onClick={() => setUsername(r)}
              aria-label={t('login.useRole', { role: t(`role.${r}`) })}
            >
              {r}
            </button>
          ))}
        </p>
        <p className="muted">{t('login.demoPasswords')}</p>
      </aside>
    </div>
  );
}
