import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountsApi } from '../api/accounts-client.ts';
import { NewPasswordFields, useNewPassword } from '../components/new-password-fields.tsx';
import { ErrorView } from '../components/problem-text.tsx';
import { useSession } from '../components/session.tsx';
import { href } from '../router.ts';

/** Anyone logged in changes his own password; the server ends his other sessions and starts this one afresh. */
export default function PasswordPage() {
  const { t } = useTranslation();
  const { user, setUser } = useSession();
  const [current, setCurrent] = useState('');
  const newPassword = useNewPassword();
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  if (!user) {
    return (
      <>
        <h1>{t('password.title')}</h1>
        <p className="notice">
          <a href={href('/login')}>{t('password.loginFirst')}</a>
        </p>
      </>
    );
  }
  const { password: next, mismatch } = newPassword;
  return (
    <div style={{ maxWidth: 480, margin: '0 auto' }}>
      <h1>{t('password.title')}</h1>
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          if (mismatch) return;
          setBusy(true);
          setError(undefined);
          setDone(false);
          accountsApi
            .changePassword(current, next)
            .then((u) => {
              setUser(u);
              setDone(true);
              setCurrent('');
              newPassword.clear();
            }, setError)
            .finally(() => setBusy(false));
        }}
      >
        <p>
          <label style={{ display: 'flex' }}>
            {t('password.current')}
            <input type="password" name="current" value={current} onChange={(e) => setCurrent(e.target.value)} autoComplete="current-password" required />
          </label>
        </p>
        <NewPasswordFields value={newPassword} labels={{ password: t('password.next'), repeat: t('password.repeat'), mismatch: t('password.mismatch') }} />
        <button type="submit" disabled={busy || mismatch}>
          {t('password.submit')}
        </button>
        {done && (
          <p className="ok" role="status">
            {t('password.done')}
          </p>
        )}
        <ErrorView error={error} />
      </form>
    </div>
  );
}
