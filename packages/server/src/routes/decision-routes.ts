import { createRoute, z } from '@hono/zod-openapi';
import { maySee, maySeeMessage, visibleDecision } from '@politburo/core';
import type { Api } from '../http/app-env.ts';
import { notFoundProblem } from '../http/problem.ts';
import { security } from '../http/contract/security.ts';
import { decisionDetailSchema, decisionViewSchema } from '../http/contract/views.ts';
import { idParam, jsonBody, ok } from '../http/route-def.ts';
import { runCommand } from '../http/run-command.ts';
import {readBody, } from '../http/viewer.ts';
import { decisionView } from '../views/decision-view.ts';
import { messageView } from '../views/message-view.ts';

/** One decision: its citable page (with the interventions and mail about it) and its extracts. */
export const registerDecisionRoutes = (app: Api): void => {
  app.openapi(
    createRoute({ method: 'get', path: '/api/bodies/{bodyId}/decisions/{decisionId}', tags: ['register'], summary: 'A decision (citable)', security: security.read, request: { params: idParam('decisionId') }, responses: ok(decisionDetailSchema, 'The decision with the interventions and mail about it') }),
    async (c) => {
      const { bodyId, decisionId } = c.req.valid('param');
      const { entry, b, v } = await readBody(c, bodyId);
      const d = visibleDecision(b, v, decisionId);
      if (!d) throw notFoundProblem(`No decision "${decisionId}".`, 'UNKNOWN_DECISION');
      return c.json({
        ...decisionView(bodyId, b, d, v),
        interventions: Object.values(b.interventions).filter((iv) => iv.decisionId === d.id && maySee(b, v, { table: 'interventions', id: iv.id })),
        messages: Object.values(b.messages)
          .filter((m) => (m.decisionIds.includes(d.id) || (d.itemId !== undefined && m.itemIds.includes(d.itemId))) && maySeeMessage(v, m))
          .map((m) => messageView(b, m, entry.latencies, v)),
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/bodies/{bodyId}/decisions/{decisionId}/extracts',
      tags: ['register'],
      summary: 'Send an extract of a decision to named recipients',
      security: security.write,
      request: { params: idParam('decisionId'), body: jsonBody(z.object({ recipients: z.array(z.string().min(1).max(200)).min(1) })) },
      responses: ok(decisionViewSchema, 'The decision with its new extract', { status: 201, write: true }),
    }),
    async (c) => {
      const { bodyId, decisionId } = c.req.valid('param');
      const { recipients } = c.req.valid('json');
      const { body, viewer } = await runCommand(c, bodyId, 'member', () => ({ type: 'SendExtract', decisionId: decisionId, recipients }));
      return c.json(decisionView(bodyId, body, body.decisions[decisionId]!, viewer), 201);
    },
  );
};
