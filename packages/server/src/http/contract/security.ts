import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '../../auth/sessions.ts';

/**
 * How a request says who it is: the session cookie, and for a state-changing request
 * the CSRF header (`csrf.ts`) equal to the session's token or, before login, to the
 * `pb_csrf` cookie (double submit). Names come from `auth/sessions.ts`.
 */
export const securitySchemes = {
  session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'Set by POST /api/auth/login (HttpOnly).' },
  csrfCookie: { type: 'apiKey', in: 'cookie', name: CSRF_COOKIE, description: 'Set by GET /api/auth/session; echoed in the CSRF header before login.' },
  csrf: { type: 'apiKey', in: 'header', name: CSRF_HEADER, description: 'The csrfToken from GET /api/auth/session or login; required on every POST, PUT, PATCH, DELETE.' },
} as const;

/** Security requirements of an operation (OpenAPI: any one entry suffices; `{}` means anonymous is fine). */
type Requirement = Array<Record<string, string[]>>;
export const security: Record<'read' | 'sessionRead' | 'write' | 'openWrite', Requirement> = {
  /** A read anyone may make; a session shows more (restricted rows, own mail). */
  read: [{}, { session: [] }],
  /** A read that needs a session. */
  sessionRead: [{ session: [] }],
  /** A write that needs a session and its CSRF token. */
  write: [{ session: [], csrf: [] }],
  /** A write open before login (login, create a body, copy the scenario): the CSRF cookie and header, or a session's. */
  openWrite: [{ csrfCookie: [], csrf: [] }, { session: [], csrf: [] }],
};
