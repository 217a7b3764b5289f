import { z } from '@hono/zod-openapi';
import { CORRECTABLE_TABLES, DECISION_MODES, MESSAGE_KINDS, ORIGINS, OUTCOMES, ROLES, VOTES } from '@politburo/core';

import type { RouteConfig } from '@hono/zod-openapi';
import { problemSchema } from './contract/problem-schema.ts';

/**
 * Route contracts: request schemas are validated at the edge, and request, responses
 * and security are published in the OpenAPI document (/api/openapi.json). Every route
 * says what it answers with a zod schema (`http/contract/`), and the contract test
 * (test-support/contract-check.ts) checks every response the test suite sees against it.
 */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } }, required: true as const });

type Responses = RouteConfig['responses'];
type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;
const WHEN: Record<ProblemStatus, string> = {
  400: 'The request fails its schema (VALIDATION, MALFORMED_BODY): errors[].field names where',
  401: 'No session where one is needed, or a bad login (UNAUTHENTICATED, BAD_CREDENTIALS)',
  403: 'The role may not do this, the CSRF token is missing or wrong, or the body is read-only (FORBIDDEN, NOT_ALLOWED, CSRF, SCENARIO_READ_ONLY)',
  404: 'No such body or row, or one this viewer may not see (BODY_NOT_FOUND, UNKNOWN_ITEM, …)',
  409: 'The state does not allow it, or a concurrent change won (ITEM_NOT_OPEN, ALREADY_VOTED, CONCURRENCY_CONFLICT, …)',
  413: 'The request body is over its limit (PAYLOAD_TOO_LARGE)',
  415: 'The body is not JSON (UNSUPPORTED_MEDIA_TYPE)',
  422: 'Well-formed, but the domain refuses it (BAD_TIME, DEADLINE_PASSED, …)',
  429: 'Too many attempts; see Retry-After (RATE_LIMITED, TOO_MANY_SIMULATIONS)',
  503: 'Not available here',
};
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: problemSchema } } });
/** What a read may answer besides its success, and what a write may. */
const READ: readonly ProblemStatus[] = [400, 401, 403, 404];
const WRITE: readonly ProblemStatus[] = [400, 401, 403, 404, 409, 413, 415, 422];

export interface Answer {
  /** 200 by default; 201 for a row created, 202 for a job started. */
  status?: 200 | 201 | 202;
  /** A write answers the write problems (409, 413, 415, 422) as well as a read's (400, 401, 403, 404). */
  write?: boolean;
  /** Problems beyond those, e.g. 429. */
  also?: readonly ProblemStatus[];
  /** Served from bytes kept per body version: an `ETag`, and 304 to an `If-None-Match` that names it. */
  cached?: boolean;
}

const str = { type: 'string' as const };
/** The validators of a page kept per body version (`http/cached-page.ts`). */
const CACHE_HEADERS = {
  ETag: { description: 'The page as this viewer class sees it at this body version; send it back in If-None-Match', schema: str },
  'Cache-Control': { description: '`private, no-cache`: one viewer class’s view, revalidated on every use', schema: str },
  Vary: { description: '`Accept-Encoding`: the page goes out gzipped to a client that accepts it', schema: str },
};

/** The problems a route may answer (RFC 7807, `problem.ts`): the ones its kind has, 500, and any other as `default`. */
export const problems = (o: Pick<Answer, 'write' | 'also'> = {}): Responses => {
  const out: Responses = {};
  for (const s of [...(o.write ? WRITE : READ), ...(o.also ?? [])]) out[s] = problem(WHEN[s]);
  out[500] = problem('Unexpected failure (INTERNAL); never a stack trace');
  out.default = problem('Any other error, as problem+json');
  return out;
};

/**
 * A JSON answer: the schema is required, so a route cannot leave its response
 * undescribed (`ok(schema, 'what it is')`, `ok(schema, '…', { status: 201, write: true })`).
 */
export const ok = <S extends z.ZodType>(schema: S, description: string, o: Answer = {}): Responses => ({
  [o.status ?? 200]: {
    description,
    content: { 'application/json': { schema } },
    ...(o.cached ? { headers: { ...CACHE_HEADERS, 'Content-Encoding': { description: '`gzip` when the client accepts it (compressed once per page, off the event loop)', schema: str } } } : {}),
  },
  ...(o.cached ? { 304: { description: 'Not modified: the If-None-Match tag is still this viewer’s page', headers: CACHE_HEADERS } } : {}),
  ...problems(o),
});

/** A write that answers nothing (204). */
export const noContent = (description: string, o: Pick<Answer, 'also'> = {}): Responses => ({ 204: { description }, ...problems({ ...o, write: true }) });

/** A file (CSV, PDF, BibTeX): its media type, and its body as text or bytes. */
export const file = (mediaType: string, description: string, o: Pick<Answer, 'also'> = {}): Responses => ({
  200: { description, content: { [mediaType]: { schema: mediaType.startsWith('text/') ? z.string() : z.string().openapi({ format: 'binary' }) } } },
  ...problems(o),
});

/** A redirect, with where it points in `description`. */
export const redirect = (status: 302 | 307, description: string): Responses => ({
  [status]: { description, headers: { Location: { description: 'Where to go', schema: { type: 'string' } } } },
  ...problems(),
});

export const bodyParams = z.object({ bodyId: z.string().min(1).max(80) });
export const idParam = <K extends string>(name: K) =>
  z.object({ bodyId: z.string().min(1).max(80), [name]: z.string().min(1).max(200) } as { bodyId: z.ZodString } & Record<K, z.ZodString>);

export const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'expected YYYY-MM-DDTHH:MM');
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
/** The core's vocabulary as zod enums (the one spelling: packages/core/src/vocabulary.ts). */
export const roleSchema = z.enum(ROLES);
export const voteSchema = z.enum(VOTES);
export const kindSchema = z.enum(MESSAGE_KINDS);
export const originSchema = z.enum(ORIGINS);
export const outcomeSchema = z.enum(OUTCOMES);
export const modeSchema = z.enum(DECISION_MODES);
export const correctableTableSchema = z.enum(CORRECTABLE_TABLES);
export const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and dashes');
