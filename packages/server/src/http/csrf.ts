import { HttpProblem } from './problem.ts';
import { CSRF_HEADER } from '../auth/sessions.ts';

/**
 * A state-changing request must come from this site: a browser's `Sec-Fetch-Site` of
 * `cross-site` or `same-site`, or an `Origin` naming another host, is refused outright;
 * then the `X-CSRF-Token` header must carry the token bound to the session (or, before
 * login, the `pb_csrf` cookie's: double submit).
 */
export const refuseCrossSite = (req: Request, sessionToken: string | undefined, cookieToken: string | undefined): void => {
  const site = req.headers.get('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site') {
    throw new HttpProblem(403, 'CSRF', `A ${site} request may not change anything here.`, [{ field: 'Sec-Fetch-Site', message: site }]);
  }
  const origin = req.headers.get('origin');
  if (origin !== null) {
    let host: string | null = null;
    try {
      host = new URL(origin).host;
    } catch {
      host = null;
    }
    if (host !== req.headers.get('host')) throw new HttpProblem(403, 'CSRF', `A request from ${origin.slice(0, 100)} may not change anything here.`, [{ field: 'Origin', message: 'not this site' }]);
  }
  const header = req.headers.get(CSRF_HEADER);
  const expected = sessionToken ?? cookieToken;
  if (!expected || !header || header !== expected) {
    throw new HttpProblem(403, 'CSRF', `Missing or wrong ${CSRF_HEADER} header: get a token from GET /api/auth/session and echo it.`, [
      { field: CSRF_HEADER, message: sessionToken ? "must be the session's token" : 'must equal the pb_csrf cookie' },
    ]);
  }
};
