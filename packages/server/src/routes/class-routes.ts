import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { INJECTION_KINDS, TEACHER_REALM } from '../classes/class-events.ts';
import type { ClassState } from '../classes/class-decider.ts';
import { debriefCsv, debriefOf } from '../classes/debrief.ts';
import { debriefPdf } from '../classes/debrief-pdf.ts';
import type { Api, AppEnv } from '../http/app-env.ts';
import { HttpProblem, unauthenticated } from '../http/problem.ts';
import { classCreatedSchema, classDeletedSchema, classLinkSchema, classListSchema, classViewSchema, debriefSchema, enteredSchema, injectedSchema, joinedSchema, okSchema, teacherLoginSchema } from '../http/contract/classes.ts';
import { security } from '../http/contract/security.ts';
import { file, isoDate, jsonBody, ok, roleSchema } from '../http/route-def.ts';
import { loginAs } from './auth-routes.ts';

const classParams = z.object({ classId: z.string().min(1).max(40) });
const credentials = z.object({ username: z.string().min(1).max(80), password: z.string().min(8).max(200) });

/** The teacher of this session, or 401. */
const teacherOf = (c: Context<AppEnv>): string => {
  const s = c.var.session;
  if (!s || s.bodyId !== TEACHER_REALM) throw unauthenticated('Log in as a teacher first.');
  return s.username;
};

/** Who is looking at a class: its teacher, one of its students (by his group body's session), or nobody. */
const lookerOf = (c: Context<AppEnv>, s: ClassState): { teacher: true } | { teacher: false; studentId: string; groupId: string } | null => {
  const session = c.var.session;
  if (!session) return null;
  if (session.bodyId === TEACHER_REALM) return session.username === s.created?.teacher ? { teacher: true } : null;
  const studentId = session.username.split('.')[0] ?? '';
  const st = s.students.get(studentId);
  if (!st) return null;
  const inGroup = (s.runs.get(st.groupId) ?? []).some((r) => r.bodyId === session.bodyId);
  return inGroup ? { teacher: false, studentId, groupId: st.groupId } : null;
};

const noClass = (classId: string) => new HttpProblem(404, 'CLASS_NOT_FOUND', `No class "${classId}".`, [{ field: 'classId', message: 'unknown class' }]);

export const registerClassRoutes = (app: Api): void => {
  app.openapi(
    createRoute({ method: 'post', path: '/api/teachers', tags: ['classes'], summary: 'A teacher account (logged in at once)', request: { body: jsonBody(credentials) }, security: security.openWrite, responses: ok(teacherLoginSchema, 'The teacher, logged in', { status: 201, write: true }) }),
    async (c) => {
      const { username, password } = c.req.valid('json');
      await c.var.services.classes.registerTeacher(username, password);
      const csrfToken = await loginAs(c, TEACHER_REALM, username);
      return c.json({ teacher: username, csrfToken }, 201);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/api/teachers/login', tags: ['classes'], summary: 'Log in as a teacher', request: { body: jsonBody(credentials) }, security: security.openWrite, responses: ok(teacherLoginSchema, 'The teacher, logged in', { write: true }) }),
    async (c) => {
      const { username, password } = c.req.valid('json');
      if (!(await c.var.services.classes.checkTeacher(username, password))) throw new HttpProblem(401, 'BAD_CREDENTIALS', 'Wrong username or password.');
      const csrfToken = await loginAs(c, TEACHER_REALM, username);
      return c.json({ teacher: username, csrfToken });
    },
  );

  app.openapi(createRoute({ method: 'get', path: '/api/classes', tags: ['classes'], summary: "The teacher's classes", security: security.sessionRead, responses: ok(classListSchema, "The teacher's classes") }), async (c) => {
    return c.json({ classes: await c.var.services.classes.listFor(teacherOf(c)) });
  });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/classes',
      tags: ['classes'],
      summary: 'Create a class: N groups, each a copy of 1934 as of a date',
      request: { body: jsonBody(z.object({ name: z.string().min(1).max(200), groups: z.number().int().min(1).max(60), asOf: isoDate, groupsRunAlone: z.boolean().optional() })) },
      security: security.write,
      responses: ok(classCreatedSchema, 'The class and its code', { status: 201, write: true }),
    }),
    async (c) => {
      const teacher = teacherOf(c);
      const classId = await c.var.services.classes.create(teacher, c.req.valid('json'));
      return c.json({ classId, code: classId }, 201);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/classes/{classId}', tags: ['classes'], summary: 'A class: the teacher sees every group, a student only his own', request: { params: classParams }, security: security.sessionRead, responses: ok(classViewSchema, 'The class as this looker may see it') }),
    async (c) => {
      const { classId } = c.req.valid('param');
      const classes = c.var.services.classes;
      const s = await classes.get(classId).catch(() => {
        throw noClass(classId);
      });
      const who = lookerOf(c, s);
      if (!who) throw noClass(classId);
      const groups = [];
      for (const g of s.created.groups) {
        if (!who.teacher && g.groupId !== who.groupId) continue;
        const bodyId = classes.currentBody(s, g.groupId);
        const entry = await c.var.services.repo.get(bodyId);
        groups.push({
          ...g,
          bodyId,
          runs: (s.runs.get(g.groupId) ?? []).map((r) => ({ run: r.run, bodyId: r.bodyId })),
          clock: { ...entry.clock, now: c.var.services.repo.now(entry) },
          seats: await classes.seats(s, g.groupId),
        });
      }
      return c.json({
        classId,
        name: s.created.name,
        asOf: s.created.asOf,
        settings: s.created.settings,
        you: who.teacher ? { teacher: true } : { teacher: false, studentId: who.studentId, groupId: who.groupId },
        ...(who.teacher ? { code: classId, students: [...s.students.values()].map(({ keyHash: _k, ...st }) => st), injections: s.injections, clockLog: s.clock } : {}),
        groups,
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/classes/{classId}/join',
      tags: ['classes'],
      summary: 'A student joins with the class code or a one-time link (no e-mail; a pseudonym if he likes)',
      request: {
        params: classParams,
        body: jsonBody(z.object({ token: z.string().min(1).max(100).optional(), pseudonym: z.string().max(40).optional(), groupId: z.string().min(1).max(20).optional(), role: roleSchema.optional(), memberId: z.string().min(1).max(80).optional() })),
      },
      security: security.openWrite,
      responses: ok(joinedSchema, 'The student, seated and logged in to his group', { status: 201, write: true }),
    }),
    async (c) => {
      const { classId } = c.req.valid('param');
      const joined = await c.var.services.classes.join({ classId, ...c.req.valid('json') }).catch((err: unknown) => {
        if (err instanceof Error && 'code' in err && (err as { code: string }).code === 'CLASS_NOT_FOUND') throw noClass(classId);
        throw err;
      });
      const csrfToken = await loginAs(c, joined.bodyId, joined.username);
      return c.json({ ...joined, csrfToken }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/classes/{classId}/enter',
      tags: ['classes'],
      summary: "A student back into his group's current run, with the key he got on joining",
      request: { params: classParams, body: jsonBody(z.object({ studentId: z.string().min(1).max(40), key: z.string().min(1).max(100) })) },
      security: security.openWrite,
      responses: ok(enteredSchema, 'The student, logged in to his group again', { write: true }),
    }),
    async (c) => {
      const { classId } = c.req.valid('param');
      const { studentId, key } = c.req.valid('json');
      const entered = await c.var.services.classes.enter(classId, studentId, key);
      const csrfToken = await loginAs(c, entered.bodyId, entered.username);
      return c.json({ ...entered, csrfToken });
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/classes/{classId}/links',
      tags: ['classes'],
      summary: 'A one-time link for one student (optionally to a group and a seat)',
      request: { params: classParams, body: jsonBody(z.object({ groupId: z.string().min(1).max(20).optional(), memberId: z.string().min(1).max(80).optional() })) },
      security: security.write,
      responses: ok(classLinkSchema, 'A one-time link', { status: 201, write: true }),
    }),
    async (c) => {
      const { classId } = c.req.valid('param');
      const { groupId, memberId } = c.req.valid('json');
      const token = await c.var.services.classes.issueLink(classId, teacherOf(c), groupId, memberId);
      return c.json({ token, path: `/#/join/${classId}?token=${encodeURIComponent(token)}` }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/classes/{classId}/students/{studentId}/seat',
      tags: ['classes'],
      summary: 'The teacher puts a student in a seat',
      request: { params: classParams.extend({ studentId: z.string().min(1).max(40) }), body: jsonBody(z.object({ memberId: z.string().min(1).max(80) })) },
      security: security.write,
      responses: ok(okSchema, 'Done', { write: true }),
    }),
    async (c) => {
      const { classId, studentId } = c.req.valid('param');
      await c.var.services.classes.assign(classId, teacherOf(c), studentId, c.req.valid('json').memberId);
      return c.json({ ok: true });
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/classes/{classId}/clock',
      tags: ['classes'],
      summary: "The class's replay clock: start, pause, speed, rewind (a new run from the copy's date)",
      request: { params: classParams, body: jsonBody(z.object({ action: z.enum(['start', 'pause', 'speed', 'rewind']), speed: z.number().positive().max(100_000).optional(), groupId: z.string().min(1).max(20).optional() })) },
      security: security.write,
      responses: ok(okSchema, 'Done', { write: true }),
    }),
    async (c) => {
      const { classId } = c.req.valid('param');
      await c.var.services.classes.clock(classId, teacherOf(c), c.req.valid('json'));
      return c.json({ ok: true });
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/classes/{classId}/settings',
      tags: ['classes'],
      summary: 'Class settings: may groups run on their own clocks',
      request: { params: classParams, body: jsonBody(z.object({ groupsRunAlone: z.boolean() })) },
      security: security.write,
      responses: ok(okSchema, 'Done', { write: true }),
    }),
    async (c) => {
      const { classId } = c.req.valid('param');
      await c.var.services.classes.setGroupsRunAlone(classId, teacherOf(c), c.req.valid('json').groupsRunAlone);
      return c.json({ ok: true });
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/classes/{classId}/events',
      tags: ['classes'],
      summary: "An event the teacher puts into the groups (labelled as the teacher's in the log)",
      request: { params: classParams, body: jsonBody(z.object({ kind: z.enum(INJECTION_KINDS), groupIds: z.array(z.string().min(1).max(20)).min(1).max(60).optional() })) },
      security: security.write,
      responses: ok(injectedSchema, "The teacher's event, recorded", { status: 201, write: true }),
    }),
    async (c) => {
      const { classId } = c.req.valid('param');
      const { kind, groupIds } = c.req.valid('json');
      return c.json({ injectionId: await c.var.services.classes.inject(classId, teacherOf(c), kind, groupIds) }, 201);
    },
  );

  for (const format of ['json', 'csv', 'pdf'] as const) {
    app.openapi(
      createRoute({
        method: 'get',
        path: format === 'json' ? '/api/classes/{classId}/debrief' : `/api/classes/{classId}/debrief.${format}`,
        tags: ['classes'],
        summary: `The debrief${format === 'json' ? '' : ` as ${format.toUpperCase()}`}: each group's figures beside the quoted 1934, the archive's reading and the simulator's band`,
        request: { params: classParams },
        security: security.sessionRead,
        responses: format === 'json' ? ok(debriefSchema, 'The debrief') : file(format === 'csv' ? 'text/csv' : 'application/pdf', `The debrief as ${format.toUpperCase()}`),
      }),
      async (c) => {
        const { classId } = c.req.valid('param');
        const { classes, repo, store } = c.var.services;
        const s = await classes.get(classId).catch(() => {
          throw noClass(classId);
        });
        const who = lookerOf(c, s);
        if (!who) throw noClass(classId);
        const d = await debriefOf(repo, store, s, who.teacher ? undefined : who.groupId);
        if (format === 'json') return c.json(d);
        if (format === 'csv') return c.body(debriefCsv(d), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="debrief-${classId}.csv"` });
        return c.body(new Uint8Array(await debriefPdf(d)), 200, { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="debrief-${classId}.pdf"` });
      },
    );
  }

  app.openapi(
    createRoute({ method: 'delete', path: '/api/classes/{classId}', tags: ['classes'], summary: 'Delete a class and all its data, in one action', request: { params: classParams }, security: security.write, responses: ok(classDeletedSchema, 'What was erased', { write: true }) }),
    async (c) => {
      const { classId } = c.req.valid('param');
      return c.json(await c.var.services.classes.delete(classId, teacherOf(c)));
    },
  );
};
