import { call, http, qs, rememberCsrf } from './client.ts';
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
const inBody = (bodyId: string) => ({ params: { path: { bodyId } } });
const loggedIn = (r: { user: SessionUser; csrfToken: string }): SessionUser => {
  rememberCsrf(r.csrfToken);
  return r.user;
};
/** The filter without its empty fields: the page keeps them as '' for "any". */
const given = (filter: AuditFilter): AuditFilter => Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== ''));

/** Accounts, invitations, passwords and the audit trail, over the typed transport of client.ts. */
export const accountsApi = {
  accounts: (bodyId: string): Promise<{ accounts: AccountRow[] }> => call(http.GET('/api/bodies/{bodyId}/accounts', inBody(bodyId))),
  invite: (bodyId: string, memberId: string, username: string): Promise<Invitation> =>
    call(http.POST('/api/bodies/{bodyId}/invites', { ...inBody(bodyId), body: { memberId, username } })),
  resetPassword: (bodyId: string, username: string, password: string): Promise<void> =>
    call(http.POST('/api/bodies/{bodyId}/accounts/{username}/password', { params: { path: { bodyId, username } }, body: { password } })),
  acceptInvite: (bodyId: string, token: string, password: string): Promise<SessionUser> =>
    call<{ user: SessionUser; csrfToken: string }>(http.POST('/api/auth/invite', { body: { bodyId, token, password } })).then(loggedIn),
  changePassword: (current: string, password: string): Promise<SessionUser> =>
    call<{ user: SessionUser; csrfToken: string }>(http.POST('/api/auth/password', { body: { current, password } })).then(loggedIn),
  /** Newest first; `before` is the `next` of the page before (none for the first). */
  audit: (bodyId: string, filter: AuditFilter, before: number | undefined, limit: number): Promise<{ rows: AuditRow[]; next: number | null }> =>
    call(
      http.GET('/api/bodies/{bodyId}/audit', {
        params: { path: { bodyId }, query: { ...given(filter), order: 'desc', limit, ...(before !== undefined ? { before } : {}) } },
      }),
    ),
  /** The filtered trail as one file, for the browser to download. */
  auditCsvUrl: (bodyId: string, filter: AuditFilter) => `/api${b(bodyId)}/audit${qs({ ...filter, format: 'csv' })}`,
};
