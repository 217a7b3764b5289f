import { HTTPException } from 'hono/http-exception';
import { type DomainError, type ErrorCategory, isDomainError } from '@politburo/core';

export interface FieldError {
  field: string;
  message: string;
}

/** The server's one HTTP error type; `problem-response.ts` turns it (and DomainError) into RFC 7807 JSON. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors: FieldError[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const STATUS: Record<ErrorCategory, number> = {
  validation: 422,
  'not-found': 404,
  'illegal-state': 409,
  conflict: 409,
  concurrency: 409,
  forbidden: 403,
  corrupt: 500,
};

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthenticated',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable request',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Not available',
};

const fieldOf = (d: DomainError['details'][number]): string =>
  d.field ?? [d.file, d.row !== undefined ? `row ${d.row}` : undefined, d.column].filter(Boolean).join(':');

/** Maps any thrown value to a problem+json Response; never leaks a stack trace. */
export const problemResponse = (err: unknown): Response => {
  let status = 500;
  let code = 'INTERNAL';
  let detail = 'Something went wrong on the server.';
  let errors: FieldError[] = [];
  let headers: Record<string, string> = {};
  let params: Record<string, string | number> = {};
  if (err instanceof HttpProblem) {
    ({ status, code, errors, headers } = err);
    detail = err.message;
  } else if (isDomainError(err)) {
    status = STATUS[err.category];
    code = err.code;
    detail = err.message;
    errors = err.details.map((d) => ({ field: fieldOf(d), message: d.message }));
    params = err.params;
  } else if (err instanceof HTTPException && err.status < 500) {
    // Hono's own refusals (a body that is not JSON, a wrong content type) are the client's to fix.
    status = err.status;
    code = status === 400 ? 'MALFORMED_BODY' : status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST';
    detail = status === 400 ? 'The request body is not valid JSON (send Content-Type: application/json).' : err.message;
    errors = status === 400 ? [{ field: 'body', message: detail }] : [];
  } else {
    console.error('politburo server: unexpected error', err);
  }
  const body = {
    type: `https://politburo.dev/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    code,
    detail,
    errors,
    // The facts the detail is made of, so a client can say it in its reader's language.
    ...(Object.keys(params).length ? { params } : {}),
  };
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json', ...headers } });
};

export const unauthenticated = (message = 'Log in first.'): HttpProblem => new HttpProblem(401, 'UNAUTHENTICATED', message);
export const forbiddenProblem = (message: string, code = 'FORBIDDEN'): HttpProblem => new HttpProblem(403, code, message);
export const notFoundProblem = (message: string, code = 'NOT_FOUND'): HttpProblem => new HttpProblem(404, code, message);
