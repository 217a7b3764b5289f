import { createRoute, z } from '@hono/zod-openapi';
import { ANSWER_ROUTES } from '@politburo/core';
import { verifyLog } from '@politburo/store';
import { activeOf } from '../bodies/body-repository.ts';
import { checkSignatures } from '../bodies/protocol-signing.ts';
import type { Api } from '../http/app-env.ts';
import { unauthenticated } from '../http/problem.ts';
import { actorOf, writeContext } from '../http/run-command.ts';
import { backupSchema, inviteSchema, verifySchema } from '../http/contract/bodies.ts';
import { security } from '../http/contract/security.ts';
import { bodyListEntrySchema, bodySummarySchema, demoAccountSchema, sessionUserSchema } from '../http/contract/views.ts';
import { bodyParams, isoDate, jsonBody, noContent, ok, roleSchema, slug } from '../http/route-def.ts';
import { requireSteeringViewer } from '../http/viewer.ts';
import { bodySummary } from '../views/body-summary.ts';
import { loginAs, sessionUser } from './auth-routes.ts';
import { listingName } from '../views/body-name.ts';

const quorumSchema = z.union([
  z.object({ type: z.literal('half-plus-one') }),
  z.object({ type: z.literal('at-least'), count: z.number().int().min(0) }),
  z.object({ type: z.literal('none') }),
]);

const createBody = z.object({
  id: slug.optional(),
  name: z.string().min(1).max(200),
  founder: z.object({
    memberId: slug,
    name: z.string().min(1).max(200),
    role: roleSchema.exclude(['external', 'observer']),
    username: z.string().min(1).max(80),
    password: z.string().min(8).max(200),
  }),
  settings: z.object({ quorum: quorumSchema.optional(), hideResultsUntilClosed: z.boolean().optional(), withoutPoll: z.boolean().optional(), answerRoute: z.enum(ANSWER_ROUTES).optional() }).optional(),
});

const settingsBody = z.object({
  quorum: quorumSchema.optional(),
  hideResultsUntilClosed: z.boolean().optional(),
  withoutPoll: z.boolean().optional(),
  answerRoute: z.enum(ANSWER_ROUTES).optional(),
  latencies: z
    .object({ telegram: z.number().int().min(1).optional(), letter: z.number().int().min(1).optional(), telephone: z.number().int().min(1).optional() })
    .optional(),
});

export const registerBodyRoutes = (app: Api): void => {
  app.openapi(createRoute({ method: 'get', path: '/api/bodies', tags: ['bodies'], summary: 'List bodies', security: security.read, responses: ok(z.object({ bodies: z.array(bodyListEntrySchema) }), 'Every body but the private groups of a class') }), async (c) => {
    const { repo, classes } = c.var.services;
    const bodies = [];
    // A class's groups are not listed: they are private to the class.
    for (const l of await repo.list()) if ((await classes.classOfBody(l.bodyId)) === undefined) bodies.push(l);
    return c.json({ bodies: bodies.map((l) => ({ id: l.bodyId, name: listingName('en', l) ?? l.name, nameRu: listingName('ru', l) ?? null, readOnly: l.readOnly, scenario: l.scenario })) });
  });

  app.openapi(
    createRoute({ method: 'post', path: '/api/bodies', tags: ['bodies'], summary: 'Create a body with its founding member (logged in)', security: security.openWrite, request: { body: jsonBody(createBody) }, responses: ok(z.object({ body: bodySummarySchema, user: z.union([sessionUserSchema, z.null()]), csrfToken: z.string() }), 'Created; the founder is logged in', { status: 201, write: true }) }),
    async (c) => {
      const input = c.req.valid('json');
      const entry = await c.var.services.bodies.create(input, writeContext(c));
      const csrfToken = await loginAs(c, entry.listing.bodyId, input.founder.username);
      return c.json({ body: bodySummary(c, entry), user: await sessionUser(c), csrfToken }, 201);
    },
  );

  app.openapi(createRoute({ method: 'get', path: '/api/bodies/{bodyId}', tags: ['bodies'], summary: 'A body', security: security.read, request: { params: bodyParams }, responses: ok(bodySummarySchema, 'The body, its settings, clock and counts') }), async (c) => {
    const entry = await c.var.services.repo.get(c.req.valid('param').bodyId);
    return c.json(bodySummary(c, entry));
  });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/bodies/{bodyId}/copy',
      tags: ['bodies'],
      summary: 'Writable copy of a body with demo accounts, whole or as of a date (the read-only scenario: anyone; other bodies: leader, deputy, secretariat)',
      security: security.openWrite,
      request: { params: bodyParams, body: jsonBody(z.object({ id: slug.optional(), name: z.string().min(1).max(200).optional(), asOf: isoDate.optional() })) },
      responses: ok(z.object({ body: bodySummarySchema, demoAccounts: z.array(demoAccountSchema) }), 'The copy and one account per role', { status: 201, write: true }),
    }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const input = c.req.valid('json');
      // A copy carries the whole history, special folder included, and hands out an
      // account for every role: only the shipped (read-only) scenario is open to anyone;
      // any other body needs the same right as its backup.
      const source = await c.var.services.repo.get(bodyId);
      if (!source.listing.readOnly) requireSteeringViewer(c, source);
      const { entry, demoAccounts } = await c.var.services.bodies.copy(bodyId, input, writeContext(c));
      return c.json({ body: bodySummary(c, entry), demoAccounts }, 201);
    },
  );

  app.openapi(
    createRoute({ method: 'patch', path: '/api/bodies/{bodyId}/settings', tags: ['bodies'], summary: 'Change body settings and channel latencies', security: security.write, request: { params: bodyParams, body: jsonBody(settingsBody) }, responses: ok(bodySummarySchema, 'The body with its new settings', { write: true }) }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const input = c.req.valid('json');
      const { repo } = c.var.services;
      const entry = await repo.get(bodyId);
      repo.requireWritable(entry);
      const v = requireSteeringViewer(c, entry);
      const actor = { kind: 'member' as const, id: v.member.id };
      const { latencies: _l, ...core } = input;
      const settings = Object.fromEntries(Object.entries(core).filter(([, x]) => x !== undefined));
      if (Object.keys(settings).length > 0) await repo.execute(bodyId, { type: 'ChangeSettings', settings }, actor, writeContext(c));
      if (input.latencies) await repo.configure(bodyId, { type: 'SetLatencies', latencies: input.latencies }, actorOf(v), writeContext(c));
      return c.json(bodySummary(c, await repo.get(bodyId)));
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/bodies/{bodyId}/backup', tags: ['bodies'], summary: 'Backup of a body (events, clock, accounts)', security: security.sessionRead, request: { params: bodyParams }, responses: ok(backupSchema, 'The backup file') }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const { bodies } = c.var.services;
      requireSteeringViewer(c, await bodies.get(bodyId));
      return c.json(await bodies.backup(bodyId));
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/bodies/{bodyId}/invites',
      tags: ['members'],
      summary: 'Invite a member (leader, deputy, secretariat): a one-time link, valid 7 days, with which he sets his own password',
      security: security.write,
      request: { params: bodyParams, body: jsonBody(z.object({ memberId: z.string().min(1).max(100), username: z.string().min(1).max(80) })) },
      responses: ok(inviteSchema, 'The one-time link', { status: 201, write: true }),
    }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const input = c.req.valid('json');
      const { bodies } = c.var.services;
      const v = requireSteeringViewer(c, await bodies.get(bodyId));
      const { token, expiresAt } = await bodies.invite(bodyId, input, actorOf(v), writeContext(c));
      // The app's hash route: the token stays in the fragment, which browsers do not send to servers or their logs.
      const link = `/#/invite?body=${encodeURIComponent(bodyId)}&token=${token}`;
      return c.json({ ...input, token, link, expiresAt: new Date(expiresAt).toISOString() }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/bodies/{bodyId}/accounts/{username}/password',
      tags: ['members'],
      summary: "Reset a login's password (leader, deputy, secretariat): every session of that account ends",
      request: {
        params: bodyParams.extend({ username: z.string().min(1).max(80) }),
        body: jsonBody(z.object({ password: z.string().min(8).max(200) })),
      },
      security: security.write,
      responses: noContent('Reset'),
    }),
    async (c) => {
      const { bodyId, username } = c.req.valid('param');
      const { bodies, sessions } = c.var.services;
      const entry = await bodies.get(bodyId);
      bodies.repo.requireWritable(entry);
      const v = requireSteeringViewer(c, entry);
      await bodies.setPassword(bodyId, username, c.req.valid('json').password, actorOf(v), writeContext(c));
      await sessions.endAccount(bodyId, username);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/bodies/{bodyId}/verify',
      tags: ['bodies'],
      summary: "The log's hash chain, checked end to end (leader, deputy, secretariat)",
      security: security.sessionRead,
      request: { params: bodyParams },
      responses: ok(verifySchema, 'The chain and the signatures, checked'),
    }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const entry = await c.var.services.bodies.get(bodyId);
      requireSteeringViewer(c, entry);
      const log = await verifyLog(c.var.services.store);
      const signatures = await checkSignatures(c.var.services.store, activeOf(entry));
      return c.json({ ...log, ok: log.ok && signatures.problems.length === 0, signatures });
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/bodies/restore',
      tags: ['bodies'],
      summary: 'Restore a backup as a new body (needs a logged-in session, in any body)',
      security: security.write,
      request: { body: jsonBody(z.object({ id: slug.optional(), backup: z.looseObject({ format: z.enum(['politburo-backup/1', 'politburo-backup/2']) }) })) },
      responses: ok(bodySummarySchema, 'The restored body', { status: 201, write: true }),
    }),
    async (c) => {
      // A backup brings its accounts (password hashes) and a whole history: restoring one
      // takes a logged-in session (in any body), never an anonymous request.
      const session = c.var.session;
      const home = session ? await c.var.services.repo.get(session.bodyId).catch(() => null) : null;
      if (!session || !home?.accounts.has(session.username)) throw unauthenticated('Log in (to any body) to restore a backup.');
      const { id, backup } = c.req.valid('json');
      const entry = await c.var.services.bodies.restore(backup, { id, actor: `account:${session.bodyId}/${session.username}` }, writeContext(c));
      return c.json(bodySummary(c, entry), 201);
    },
  );
};
