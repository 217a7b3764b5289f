import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { randomBytes } from 'node:crypto';
import { DUMMY_HASH, verifyPassword } from '../auth/password.ts';
import { CSRF_COOKIE, SESSION_COOKIE, SESSION_TTL_MS } from '../auth/sessions.ts';
import type { Api, AppEnv } from '../http/app-env.ts';
import { clientIp } from '../http/client-ip.ts';
import { HttpProblem } from '../http/problem.ts';
import { security } from '../http/contract/security.ts';
import { sessionInfoSchema } from '../http/contract/views.ts';
import { jsonBody, noContent, ok } from '../http/route-def.ts';
import { writeContext } from '../http/run-command.ts';
import { viewerOf } from '../http/viewer.ts';

/**
 * The CSRF token: the one bound to the session when there is one; before login, the
 * cookie's, or a new one (double submit). The client echoes it in X-CSRF-Token.
 */
export const ensureCsrf = (c: Context<AppEnv>): string => {
  const bound = c.var.session?.csrf;
  const existing = getCookie(c, CSRF_COOKIE);
  const token = bound ?? existing ?? randomBytes(24).toString('base64url');
  if (token !== existing) setCookie(c, CSRF_COOKIE, token, { path: '/', sameSite: 'Lax', httpOnly: false });
  return token;
};

/** The session's user as the client sees it, or null. */
export const sessionUser = async (c: Context<AppEnv>) => {
  const s = c.var.session;
  if (!s) return null;
  const repo = c.var.services.repo;
  if (!(await repo.exists(s.bodyId))) return null;
  const entry = await repo.get(s.bodyId);
  const v = viewerOf(c, entry);
  if (!v.member) return null;
  return { username: s.username, bodyId: s.bodyId, memberId: v.member.id, name: v.member.name, nameRu: v.member.nameRu ?? null, role: v.role };
};

/** A new session: a new id at every login, with its own CSRF token. */
export const loginAs = async (c: Context<AppEnv>, bodyId: string, username: string): Promise<string> => {
  const { token, data } = await c.var.services.sessions.start(bodyId, username);
  setCookie(c, SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'Lax', maxAge: SESSION_TTL_MS / 1000 });
  c.set('session', data);
  return ensureCsrf(c);
};

const loginBody = z.object({
  bodyId: z.string().min(1).max(80),
  username: z.string().min(1).max(80),
  password: z.string().min(1).max(200),
});

export const registerAuthRoutes = (app: Api): void => {
  app.openapi(createRoute({ method: 'get', path: '/api/auth/session', tags: ['auth'], summary: 'Current user and CSRF token', security: security.read, responses: ok(sessionInfoSchema, 'The user (null when anonymous) and the CSRF token to echo') }), async (c) => {
    const csrfToken = ensureCsrf(c);
    return c.json({ user: await sessionUser(c), csrfToken });
  });

  app.openapi(
    createRoute({ method: 'post', path: '/api/auth/login', tags: ['auth'], summary: 'Log in to a body', security: security.openWrite, request: { body: jsonBody(loginBody) }, responses: ok(sessionInfoSchema, 'Logged in; sets pb_session', { write: true, also: [429] }) }),
    async (c) => {
      const { bodyId, username, password } = c.req.valid('json');
      const { repo, limiter, realNow } = c.var.services;
      const key = `${clientIp(c)}|${bodyId}|${username.toLowerCase()}`;
      const wait = limiter.hit(key, realNow());
      if (wait > 0) throw new HttpProblem(429, 'RATE_LIMITED', `Too many login attempts; try again in ${wait} s.`, [], { 'Retry-After': String(wait) });
      const entry = (await repo.exists(bodyId)) ? await repo.get(bodyId) : null;
      const account = entry?.accounts.get(username);
      const okPassword = await verifyPassword(password, account ?? DUMMY_HASH);
      if (!account) {
        // A user who picked the wrong body (the demo accounts live in the demo copy) is told where the name exists.
        const elsewhere: Array<{ id: string; name: string }> = [];
        for (const l of await repo.list()) {
          if (l.bodyId !== bodyId && (await repo.get(l.bodyId)).accounts.get(username)) elsewhere.push({ id: l.bodyId, name: l.name });
        }
        if (elsewhere.length) {
          const names = elsewhere.map((x) => `${x.name} (${x.id})`).join(', ');
          throw new HttpProblem(401, 'USER_IN_OTHER_BODY', `There is no user "${username}" in ${entry?.listing.name ?? bodyId}; that username exists in ${names}.`, [
            { field: 'bodyId', message: elsewhere.map((x) => x.id).join(',') },
          ]);
        }
      }
      if (!account || !okPassword) throw new HttpProblem(401, 'BAD_CREDENTIALS', 'Unknown user or wrong password.');
      limiter.reset(key);
      const csrfToken = await loginAs(c, bodyId, account.username);
      return c.json({ user: await sessionUser(c), csrfToken });
    },
  );

  app.openapi(createRoute({ method: 'post', path: '/api/auth/logout', tags: ['auth'], summary: 'Log out: the session ends in every process', security: security.openWrite, responses: noContent('Logged out') }), async (c) => {
    if (c.var.session) await c.var.services.sessions.end(c.var.session);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/invite',
      tags: ['auth'],
      summary: 'Accept an invitation: set your password with the one-time token, and be logged in',
      security: security.openWrite,
      request: { body: jsonBody(z.object({ bodyId: z.string().min(1).max(80), token: z.string().min(1).max(200), password: z.string().min(8).max(200) })) },
      responses: ok(sessionInfoSchema, 'Password set and logged in', { write: true }),
    }),
    async (c) => {
      const { bodyId, token, password } = c.req.valid('json');
      const username = await c.var.services.bodies.acceptInvite(bodyId, token, password, writeContext(c));
      const csrfToken = await loginAs(c, bodyId, username);
      return c.json({ user: await sessionUser(c), csrfToken });
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/password',
      tags: ['auth'],
      summary: 'Change your own password: every session of the account ends, and this one starts afresh',
      security: security.write,
      request: { body: jsonBody(z.object({ current: z.string().min(1).max(200), password: z.string().min(8).max(200) })) },
      responses: ok(sessionInfoSchema, 'Password changed; a fresh session', { write: true }),
    }),
    async (c) => {
      const s = c.var.session;
      if (!s) throw new HttpProblem(401, 'UNAUTHENTICATED', 'Log in first.');
      const { current, password } = c.req.valid('json');
      const { bodies, sessions } = c.var.services;
      const account = (await bodies.get(s.bodyId)).accounts.get(s.username);
      if (!account || !(await verifyPassword(current, account))) throw new HttpProblem(403, 'BAD_CREDENTIALS', 'The current password is wrong.', [{ field: 'current', message: 'wrong password' }]);
      await bodies.setPassword(s.bodyId, s.username, password, `account:${s.bodyId}/${s.username}`, writeContext(c));
      await sessions.endAccount(s.bodyId, s.username);
      c.set('session', null);
      const csrfToken = await loginAs(c, s.bodyId, s.username);
      return c.json({ user: await sessionUser(c), csrfToken });
    },
  );
};
