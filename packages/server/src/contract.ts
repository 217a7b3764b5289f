import type { OpenAPIHono } from '@hono/zod-openapi';
import { createApp } from './app.ts';
import type { AppEnv } from './http/app-env.ts';
import { OPENAPI_CONFIG } from './http/contract/document.ts';
import type { Services } from './services.ts';

/**
 * The API's routes without a server: registering a route touches no service (they are
 * read per request), so the app built over none answers nothing but describes
 * everything. The document dump (scripts/dump-openapi.ts), the web types generated from
 * it, and the contract test's route table all come from here.
 */
export const contractApp = (): OpenAPIHono<AppEnv> => createApp(undefined as unknown as Services);

/** The OpenAPI document exactly as GET /api/openapi.json serves it. */
export const openApiDocument = (app: OpenAPIHono<AppEnv> = contractApp()) => app.getOpenAPI31Document(OPENAPI_CONFIG);
