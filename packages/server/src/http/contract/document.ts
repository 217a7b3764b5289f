import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { securitySchemes } from './security.ts';

export const OPENAPI_PATH = '/api/openapi.json';

/** The document's frame; the paths come from the routes themselves. */
export const OPENAPI_CONFIG = {
  openapi: '3.1.0',
  info: {
    title: 'politburo API',
    version: '0.1.0',
    description:
      'Bodies, protocols, polls, correspondence and the report. Errors are RFC 7807 problem+json. Writes need the session cookie and the X-CSRF-Token header. See docs/api.md.',
  },
  servers: [{ url: '/', description: 'The server that serves this document (npm start: http://127.0.0.1:8080)' }],
};

/** `get /api/bodies/{bodyId}/items/{itemId}` → `getBodiesItem…`: a stable name for generated clients, from the route itself. */
export const operationIdOf = (method: string, path: string): string =>
  method.toLowerCase() +
  path
    .replace(/^\/api\//, '/')
    .split(/[/.-]/)
    .filter((p) => p !== '')
    .map((p) => (p.startsWith('{') ? `By${p.slice(1, 2).toUpperCase()}${p.slice(2, -1)}` : p.charAt(0).toUpperCase() + p.slice(1)))
    .join('');

/**
 * Completes the contract once every route is registered: the cookie and header a
 * request authenticates with (named once for every route's `security`), and an
 * operationId for each route that has none.
 */
export const completeContract = (app: OpenAPIHono<AppEnv>): void => {
  for (const [name, scheme] of Object.entries(securitySchemes)) app.openAPIRegistry.registerComponent('securitySchemes', name, { ...scheme });
  for (const d of app.openAPIRegistry.definitions) if (d.type === 'route') d.route.operationId ??= operationIdOf(d.route.method, d.route.path);
};
