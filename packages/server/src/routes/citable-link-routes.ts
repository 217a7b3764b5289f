import { createRoute, z } from '@hono/zod-openapi';
import { maySee } from '@politburo/core';
import type { Api } from '../http/app-env.ts';
import { security } from '../http/contract/security.ts';
import { notFoundProblem } from '../http/problem.ts';
import { redirect } from '../http/route-def.ts';
import {readBody, } from '../http/viewer.ts';

/** True when the client ranks text/html above JSON (a browser following a link), by Accept order and q-values. */
export const prefersHtml = (accept: string | undefined): boolean => {
  if (!accept) return false;
  let html = -1;
  let json = -1;
  for (const part of accept.split(',')) {
    const [type = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (type === 'text/html' || type === 'application/xhtml+xml') html = Math.max(html, q);
    if (type === 'application/json' || type === 'application/problem+json') json = Math.max(json, q);
  }
  return html > 0 && html >= json;
};

/**
 * The human citable link: /b/:body/protocol/:no/item/:n → the app's page for a browser, the decision's API
 * resource for an API client. In the OpenAPI document too, so that the visibility matrix covers it.
 */
export const registerCitableLinkRoutes = (app: Api): void => {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/b/{bodyId}/protocol/{no}/item/{n}',
      tags: ['register'],
      summary: 'Citable link: 302 to the app (a browser) or to the decision (an API client)',
      request: { params: z.object({ bodyId: z.string().min(1), no: z.string().min(1).max(20), n: z.string().min(1).max(20) }) },
      security: security.read,
      responses: redirect(302, 'To /#/b/… (Accept: text/html) or to /api/bodies/…/decisions/…'),
    }),
    async (c) => {
      const { bodyId, no, n } = c.req.valid('param');
      const { b, v } = await readBody(c, bodyId);
      // A browser (Accept: text/html) goes to the app's own route for the decision, which asks the API with the reader's
      // session; the answer is the same whether or not the item exists, so it tells an outsider nothing.
      if (prefersHtml(c.req.header('accept'))) return c.redirect(`/#/b/${encodeURIComponent(bodyId)}/protocol/${encodeURIComponent(no)}/item/${encodeURIComponent(n)}`, 302);
      const d = Object.values(b.decisions).find((x) => String(x.protocolNo) === no && String(x.itemNo) === n && maySee(b, v, { table: 'decisions', id: x.id }));
      if (!d) throw notFoundProblem(`No item ${n} in protocol ${no}.`, 'UNKNOWN_DECISION');
      return c.redirect(`/api/bodies/${encodeURIComponent(bodyId)}/decisions/${encodeURIComponent(d.id)}`, 302);
    },
  );
};
