import { createRoute, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { activeOf } from '../bodies/body-repository.ts';
import { type AnyEvent, streams } from '../bodies/server-events.ts';
import type { Api } from '../http/app-env.ts';
import { HttpProblem } from '../http/problem.ts';
import { security } from '../http/contract/security.ts';
import { bodyParams, file, ok } from '../http/route-def.ts';
import { sessionUsername, viewerOf } from '../http/viewer.ts';
import { filterForViewer } from '../live/event-filter.ts';
import { joinFeed, LiveConnection } from '../live/live-feed.ts';

const BATCH = 500;

const positionFrom = (header: string | undefined, query: string | undefined, fallback: number): number => {
  const raw = header ?? query;
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new HttpProblem(400, 'VALIDATION', 'Last-Event-ID / after must be a store position.', [{ field: header !== undefined ? 'Last-Event-ID' : 'after', message: 'expected a non-negative integer' }]);
  return n;
};

export const registerEventRoutes = (app: Api): void => {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/bodies/{bodyId}/events/stream',
      tags: ['live'],
      summary: 'Server-sent events; reconnect with Last-Event-ID (or ?after=) to catch up',
      security: security.read,
      request: { params: bodyParams, query: z.object({ after: z.string().optional() }) },
      responses: file('text/event-stream', 'Server-sent events: id = store position, event = type, data = { position, bodyId, event }'),
    }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const { repo, store, realNow } = c.var.services;
      const entry = await repo.get(bodyId);
      const cursor = positionFrom(c.req.header('Last-Event-ID'), c.req.valid('query').after, entry.position);
      const username = sessionUsername(c, bodyId);
      return streamSSE(c, async (stream) => {
        const conn = new LiveConnection(username, cursor, { write: (chunk) => stream.write(chunk), close: () => void stream.close() });
        stream.onAbort(() => conn.end());
        await joinFeed(repo, store, bodyId, realNow, conn);
        await conn.done;
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/bodies/{bodyId}/events',
      tags: ['live'],
      summary: 'Catch-up as JSON: events after a store position, filtered for you',
      request: { params: bodyParams, query: z.object({ after: z.coerce.number().int().min(0).default(0), limit: z.coerce.number().int().min(1).max(1000).default(200) }) },
      security: security.read,
      responses: ok(
        z.object({ events: z.array(z.object({ position: z.number().int(), type: z.string(), event: z.looseObject({ type: z.string() }) })), next: z.number().int() }).openapi('EventPage'),
        'The events this viewer may see, and the position to ask after next',
      ),
    }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const { after, limit } = c.req.valid('query');
      const { repo, store, realNow } = c.var.services;
      const entry = await repo.get(bodyId);
      const b = activeOf(entry);
      const v = viewerOf(c, entry);
      const mine = new Set([streams.body(bodyId), streams.server(bodyId)]);
      const out: Array<{ position: number; type: string; event: unknown }> = [];
      let cursor = after;
      while (out.length < limit) {
        const batch = await store.readAll({ afterPosition: cursor, limit: BATCH, streamIds: [...mine] });
        for (const se of batch) {
          if (out.length >= limit) break;
          cursor = se.position;
          if (!mine.has(se.streamId)) continue;
          const msg = filterForViewer(b, v, entry.latencies, se.event as AnyEvent, realNow());
          if (msg) out.push({ position: se.position, type: msg.type, event: msg.event });
        }
        if (batch.length < BATCH) break;
      }
      return c.json({ events: out, next: cursor });
    },
  );
};
