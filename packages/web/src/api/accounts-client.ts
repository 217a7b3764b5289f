import { qs, rememberCsrf, request } from './client.ts';
import type { Schemas, SessionUser } from './types.ts';

/** A login of a body as its steering roles see it. */
export type AccountRow = Schemas['Account'];
/** An invitation; `link` is the app's own address for accepting it: `/#/invite?body=…&token=…`. */
export type Invitation = Schemas['Invite'];
export type AuditRow = Schemas['AuditRow'];

export interface AuditFilter {
  actor?: string | undefined;
  type?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

const b = (bodyId: string): string => `/bodies/${encodeURIComponent(bodyId)}`;
const loggedIn = (r: { user: SessionUser; csrfToken: string }): SessionUser => {
  rememberCsrf(r.csrfToken);
  return r.user;
};

/** Accounts, invitations, passwords and the audit trail. */
export const accountsApi = {
  accounts: (bodyId: string) => request<{ accounts: AccountRow[] }>('GET', `${b(bodyId)}/accounts`),
  invite: (bodyId: string, memberId: string, username: string) => request<Invitation>('POST', `${b(bodyId)}/invites`, { memberId, username }),
  resetPassword: (bodyId: string, username: string, password: string) =>
    request<void>('POST', `${b(bodyId)}/accounts/${encodeURIComponent(username)}/password`, { password }),
  acceptInvite: (bodyId: string, token: string, password: string) =>
    request<{ user: SessionUser; csrfToken: string }>('POST', '/auth/invite', { bodyId, token, password }).then(loggedIn),
  changePassword: (current: string, password: string) => request<{ user: SessionUser; csrfToken: string }>('POST', '/auth/password', { current, password }).then(loggedIn),
  /** Newest first; `before` is the `next` of the page before (none for the first). */
  audit: (bodyId: string, filter: AuditFilter, before: number | undefined, limit: number) =>
    request<{ rows: AuditRow[]; next: number | null }>('GET', `${b(bodyId)}/audit${qs({ ...filter, order: 'desc', before, limit })}`),
  /** The filtered trail as one file, for the browser to download. */
  auditCsvUrl: (bodyId: string, filter: AuditFilter) => `/api${b(bodyId)}/audit${qs({ ...filter, format: 'csv' })}`,
};
