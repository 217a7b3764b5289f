import type { OpenAPIHono } from '@hono/zod-openapi';
import type { SessionData } from '../auth/sessions.ts';
import type { Services } from '../services.ts';

export interface AppEnv {
  Variables: {
    session: SessionData | null;
    services: Services;
    /** This request's id (the client's `X-Request-Id`, or one made up): written into every event it causes. */
    requestId: string;
  };
}

export type Api = OpenAPIHono<AppEnv>;
