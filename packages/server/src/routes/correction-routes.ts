import { createRoute, z } from '@hono/zod-openapi';
import type { Api } from '../http/app-env.ts';
import { correctionSchema } from '../http/contract/records.ts';
import { security } from '../http/contract/security.ts';
import { bodyParams, correctableTableSchema, jsonBody, ok } from '../http/route-def.ts';
import { runCommand } from '../http/run-command.ts';

/**
 * An editorial correction of a transcribed archival row (core `CorrectRecord`): which
 * fields of which table may be corrected, and by whom (the secretariat), is the core's
 * rule — it answers 422 `BAD_FIELD`, 403 `NOT_ALLOWED`, 404 `UNKNOWN_ROW`,
 * 409 `NOT_HISTORICAL` (decisions and meetings made in the app are never edited).
 */
export const correctionBody = z.object({
  table: correctableTableSchema,
  id: z.string().min(1).max(200),
  field: z.string().min(1).max(80),
  to: z.string().max(2000),
  reason: z.string().trim().min(1).max(2000),
});

export const registerCorrectionRoutes = (app: Api): void => {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/bodies/{bodyId}/corrections',
      tags: ['register'],
      summary: 'Correct a transcription error in an archival row (secretariat)',
      security: security.write,
      request: { params: bodyParams, body: jsonBody(correctionBody) },
      responses: ok(correctionSchema, 'The correction as recorded', { status: 201, write: true }),
    }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const input = c.req.valid('json');
      const { body } = await runCommand(c, bodyId, 'member', () => ({ type: 'CorrectRecord', ...input }));
      return c.json(body.corrections.at(-1), 201);
    },
  );
};
