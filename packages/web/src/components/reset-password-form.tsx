import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountsApi } from '../api/accounts-client.ts';
import { ErrorView } from './problem-text.tsx';

/** A steering role sets a new password for a login; the server ends every session of it. */
export function ResetPasswordForm({ bodyId, username }: { bodyId: string; username: string }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="row"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        setError(undefined);
        setDone(false);
        accountsApi
          .resetPassword(bodyId, username, password)
          .then(() => {
            setDone(true);
            setPassword('');
          }, setError)
          .finally(() => setBusy(false));
      }}
    >
      <label>
        <span className="sr-label">{t('accounts.newPassword')}</span>
        <input
          type="password"
          name={`reset-${username}`}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          minLength={8}
          required
          autoComplete="new-password"
          placeholder={t('accounts.newPassword')}
          aria-label={`${t('accounts.newPassword')}: ${username}`}
        />
      </label>
      <button type="submit" className="secondary" disabled={busy}>
        {t('accounts.resetButton')}
      </button>
      {done && (
        <span className="ok" role="status">
          {t('accounts.resetDone', { username })}
        </span>
      )}
      <ErrorView error={error} />
    </form>
  );
}
