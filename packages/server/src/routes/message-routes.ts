import { createRoute, z } from '@hono/zod-openapi';
import { deliveredTo, maySeeMessage, visibleMessage } from '@politburo/core';
import { activeOf } from '../bodies/body-repository.ts';
import { security } from '../http/contract/security.ts';
import { messageViewSchema } from '../http/contract/views.ts';
import type { Api } from '../http/app-env.ts';
import { newId } from '../http/ids.ts';
import { notFoundProblem } from '../http/problem.ts';
import { bodyParams, idParam, jsonBody, kindSchema, ok, outcomeSchema, slug } from '../http/route-def.ts';
import { runCommand } from '../http/run-command.ts';
import { requireMemberViewer, requireSteeringViewer } from '../http/viewer.ts';
import { messageView } from '../views/message-view.ts';

const sendBody = z.object({
  messageId: slug.optional(),
  kind: kindSchema,
  toIds: z.array(z.string().min(1)).min(1),
  itemIds: z.array(z.string().min(1)).optional(),
  decisionIds: z.array(z.string().min(1)).optional(),
  inReplyTo: z.string().min(1).optional(),
  summary: z.string().min(1).max(10_000),
  answers: z.array(z.object({ itemId: z.string().min(1), outcome: outcomeSchema, text: z.string().max(10_000).optional() })).optional(),
  points: z.array(z.object({ itemId: slug, title: z.string().min(1).max(500), restricted: z.boolean() })).optional(),
});

/** Sent by `now` (body time); an undated archival message falls back to its receipt, and shows when it has neither. */
const isSentBy = (m: { sentAt?: string; receivedAt?: string }, now: string): boolean => {
  const at = m.sentAt ?? m.receivedAt;
  return at === undefined || at <= now;
};

export const registerMessageRoutes = (app: Api): void => {
  app.openapi(
    createRoute({ method: 'post', path: '/api/bodies/{bodyId}/messages', tags: ['correspondence'], summary: 'Send a letter, telegram or telephone message', security: security.write, request: { params: bodyParams, body: jsonBody(sendBody) }, responses: ok(messageViewSchema, 'The message sent', { status: 201, write: true }) }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const { messageId: given, ...rest } = c.req.valid('json');
      const messageId = given ?? newId('msg');
      const { body, viewer } = await runCommand(c, bodyId, 'member', (v) => ({ type: 'SendMessage', messageId, fromId: v.member.id, ...rest }));
      const entry = await c.var.services.repo.get(bodyId);
      return c.json(messageView(body, body.messages[messageId]!, entry.latencies, viewer), 201);
    },
  );

  for (const box of ['inbox', 'outbox'] as const) {
    app.openapi(
      createRoute({ method: 'get', path: `/api/bodies/{bodyId}/messages/${box}`, tags: ['correspondence'], summary: box === 'inbox' ? 'My delivered mail' : 'Mail I sent', security: security.sessionRead, request: { params: bodyParams }, responses: ok(z.object({ messages: z.array(messageViewSchema) }), 'Newest first') }),
      async (c) => {
        const { repo } = c.var.services;
        const entry = await repo.get(c.req.valid('param').bodyId);
        const v = requireMemberViewer(c, entry);
        const b = activeOf(entry);
        const now = repo.now(entry);
        // The inbox lists what has been delivered by the body clock's now, the outbox what has been sent by then:
        // an archival letter dated after the clock's present is not yet written.
        const mine = Object.values(b.messages).filter((m) =>
          box === 'inbox' ? deliveredTo(m, v.member.id, now) : m.fromId === v.member.id && isSentBy(m, now),
        );
        const at = (m: { receivedAt?: string; sentAt?: string }) => (box === 'inbox' ? (m.receivedAt ?? '') : (m.sentAt ?? ''));
        return c.json({ messages: mine.sort((x, y) => at(y).localeCompare(at(x))).map((m) => messageView(b, m, entry.latencies, v)) });
      },
    );
  }

  app.openapi(createRoute({ method: 'get', path: '/api/bodies/{bodyId}/messages', tags: ['correspondence'], summary: 'All correspondence (steering roles)', security: security.sessionRead, request: { params: bodyParams }, responses: ok(z.object({ messages: z.array(messageViewSchema) }), 'The mail this viewer may read') }), async (c) => {
    const entry = await c.var.services.repo.get(c.req.valid('param').bodyId);
    const v = requireSteeringViewer(c, entry);
    const b = activeOf(entry);
    // The core's mail rule: for a steering role, all mail, but mail addressed to himself only once delivered.
    const shown = Object.values(b.messages).filter((m) => maySeeMessage(v, m));
    return c.json({ messages: shown.map((m) => messageView(b, m, entry.latencies, v)) });
  });

  app.openapi(
    createRoute({ method: 'get', path: '/api/bodies/{bodyId}/messages/{messageId}', tags: ['correspondence'], summary: 'A message (sender, delivered recipient, steering roles)', security: security.sessionRead, request: { params: idParam('messageId') }, responses: ok(messageViewSchema, 'The message') }),
    async (c) => {
      const { bodyId, messageId } = c.req.valid('param');
      const entry = await c.var.services.repo.get(bodyId);
      const v = requireMemberViewer(c, entry);
      const b = activeOf(entry);
      const m = visibleMessage(b, v, messageId);
      if (!m) throw notFoundProblem(`No message "${messageId}".`, 'UNKNOWN_MESSAGE');
      return c.json(messageView(b, m, entry.latencies, v));
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/api/bodies/{bodyId}/messages/{messageId}/read', tags: ['correspondence'], summary: 'Mark a delivered message read', security: security.write, request: { params: idParam('messageId') }, responses: ok(messageViewSchema, 'The message, read', { write: true }) }),
    async (c) => {
      const { bodyId, messageId } = c.req.valid('param');
      const { body, viewer } = await runCommand(c, bodyId, 'member', (v) => ({ type: 'ReadMessage', messageId: messageId, memberId: v.member.id }));
      const entry = await c.var.services.repo.get(bodyId);
      return c.json(messageView(body, body.messages[messageId]!, entry.latencies, viewer));
    },
  );
};
