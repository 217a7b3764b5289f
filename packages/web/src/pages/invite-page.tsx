import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountsApi } from '../api/accounts-client.ts';
import { NewPasswordFields, useNewPassword } from '../components/new-password-fields.tsx';
import { ErrorView } from '../components/problem-text.tsx';
import { useSession } from '../components/session.tsx';
import { bodyPath, navigate, useRoute } from '../router.ts';

/** Where a one-time invitation link lands: the member sets his password, and is logged in. */
export default function InvitePage() {
  const { t } = useTranslation();
  const { setUser } = useSession();
  const route = useRoute();
  const bodyId = route.query.get('body') ?? '';
  const token = route.query.get('token') ?? '';
  const newPassword = useNewPassword();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  if (!bodyId || !token) {
    return (
      <>
        <h1>{t('invite.title')}</h1>
        <p className="error">{t('invite.incomplete')}</p>
      </>
    );
  }
  const { password, mismatch } = newPassword;
  return (
    <div style={{ maxWidth: 480, margin: '0 auto' }}>
      <h1>{t('invite.title')}</h1>
      <p>{t('invite.intro', { body: bodyId })}</p>
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          if (mismatch) return;
          setBusy(true);
          setError(undefined);
          accountsApi
            .acceptInvite(bodyId, token, password)
            .then((u) => {
              setUser(u);
              // The token is spent: leave its page without keeping it in the history.
              navigate(bodyPath(u.bodyId, 'register'), undefined, true);
            }, setError)
            .finally(() => setBusy(false));
        }}
      >
        <NewPasswordFields value={newPassword} labels={{ password: t('invite.password'), repeat: t('invite.repeat'), mismatch: t('invite.mismatch') }} />
        <button type="submit" disabled={busy || mismatch}>
          {t('invite.submit')}
        </button>
        <ErrorView error={error} />
      </form>
    </div>
  );
}
