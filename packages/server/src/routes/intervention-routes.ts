import { createRoute, z } from '@hono/zod-openapi';
import { maySee } from '@politburo/core';
import { interventionSchema } from '../http/contract/records.ts';
import { security } from '../http/contract/security.ts';
import type { Api } from '../http/app-env.ts';
import { newId } from '../http/ids.ts';
import { bodyParams, jsonBody, ok, originSchema, outcomeSchema, slug } from '../http/route-def.ts';
import { runCommand } from '../http/run-command.ts';
import {readBody, } from '../http/viewer.ts';

export const registerInterventionRoutes = (app: Api): void => {
  app.openapi(createRoute({ method: 'get', path: '/api/bodies/{bodyId}/interventions', tags: ['interventions'], summary: 'Interventions', security: security.read, request: { params: bodyParams }, responses: ok(z.object({ interventions: z.array(interventionSchema), hidden: z.number().int() }), 'Those this viewer may see, and how many are not shown') }), async (c) => {
    const { b, v } = await readBody(c, c.req.valid('param').bodyId);
    const all = Object.values(b.interventions);
    const shown = all.filter((iv) => maySee(b, v, { table: 'interventions', id: iv.id }));
    // like the report's drill-down: say how many rows of the special folder are left out
    return c.json({ interventions: shown, hidden: all.length - shown.length });
  });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/bodies/{bodyId}/interventions',
      tags: ['interventions'],
      summary: 'Record an intervention',
      request: {
        params: bodyParams,
        body: jsonBody(
          z.object({
            interventionId: slug.optional(),
            decisionId: z.string().min(1).optional(),
            itemId: z.string().min(1).optional(),
            itemTitle: z.string().min(1).max(500).optional(),
            memberId: z.string().min(1),
            origin: originSchema,
            outcome: outcomeSchema,
            messageIds: z.array(z.string().min(1)).optional(),
            basis: z.string().max(2000).optional(),
          }),
        ),
      },
      security: security.write,
      responses: ok(interventionSchema, 'The intervention', { status: 201, write: true }),
    }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const { interventionId: given, ...rest } = c.req.valid('json');
      const interventionId = given ?? newId('iv');
      const { body } = await runCommand(c, bodyId, 'steer', (v) => ({ type: 'RecordIntervention', interventionId, codedBy: v.member.id, ...rest }));
      return c.json(body.interventions[interventionId], 201);
    },
  );
};
