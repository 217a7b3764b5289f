import { createRoute, z } from '@hono/zod-openapi';
import { activeOf } from '../bodies/body-repository.ts';
import { absenceSchema, memberSchema } from '../http/contract/records.ts';
import { security } from '../http/contract/security.ts';
import type { Api } from '../http/app-env.ts';
import { newId } from '../http/ids.ts';
import { bodyParams, idParam, isoDate, jsonBody, ok, roleSchema, slug } from '../http/route-def.ts';
import { actorOf, runCommand, writeContext } from '../http/run-command.ts';
import { requireSteeringViewer } from '../http/viewer.ts';

const accountSchema = z.object({ username: z.string(), memberId: z.string() }).openapi('Account');

export const registerMemberRoutes = (app: Api): void => {
  app.openapi(createRoute({ method: 'get', path: '/api/bodies/{bodyId}/members', tags: ['members'], summary: 'Members and roles', security: security.read, request: { params: bodyParams }, responses: ok(z.object({ members: z.array(memberSchema) }), 'Every member with his dated roles') }), async (c) => {
    const b = activeOf(await c.var.services.repo.get(c.req.valid('param').bodyId));
    return c.json({ members: Object.values(b.members) });
  });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/bodies/{bodyId}/members',
      tags: ['members'],
      summary: 'Admit a member',
      request: { params: bodyParams, body: jsonBody(z.object({ memberId: slug, name: z.string().min(1).max(200), nameRu: z.string().min(1).max(200).optional(), role: roleSchema, from: isoDate.optional() })) },
      security: security.write,
      responses: ok(memberSchema, 'The admitted member', { status: 201, write: true }),
    }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const i = c.req.valid('json');
      const { body } = await runCommand(c, bodyId, 'steer', () => ({ type: 'AdmitMember', memberId: i.memberId, name: i.name, ...(i.nameRu ? { nameRu: i.nameRu } : {}), role: i.role, ...(i.from ? { from: i.from } : {}) }));
      return c.json(body.members[i.memberId], 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/bodies/{bodyId}/members/{memberId}/role',
      tags: ['members'],
      summary: 'Change a member’s role (dated)',
      request: { params: idParam('memberId'), body: jsonBody(z.object({ role: roleSchema, from: isoDate, to: isoDate.optional() })) },
      security: security.write,
      responses: ok(memberSchema, 'The member', { write: true }),
    }),
    async (c) => {
      const { bodyId, memberId } = c.req.valid('param');
      const i = c.req.valid('json');
      const { body } = await runCommand(c, bodyId, 'steer', () => ({ type: 'ChangeRole', memberId: memberId, role: i.role, from: i.from, ...(i.to ? { to: i.to } : {}) }));
      return c.json(body.members[memberId]);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/bodies/{bodyId}/members/{memberId}/retire',
      tags: ['members'],
      summary: 'Retire a member',
      request: { params: idParam('memberId'), body: jsonBody(z.object({ on: isoDate })) },
      security: security.write,
      responses: ok(memberSchema, 'The member', { write: true }),
    }),
    async (c) => {
      const { bodyId, memberId } = c.req.valid('param');
      const { body } = await runCommand(c, bodyId, 'steer', () => ({ type: 'RetireMember', memberId: memberId, on: c.req.valid('json').on }));
      return c.json(body.members[memberId]);
    },
  );

  app.openapi(createRoute({ method: 'get', path: '/api/bodies/{bodyId}/absences', tags: ['members'], summary: 'Absences', security: security.read, request: { params: bodyParams }, responses: ok(z.object({ absences: z.array(absenceSchema) }), 'Every absence') }), async (c) => {
    const b = activeOf(await c.var.services.repo.get(c.req.valid('param').bodyId));
    return c.json({ absences: Object.values(b.absences) });
  });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/bodies/{bodyId}/absences',
      tags: ['members'],
      summary: 'Record an absence',
      request: { params: bodyParams, body: jsonBody(z.object({ absenceId: slug.optional(), memberId: z.string().min(1), from: isoDate, to: isoDate, location: z.string().min(1).max(200) })) },
      security: security.write,
      responses: ok(absenceSchema, 'The absence', { status: 201, write: true }),
    }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const i = c.req.valid('json');
      const absenceId = i.absenceId ?? newId('absence');
      const { body } = await runCommand(c, bodyId, 'steer', () => ({ type: 'RecordAbsence', absenceId, memberId: i.memberId, from: i.from, to: i.to, location: i.location }));
      return c.json(body.absences[absenceId], 201);
    },
  );

  app.openapi(createRoute({ method: 'get', path: '/api/bodies/{bodyId}/accounts', tags: ['members'], summary: 'Accounts of the body', security: security.sessionRead, request: { params: bodyParams }, responses: ok(z.object({ accounts: z.array(accountSchema) }), 'Logins and their members') }), async (c) => {
    const entry = await c.var.services.repo.get(c.req.valid('param').bodyId);
    requireSteeringViewer(c, entry);
    return c.json({ accounts: [...entry.accounts.values()].map((a) => ({ username: a.username, memberId: a.memberId })) });
  });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/bodies/{bodyId}/accounts',
      tags: ['members'],
      summary: 'Create an account for a member',
      request: { params: bodyParams, body: jsonBody(z.object({ username: z.string().min(1).max(80), password: z.string().min(8).max(200), memberId: z.string().min(1) })) },
      security: security.write,
      responses: ok(accountSchema, 'The account', { status: 201, write: true }),
    }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const i = c.req.valid('json');
      const { repo } = c.var.services;
      const entry = await repo.get(bodyId);
      repo.requireWritable(entry);
      const v = requireSteeringViewer(c, entry);
      await c.var.services.bodies.createAccount(bodyId, i, actorOf(v), writeContext(c));
      return c.json({ username: i.username, memberId: i.memberId }, 201);
    },
  );
};
