import { createRoute, z } from '@hono/zod-openapi';
import { DEFAULT_PREFS } from '../bodies/server-events.ts';
import type { Api } from '../http/app-env.ts';
import { security } from '../http/contract/security.ts';
import { bodyParams, jsonBody, ok } from '../http/route-def.ts';
import { actorOf, writeContext } from '../http/run-command.ts';
import { requireMemberViewer } from '../http/viewer.ts';

const prefsSchema = z
  .object({
    email: z.string().max(320).nullable().openapi({ description: 'Where mail goes; null for none' }),
    mail: z.enum(['off', 'each', 'digest']).openapi({ description: 'off; a mail per notice; or one digest a body day' }),
  })
  .openapi('NotificationSettings');

const jsonPrefs = (description: string, write = false) => ok(prefsSchema, description, { write });

/**
 * Your own mail settings in a body: the address, and per-notice mail or a daily digest.
 * Each is an account event (`acct-<bodyId>`), decided by the accounts decider; mail speaks
 * the login's language setting (`PUT /api/auth/language`).
 */
export const registerNotificationRoutes = (app: Api): void => {
  app.openapi(
    createRoute({ method: 'get', path: '/api/bodies/{bodyId}/account/notifications', tags: ['notifications'], summary: 'Your mail settings', security: security.sessionRead, request: { params: bodyParams }, responses: jsonPrefs('Your settings') }),
    async (c) => {
      const entry = await c.var.services.repo.get(c.req.valid('param').bodyId);
      const v = requireMemberViewer(c, entry);
      const a = entry.accounts.get(v.username!);
      return c.json({ email: a?.email ?? DEFAULT_PREFS.email, mail: a?.mail ?? DEFAULT_PREFS.mail }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/bodies/{bodyId}/account/notifications',
      tags: ['notifications'],
      summary: 'Set your mail: a mail per new poll, closing deadline, delivered message and registered decision, or a daily digest',
      security: security.write,
      request: { params: bodyParams, body: jsonBody(prefsSchema) },
      responses: jsonPrefs('The settings now in force', true),
    }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const prefs = c.req.valid('json');
      const entry = await c.var.services.repo.get(bodyId);
      const v = requireMemberViewer(c, entry);
      const after = await c.var.services.repo.account(bodyId, { type: 'SetAccountPrefs', username: v.username!, prefs }, actorOf(v), writeContext(c));
      const a = after.accounts.get(v.username!)!;
      return c.json({ email: a.email, mail: a.mail }, 200);
    },
  );
};
