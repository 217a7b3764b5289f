import { randomUUID } from 'node:crypto';
import { swaggerUI } from '@hono/swagger-ui';
import { bodyLimit } from 'hono/body-limit';
import { OpenAPIHono } from '@hono/zod-openapi';
import { getCookie } from 'hono/cookie';
import { completeContract, OPENAPI_CONFIG, OPENAPI_PATH } from './http/contract/document.ts';
import { refuseCrossSite } from './http/csrf.ts';
import { CSRF_COOKIE } from './auth/sessions.ts';
import type { AppEnv } from './http/app-env.ts';
import { HttpProblem, problemResponse } from './http/problem.ts';
import { registerAuditRoutes } from './routes/audit-routes.ts';
import { registerSignatureRoutes } from './routes/signature-routes.ts';
import { registerAuthRoutes } from './routes/auth-routes.ts';
import { registerBodyRoutes } from './routes/body-routes.ts';
import { registerCalendarRoutes } from './routes/calendar-routes.ts';
import { registerCitableLinkRoutes } from './routes/citable-link-routes.ts';
import { registerClockRoutes } from './routes/clock-routes.ts';
import { registerLanguageRoutes } from './routes/language-routes.ts';
import { registerCorrectionRoutes } from './routes/correction-routes.ts';
import { registerCourierRoutes } from './routes/courier-routes.ts';
import { registerDecisionRoutes } from './routes/decision-routes.ts';
import { registerEventRoutes } from './routes/event-routes.ts';
import { registerInterventionRoutes } from './routes/intervention-routes.ts';
import { registerItemRoutes } from './routes/item-routes.ts';
import { registerMeetingRoutes } from './routes/meeting-routes.ts';
import { registerMemberRoutes } from './routes/member-routes.ts';
import { registerMessageRoutes } from './routes/message-routes.ts';
import { registerNotificationRoutes } from './routes/notification-routes.ts';
import { registerProtocolRoutes } from './routes/protocol-routes.ts';
import { registerRegisterRoutes } from './routes/register-routes.ts';
import { registerReportRoutes } from './routes/report-routes.ts';
import { registerSimulationRoutes } from './routes/simulation-routes.ts';
import { registerClassRoutes } from './routes/class-routes.ts';
import { classBodyGate } from './http/class-body-gate.ts';
import type { Services } from './services.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The HTTP API as a Web-standard Hono app; `start-server.ts` puts it on a port. */
const MB = 1024 * 1024;
export interface Limits {
  bodyBytes: number;
  restoreBytes: number;
}
export const DEFAULT_LIMITS: Limits = { bodyBytes: MB, restoreBytes: Number(process.env.POLITBURO_RESTORE_LIMIT_MB ?? 256) * MB };
const tooLarge = (max: number): Response =>
  problemResponse(new HttpProblem(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${Math.round(max / 1024)} KiB; nothing of it was read further.`, [{ field: 'body', message: `at most ${max} bytes` }]));

export const createApp = (services: Services, limits: Limits = DEFAULT_LIMITS): OpenAPIHono<AppEnv> => {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const errors = result.error.issues.map((i) => ({ field: i.path.map(String).join('.') || result.target, message: i.message }));
        throw new HttpProblem(400, 'VALIDATION', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
      }
    },
  });

  app.onError((err) => problemResponse(err));
  app.notFound(() => problemResponse(new HttpProblem(404, 'NOT_FOUND', 'No such route.')));

  // A request body is read only up to its limit: 1 MB, a restore more (POLITBURO_RESTORE_LIMIT_MB, default 256).
  const small = bodyLimit({ maxSize: limits.bodyBytes, onError: () => tooLarge(limits.bodyBytes) });
  const large = bodyLimit({ maxSize: limits.restoreBytes, onError: () => tooLarge(limits.restoreBytes) });
  // A GET or HEAD has no body to limit; asking for one would build the whole Web Request per read (a tenth of a register page's CPU).
  app.use('/api/*', (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : c.req.path === '/api/bodies/restore' ? large(c, next) : small(c, next)));

  app.use('*', async (c, next) => {
    c.set('services', services);
    const given = c.req.header('x-request-id');
    c.set('requestId', given && /^[A-Za-z0-9_.:-]{1,100}$/.test(given) ? given : randomUUID());
    const session = await services.sessions.ofCookies(c.req.header('cookie'));
    c.set('session', session);
    if (UNSAFE.has(c.req.method) && c.req.path.startsWith('/api/')) refuseCrossSite(c.req.raw, session?.csrf, getCookie(c, CSRF_COOKIE));
    await next();
  });

  // A class's group bodies are private to it: its students (in their own group) and its teacher.
  app.use('/api/bodies/:bodyId/*', classBodyGate);
  app.use('/api/bodies/:bodyId', classBodyGate);

  registerAuthRoutes(app);
  registerLanguageRoutes(app);
  registerBodyRoutes(app);
  registerClassRoutes(app);
  registerAuditRoutes(app);
  registerSignatureRoutes(app);
  registerClockRoutes(app);
  registerMemberRoutes(app);
  registerMeetingRoutes(app);
  registerItemRoutes(app);
  registerRegisterRoutes(app);
  registerDecisionRoutes(app);
  registerProtocolRoutes(app);
  registerCitableLinkRoutes(app);
  registerCorrectionRoutes(app);
  registerMessageRoutes(app);
  registerInterventionRoutes(app);
  registerReportRoutes(app);
  registerEventRoutes(app);
  registerSimulationRoutes(app);
  registerCalendarRoutes(app);
  registerNotificationRoutes(app);
  registerCourierRoutes(app);

  completeContract(app);
  app.doc31(OPENAPI_PATH, OPENAPI_CONFIG);
  app.get('/api/docs', swaggerUI({ url: OPENAPI_PATH }));
  return app;
};
