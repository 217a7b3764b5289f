import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ClockConfig } from '../bodies/server-events.ts';
import { clockView, pauseClock, resumeClock, stepClock } from '../clock/body-clock.ts';
import type { Api, AppEnv } from '../http/app-env.ts';
import { security } from '../http/contract/security.ts';
import { clockSchema } from '../http/contract/views.ts';
import { bodyParams, instant, jsonBody, ok } from '../http/route-def.ts';
import { requireSteeringViewer } from '../http/viewer.ts';
import { actorOf, writeContext } from '../http/run-command.ts';

const setClock = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('real') }),
  z.object({ mode: z.literal('replay'), start: instant, speed: z.number().positive().max(1_000_000), paused: z.boolean().optional() }),
]);

const change = async (c: Context<AppEnv>, bodyId: string, next: (clock: ClockConfig, realMs: number) => ClockConfig) => {
  const { repo, realNow } = c.var.services;
  const entry = await repo.get(bodyId);
  repo.requireWritable(entry);
  const updated = await repo.configure(bodyId, { type: 'SetClock', clock: next(entry.clock, realNow()) }, actorOf(requireSteeringViewer(c, entry)), writeContext(c));
  return c.json(clockView(updated.clock, realNow()));
};

export const registerClockRoutes = (app: Api): void => {
  app.openapi(createRoute({ method: 'get', path: '/api/bodies/{bodyId}/clock', tags: ['clock'], summary: 'The body clock', security: security.read, request: { params: bodyParams }, responses: ok(clockSchema, 'The clock now') }), async (c) => {
    const entry = await c.var.services.repo.get(c.req.valid('param').bodyId);
    return c.json(clockView(entry.clock, c.var.services.realNow()));
  });
  app.openapi(
    createRoute({ method: 'put', path: '/api/bodies/{bodyId}/clock', tags: ['clock'], summary: 'Set real time or a replay clock', security: security.write, request: { params: bodyParams, body: jsonBody(setClock) }, responses: ok(clockSchema, 'The clock as set', { write: true }) }),
    async (c) => {
      const input = c.req.valid('json');
      return change(c, c.req.valid('param').bodyId, (_, realMs) =>
        input.mode === 'real' ? { mode: 'real' } : { mode: 'replay', anchorBody: input.start, anchorReal: realMs, speed: input.speed, paused: input.paused ?? false },
      );
    },
  );
  app.openapi(createRoute({ method: 'post', path: '/api/bodies/{bodyId}/clock/pause', tags: ['clock'], summary: 'Pause the replay clock', security: security.write, request: { params: bodyParams }, responses: ok(clockSchema, 'The paused clock', { write: true }) }), (c) =>
    change(c, c.req.valid('param').bodyId, pauseClock),
  );
  app.openapi(createRoute({ method: 'post', path: '/api/bodies/{bodyId}/clock/resume', tags: ['clock'], summary: 'Resume the replay clock', security: security.write, request: { params: bodyParams }, responses: ok(clockSchema, 'The running clock', { write: true }) }), (c) =>
    change(c, c.req.valid('param').bodyId, resumeClock),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/bodies/{bodyId}/clock/step',
      tags: ['clock'],
      summary: 'Advance the replay clock',
      security: security.write,
      request: { params: bodyParams, body: jsonBody(z.object({ minutes: z.number().int().positive().max(525_600) })) },
      responses: ok(clockSchema, 'The advanced clock', { write: true }),
    }),
    (c) => {
      const { minutes } = c.req.valid('json');
      return change(c, c.req.valid('param').bodyId, (clock, realMs) => stepClock(clock, realMs, minutes));
    },
  );
};
