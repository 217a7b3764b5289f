import { createRoute, z } from '@hono/zod-openapi';
import { type Body, ITEM_STATUSES, maySee, maySeeMessage, pendingAnswerItems, type Viewer, visibleItem } from '@politburo/core';
import { searchKey } from '@politburo/store';
import { security } from '../http/contract/security.ts';
import { answerWorkSchema, decisionViewSchema, itemDetailSchema, itemViewSchema } from '../http/contract/views.ts';
import type { Api } from '../http/app-env.ts';
import { newId } from '../http/ids.ts';
import { notFoundProblem } from '../http/problem.ts';
import { bodyParams, idParam, instant, jsonBody, ok, slug, voteSchema } from '../http/route-def.ts';
import { runCommand } from '../http/run-command.ts';
import {readBody, } from '../http/viewer.ts';
import { decisionView } from '../views/decision-view.ts';
import { checkAction } from '../views/action-check.ts';
import { itemView } from '../views/item-view.ts';

/** The item, if this viewer may see it: a hidden item answers as a missing one (the core's rule). */
const itemFor = (b: Body, id: string, v: Viewer) => {
  const it = visibleItem(b, v, id);
  if (!it) throw notFoundProblem(`No item "${id}".`, 'UNKNOWN_ITEM');
  return it;
};

const ballotBody = z.object({ vote: voteSchema, memberId: z.string().min(1).optional(), viaMessageId: z.string().min(1).optional() });

export const registerItemRoutes = (app: Api): void => {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/bodies/{bodyId}/items',
      tags: ['items'],
      summary: 'Items',
      security: security.read,
      request: { params: bodyParams, query: z.object({ status: z.enum(ITEM_STATUSES).optional(), q: z.string().max(200).optional() }) },
      responses: ok(z.object({ items: z.array(itemViewSchema) }), 'The items this viewer may see'),
    }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const { status, q } = c.req.valid('query');
      const { b, v } = await readBody(c, bodyId);
      const key = q ? searchKey(q) : '';
      const items = Object.values(b.items).filter(
        (it) => maySee(b, v, { table: 'items', id: it.id }) && (!status || it.status === status) && (!key || searchKey(`${it.title} ${it.text ?? ''}`).includes(key)),
      );
      return c.json({ items: items.map((it) => itemView(b, it, v)) });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/bodies/{bodyId}/desk/answers',
      tags: ['items'],
      summary: "Work the leader's answers left: amending, revoking and reconsidering items not yet decided, each with his reply",
      security: security.read,
      request: { params: bodyParams },
      responses: ok(z.object({ items: z.array(answerWorkSchema) }), 'Open work, oldest first'),
    }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const { b, v } = await readBody(c, bodyId);
      // The reply is mail: beside the item only for whoever may read that message (the core's rule).
      const items = pendingAnswerItems(b)
        .filter((w) => maySee(b, v, { table: 'items', id: w.item.id }))
        .map((w) => {
          const m = b.messages[w.message.id];
          return {
            item: itemView(b, w.item, v),
            kind: w.kind,
            decision: { id: w.decisionId, label: w.decisionLabel },
            ...(m && maySeeMessage(v, m) ? { message: { ...w.message, fromName: b.members[w.message.fromId]?.name }, answer: w.answer } : {}),
          };
        });
      return c.json({ items });
    },
  );

  app.openapi(createRoute({ method: 'get', path: '/api/bodies/{bodyId}/items/{itemId}', tags: ['items'], summary: 'An item', security: security.read, request: { params: idParam('itemId') }, responses: ok(itemDetailSchema, 'The item as this viewer sees it, and whether closing would succeed now') }), async (c) => {
    const { bodyId, itemId } = c.req.valid('param');
    const { entry, b, v } = await readBody(c, bodyId);
    const it = itemFor(b, itemId, v);
    // Closing is offered only when the core would accept it now; otherwise the page says why.
    const voting = it.status === 'polling' || it.status === 'on-agenda';
    const close = voting ? checkAction(entry, v, c.var.services.repo.now(entry), { type: 'CloseVoting', itemId: it.id }) : undefined;
    return c.json({ ...itemView(b, it, v), ...(close ? { actions: { close } } : {}) });
  });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/bodies/{bodyId}/items',
      tags: ['items'],
      summary: 'Propose an item',
      request: {
        params: bodyParams,
        body: jsonBody(
          z.object({
            itemId: slug.optional(),
            title: z.string().min(1).max(500),
            text: z.string().max(10_000).optional(),
            initiatorId: z.string().min(1).optional(),
            restricted: z.boolean().optional(),
            importance: z.number().min(0).max(1).optional(),
            amendsId: z.string().min(1).optional(),
            revokesId: z.string().min(1).optional(),
          }),
        ),
      },
      security: security.write,
      responses: ok(itemViewSchema, 'The proposed item', { status: 201, write: true }),
    }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const { itemId: given, ...rest } = c.req.valid('json');
      const itemId = given ?? newId('item');
      const { body, viewer } = await runCommand(c, bodyId, 'member', () => ({ type: 'ProposeItem', itemId, ...rest }));
      return c.json(itemView(body, body.items[itemId]!, viewer), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/bodies/{bodyId}/items/{itemId}/poll',
      tags: ['items'],
      summary: 'Circulate a written poll',
      security: security.write,
      request: { params: idParam('itemId'), body: jsonBody(z.object({ deadline: instant })) },
      responses: ok(itemViewSchema, 'The item, now polling', { write: true }),
    }),
    async (c) => {
      const { bodyId, itemId } = c.req.valid('param');
      const { deadline } = c.req.valid('json');
      const { body, viewer } = await runCommand(c, bodyId, 'steer', () => ({ type: 'CirculatePoll', itemId: itemId, deadline }));
      return c.json(itemView(body, body.items[itemId]!, viewer));
    },
  );

  for (const kind of ['votes', 'opinions'] as const) {
    app.openapi(
      createRoute({
        method: 'post',
        path: `/api/bodies/{bodyId}/items/{itemId}/${kind}`,
        tags: ['items'],
        summary: kind === 'votes' ? 'Cast a vote (full members)' : 'Record a consultative opinion (candidates)',
        security: security.write,
        request: { params: idParam('itemId'), body: jsonBody(ballotBody) },
        responses: ok(itemViewSchema, 'The item with the ballot', { status: 201, write: true }),
      }),
      async (c) => {
        const { bodyId, itemId } = c.req.valid('param');
        const i = c.req.valid('json');
        const { body, viewer } = await runCommand(c, bodyId, 'member', (v) => ({
          type: kind === 'votes' ? 'CastVote' : 'RecordOpinion',
          itemId: itemId,
          memberId: i.memberId ?? v.member.id,
          vote: i.vote,
          ...(i.viaMessageId ? { viaMessageId: i.viaMessageId } : {}),
        }));
        return c.json(itemView(body, body.items[itemId]!, viewer), 201);
      },
    );
  }

  app.openapi(
    createRoute({ method: 'post', path: '/api/bodies/{bodyId}/items/{itemId}/close', tags: ['items'], summary: 'Close voting and tally', security: security.write, request: { params: idParam('itemId') }, responses: ok(itemViewSchema, 'The item with its result', { write: true }) }),
    async (c) => {
      const { bodyId, itemId } = c.req.valid('param');
      const { body, viewer } = await runCommand(c, bodyId, 'steer', () => ({ type: 'CloseVoting', itemId: itemId }));
      return c.json(itemView(body, body.items[itemId]!, viewer));
    },
  );

  // Two ways an item becomes a decision: the same request, answer and write path, another command.
  const toDecision = (path: '/api/bodies/{bodyId}/items/{itemId}/without-poll' | '/api/bodies/{bodyId}/items/{itemId}/register', summary: string, type: 'EnterWithoutPoll' | 'RegisterDecision') =>
    app.openapi(
      createRoute({
        method: 'post',
        path,
        tags: ['items'],
        summary,
        security: security.write,
        request: { params: idParam('itemId'), body: jsonBody(z.object({ decisionId: slug.optional() })) },
        responses: ok(decisionViewSchema, 'The registered decision', { status: 201, write: true }),
      }),
      async (c) => {
        const { bodyId, itemId } = c.req.valid('param');
        const decisionId = c.req.valid('json').decisionId ?? newId('decision');
        const { body, viewer } = await runCommand(c, bodyId, 'steer', () => ({ type, itemId, decisionId }));
        return c.json(decisionView(bodyId, body, body.decisions[decisionId]!, viewer), 201);
      },
    );
  toDecision(
    '/api/bodies/{bodyId}/items/{itemId}/without-poll',
    'Enter an open item as a decision on the visa of the member presiding, without a poll ("без опроса"), where the body allows it',
    'EnterWithoutPoll',
  );
  toDecision('/api/bodies/{bodyId}/items/{itemId}/register', 'Register the adopted item as a decision in the protocol', 'RegisterDecision');
};
