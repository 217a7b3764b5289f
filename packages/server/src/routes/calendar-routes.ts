import { createHash, randomBytes } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import { activeOf, type BodyEntry } from '../bodies/body-repository.ts';
import { languageOf } from '../bodies/language-preferences.ts';
import { bodyCalendar } from '../export/calendar.ts';
import { security } from '../http/contract/security.ts';
import type { Api } from '../http/app-env.ts';
import { unauthenticated } from '../http/problem.ts';
import { bodyParams, file, ok } from '../http/route-def.ts';
import { actorOf, writeContext } from '../http/run-command.ts';
import { requireMemberViewer, viewerOf, viewerOfAccount } from '../http/viewer.ts';
import { documentLang } from '../http/viewer-lang.ts';
import { bodyNameIn } from '../views/body-name.ts';

/** Only the token's hash is kept (an account event), so a copy of the store does not hand out feeds. */
export const calendarTokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

const TOKEN = /^[A-Za-z0-9_-]{32,64}$/;

/** The login whose calendar token this is; a revoked or made-up one opens nothing. */
const accountOfToken = (entry: BodyEntry, token: string): string => {
  const hash = calendarTokenHash(token);
  for (const a of entry.accounts.values()) if (a.calendarTokenHash === hash) return a.username;
  throw unauthenticated('This calendar address is not (or no longer) valid: issue a new one from your account.');
};

const feedPath = (bodyId: string) => `/api/bodies/${encodeURIComponent(bodyId)}/calendar.ics`;
const tokenSchema = z.object({ token: z.string(), url: z.string() }).openapi('CalendarToken');

/**
 * The body's sittings and poll deadlines as an iCalendar feed. A browser sends its session
 * cookie; a calendar application sends none, so each account may hold one secret token
 * for the feed's address (issued anew, or revoked, by the account itself).
 */
export const registerCalendarRoutes = (app: Api): void => {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/bodies/{bodyId}/calendar.ics',
      tags: ['calendar'],
      summary: 'Sittings and poll deadlines as iCalendar, filtered for the viewer (session cookie, or ?token= of his calendar address)',
      request: { params: bodyParams, query: z.object({ token: z.string().regex(TOKEN, 'a calendar token').optional(), lang: z.enum(['en', 'ru']).optional() }) },
      // No cookie from a calendar app: the token in the URL stands in for the session.
      security: security.read,
      responses: file('text/calendar', 'An iCalendar (RFC 5545) feed'),
    }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const { token, lang } = c.req.valid('query');
      const entry = await c.var.services.repo.get(bodyId);
      const b = activeOf(entry);
      const v = token ? viewerOfAccount(c.var.services.repo.now(entry), entry, accountOfToken(entry, token)) : viewerOf(c, entry);
      // A calendar application sends no cookie: the token's login's own setting speaks for it.
      const saved = token && v.username ? await languageOf(c.var.services.store, bodyId, v.username) : undefined;
      const docLang = await documentLang(c, lang ?? saved);
      return new Response(bodyCalendar(bodyId, bodyNameIn(docLang, entry), b, v, docLang), {
        headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `inline; filename="${bodyId}.ics"`, 'cache-control': 'private, max-age=300' },
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/bodies/{bodyId}/account/calendar-token',
      tags: ['calendar'],
      summary: 'A new secret address for your calendar feed (the previous one stops working); shown once',
      request: { params: bodyParams },
      security: security.write,
      responses: ok(tokenSchema, 'The token and the feed address with it', { status: 201, write: true }),
    }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const entry = await c.var.services.repo.get(bodyId);
      const v = requireMemberViewer(c, entry);
      const token = randomBytes(32).toString('base64url');
      await c.var.services.repo.account(bodyId, { type: 'IssueCalendarToken', username: v.username!, tokenHash: calendarTokenHash(token) }, actorOf(v), writeContext(c));
      return c.json({ token, url: `${feedPath(bodyId)}?token=${token}` }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/bodies/{bodyId}/account/calendar-token',
      tags: ['calendar'],
      summary: 'Revoke your calendar address',
      request: { params: bodyParams },
      security: security.write,
      responses: ok(z.object({ revoked: z.boolean() }), 'Whether a token was revoked', { write: true }),
    }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const entry = await c.var.services.repo.get(bodyId);
      const v = requireMemberViewer(c, entry);
      const had = entry.accounts.get(v.username!)?.calendarTokenHash !== undefined;
      await c.var.services.repo.account(bodyId, { type: 'RevokeCalendarToken', username: v.username! }, actorOf(v), writeContext(c));
      return c.json({ revoked: had }, 200);
    },
  );
};
