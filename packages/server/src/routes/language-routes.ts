import { createRoute, z } from '@hono/zod-openapi';
import { LANGS } from '@politburo/i18n';
import { setLanguage } from '../bodies/language-preferences.ts';
import type { Api } from '../http/app-env.ts';
import { security } from '../http/contract/security.ts';
import { unauthenticated } from '../http/problem.ts';
import { jsonBody, ok } from '../http/route-def.ts';
import { viewerLang, viewerSetting } from '../http/viewer-lang.ts';

/** The interface language: what this request will be answered in, and the logged-in viewer's own choice. */
export const registerLanguageRoutes = (app: Api): void => {
  app.openapi(
    createRoute({ method: 'get', path: '/api/auth/language', tags: ['auth'], summary: "The language responses speak: the viewer's setting, else Accept-Language, else English", security: security.read, responses: ok(z.object({ lang: z.enum(LANGS), setting: z.enum(LANGS).nullable() }).openapi('LanguageInfo'), 'The language of this answer, and the viewer\'s own setting') }),
    async (c) => c.json({ lang: await viewerLang(c), setting: (await viewerSetting(c)) ?? null }),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/auth/language',
      tags: ['auth'],
      summary: "Sets the logged-in viewer's interface language (kept on the server, for every device)",
      request: { body: jsonBody(z.object({ lang: z.enum(LANGS) })) },
      security: security.write,
      responses: ok(z.object({ lang: z.enum(LANGS) }).openapi('LanguageSet'), 'The language kept', { write: true }),
    }),
    async (c) => {
      const s = c.var.session;
      if (!s) throw unauthenticated('Log in to keep a language setting; without one the browser’s language is used.');
      const { repo } = c.var.services;
      const entry = await repo.get(s.bodyId);
      const lang = await setLanguage(
        repo.store,
        { bodyId: s.bodyId, hasAccount: (u) => entry.accounts.has(u) },
        s.username,
        c.req.valid('json').lang,
        { actor: `account:${s.bodyId}/${s.username}`, requestId: c.var.requestId },
      );
      return c.json({ lang });
    },
  );
};
