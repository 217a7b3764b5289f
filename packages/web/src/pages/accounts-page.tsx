import { useTranslation } from 'react-i18next';
import { accountsApi } from '../api/accounts-client.ts';
import { api } from '../api/client.ts';
import { useBody } from '../components/body-context.tsx';
import { InviteForm } from '../components/invite-form.tsx';
import { ErrorView, Loading } from '../components/problem-text.tsx';
import { ResetPasswordForm } from '../components/reset-password-form.tsx';
import { useRoleIn } from '../components/session.tsx';
import { steers } from '../components/steering.ts';
import { useAsync } from '../components/use-async.ts';
import { memberLabel, useLang } from '../i18n/pick.ts';
import { href } from '../router.ts';

/** The body's logins, for its steering roles: who has one, an invitation for who has not, a reset for a lost password. */
export default function AccountsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { bodyId } = useBody();
  const me = useRoleIn(bodyId);
  const allowed = steers(me?.role);
  const accounts = useAsync(() => (allowed ? accountsApi.accounts(bodyId) : Promise.resolve({ accounts: [] })), [bodyId, allowed]);
  // Fresh, not the page-wide members cache: a member admitted a moment ago is the one to invite.
  const fresh = useAsync(() => api.members(bodyId), [bodyId, accounts.data]);
  const members = fresh.data?.members ?? [];
  if (!allowed) {
    return (
      <>
        <h1>{t('accounts.title')}</h1>
        <p className="notice">{t('accounts.steerOnly')}</p>
        {me && <a href={href('/password')}>{t('password.title')}</a>}
      </>
    );
  }
  const rows = accounts.data?.accounts ?? [];
  const withLogin = new Set(rows.map((a) => a.memberId));
  const candidates = members.filter((m) => !withLogin.has(m.id) && !m.retiredOn);
  const byId = new Map(members.map((m) => [m.id, m]));
  return (
    <>
      <h1>{t('accounts.title')}</h1>
      <p>{t('accounts.intro')}</p>
      <ErrorView error={accounts.error} />
      {accounts.loading && !accounts.data && <Loading />}
      <section className="card" aria-labelledby="invite-h">
        <h2 id="invite-h">{t('accounts.invite')}</h2>
        <InviteForm bodyId={bodyId} candidates={candidates} onInvited={accounts.reload} />
      </section>
      <div className="card table-wrap">
        <table className="plain" data-testid="accounts-table">
          <thead>
            <tr>
              <th scope="col">{t('accounts.username')}</th>
              <th scope="col">{t('accounts.member')}</th>
              <th scope="col">{t('accounts.role')}</th>
              <th scope="col">{t('accounts.reset')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => {
              const m = byId.get(a.memberId);
              return (
                <tr key={a.username}>
                  <td>{a.username}</td>
                  <td>{m ? memberLabel(m, lang) : a.memberId}</td>
                  <td>{m ? t(`role.${m.role}`) : '—'}</td>
                  <td>
                    <ResetPasswordForm bodyId={bodyId} username={a.username} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {accounts.data && rows.length === 0 && <p className="muted">{t('accounts.none')}</p>}
      </div>
    </>
  );
}
