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

/** The cookie and header a request authenticates with, named once for every route's `security`. */
export const declareSecurity = (app: OpenAPIHono<AppEnv>): void => {
  for (const [name, scheme] of Object.entries(securitySchemes)) app.openAPIRegistry.registerComponent('securitySchemes', name, { ...scheme });
};
