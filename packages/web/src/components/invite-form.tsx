import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { memberLabel, useLang } from '../i18n/pick.ts';
import { accountsApi, type Invitation } from '../api/accounts-client.ts';
import type { Member } from '../api/types.ts';
import { ErrorView } from './problem-text.tsx';

/** Invites a member who has no login: the one-time link is shown once, to copy and hand over. */
export function InviteForm({ bodyId, candidates, onInvited }: { bodyId: string; candidates: Member[]; onInvited: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const [memberId, setMemberId] = useState('');
  const [username, setUsername] = useState('');
  const [made, setMade] = useState<Invitation | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const chosen = memberId || candidates[0]?.id || '';
  const link = made ? `${window.location.origin}${made.link}` : '';
  if (candidates.length === 0 && !made) return <p className="muted">{t('accounts.noneToInvite')}</p>;
  return (
    <>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setBusy(true);
          setError(undefined);
          setCopied(false);
          accountsApi
            .invite(bodyId, chosen, username.trim() || chosen)
            .then((inv) => {
              setMade(inv);
              setUsername('');
              setMemberId('');
              onInvited();
            }, setError)
            .finally(() => setBusy(false));
        }}
      >
        <label>
          {t('accounts.inviteMember')}
          <select name="memberId" value={chosen} onChange={(e) => setMemberId(e.target.value)} required>
            {candidates.map((m) => (
              <option key={m.id} value={m.id}>
                {memberLabel(m, lang)} ({t(`role.${m.role}`)})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('accounts.username')}
          <input name="username" value={username} placeholder={chosen} onChange={(e) => setUsername(e.target.value)} pattern="[A-Za-z0-9_.@\-]{1,80}" />
        </label>
        <button type="submit" disabled={busy || !chosen}>
          {t('accounts.inviteButton')}
        </button>
      </form>
      <ErrorView error={error} />
      {made && (
        <div className="notice" role="status">
          <p>{t('accounts.linkMade', { username: made.username, until: new Date(made.expiresAt).toLocaleString(i18n.resolvedLanguage) })}</p>
          <p className="row">
            <input readOnly value={link} data-testid="invite-link" aria-label={t('accounts.copy')} style={{ flex: '1 1 24rem' }} onFocus={(e) => e.target.select()} />
            <button
              type="button"
              className="secondary"
              onClick={() =>
                void navigator.clipboard?.writeText(link).then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              {t('accounts.copy')}
            </button>
            {copied && <span className="ok">{t('accounts.copied')}</span>}
          </p>
        </div>
      )}
    </>
  );
}
