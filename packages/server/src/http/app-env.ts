import type { OpenAPIHono } from '@hono/zod-openapi';
import type { SessionData } from '../auth/session-cookie.ts';
import type { Services } from '../services.ts';

export interface AppEnv {
  Variables: {
    session: SessionData | null;
    services: Services;
  };
}

export type Api = OpenAPIHono<AppEnv>;
