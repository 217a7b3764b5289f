import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { z } from '@hono/zod-openapi';
import type { SessionData } from '../auth/sessions.ts';
import type { Services } from '../services.ts';
import { type CachedPage, pageAnswer } from './cached-page.ts';
import { classBodyAdmits } from './class-body-gate.ts';

/**
 * A page kept as bytes (`cached-page.ts`) that may be answered before the Hono chain: the
 * route's own query schema and its own page function, which the route's handler calls too.
 */
export interface FastRead<Q> {
  /** The path it answers; its one group is the body id (plain characters only: anything to decode goes to Hono). */
  path: RegExp;
  /** The route's own schemas for its path parameters and its query. */
  params: z.ZodType<{ bodyId: string }>;
  query: z.ZodType<Q>;
  page(services: Services, session: SessionData | null, bodyId: string, q: Q): Promise<CachedPage>;
}

/** A `FastRead` as the lane holds it, whatever its query's type: null when the route's schemas refuse the path or the query. */
export interface LaneRead {
  path: RegExp;
  page(services: Services, session: SessionData | null, bodyId: string, query: Record<string, string>): Promise<CachedPage> | null;
}

export const laneRead = <Q>(read: FastRead<Q>): LaneRead => ({
  path: read.path,
  page: (services, session, bodyId, query) => {
    const params = read.params.safeParse({ bodyId });
    const q = read.query.safeParse(query);
    return params.success && q.success ? read.page(services, session, params.data.bodyId, q.data) : null;
  },
});

/**
 * The pre-serialised read lane. A register page is bytes kept per body version and viewer
 * class, yet building Hono's Request, context, router match, middleware chain and Response
 * around those bytes cost twice what writing them does (`bench/register-throughput.ts`).
 * This lane answers such a GET itself, asking exactly what the chain would ask, each of the
 * same function: the session from the cookie (`Sessions.ofCookies`), the classroom's privacy
 * rule (`classBodyAdmits`), the route's query schema, and the route's page (which reads the
 * viewer and the core's visibility rule through the projection). It decides nothing of its
 * own: whatever is not plainly the answer — another method or path, a query to decode or with
 * a repeated key, a query the schema refuses, a body the gate does not admit, any error — goes
 * on to the Hono app unchanged, which answers it (and its errors) as it always did.
 */
export const fastReadLane = (services: Services, reads: readonly LaneRead[], next: RequestListener): RequestListener => {
  const answer = async (req: IncomingMessage, res: ServerResponse, read: LaneRead, bodyId: string, search: string): Promise<boolean> => {
    const params = new URLSearchParams(search);
    const raw: Record<string, string> = {};
    for (const [k, v] of params) {
      if (Object.hasOwn(raw, k) || k === '__proto__') return false;
      raw[k] = v;
    }
    const session = await services.sessions.ofCookies(req.headers.cookie);
    if (!(await classBodyAdmits(services, bodyId, session))) return false;
    const pending = read.page(services, session, bodyId, raw);
    if (!pending) return false;
    const page = await pending;
    const a = pageAnswer(page, { acceptEncoding: req.headers['accept-encoding'], ifNoneMatch: req.headers['if-none-match'] });
    res.writeHead(a.status, a.body ? { ...a.headers, 'content-length': String(a.body.byteLength) } : a.headers);
    res.end(a.body);
    return true;
  };
  return (req, res) => {
    const url = req.url ?? '';
    if (req.method !== 'GET' || url.includes('%') || url.includes('+')) return next(req, res);
    const at = url.indexOf('?');
    const path = at < 0 ? url : url.slice(0, at);
    for (const read of reads) {
      const m = read.path.exec(path);
      if (!m) continue;
      answer(req, res, read, m[1]!, at < 0 ? '' : url.slice(at + 1)).then(
        (done) => {
          if (!done) next(req, res);
        },
        () => next(req, res),
      );
      return;
    }
    next(req, res);
  };
};
