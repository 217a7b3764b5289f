import { createRoute, z } from '@hono/zod-openapi';
import type { Body, Decision } from '@politburo/core';
import { activeOf } from '../bodies/body-repository.ts';
import { versionCache } from '../bodies/version-cache.ts';
import { protocolCsv } from '../export/protocol-csv.ts';
import { protocolPdf } from '../export/protocol-pdf.ts';
import type { Api } from '../http/app-env.ts';
import { notFoundProblem } from '../http/problem.ts';
import { bodyParams, idParam, isoDate, jsonBody, modeSchema, ok } from '../http/route-def.ts';
import { runCommand } from '../http/run-command.ts';
import { type ViewerInfo, viewerOf } from '../http/viewer.ts';
import { searchKeyOf } from '../search-key.ts';
import { byProtocol, decisionView } from '../views/decision-view.ts';
import { messageView } from '../views/message-view.ts';

const boolString = z.enum(['true', 'false']).transform((s) => s === 'true');

const registerQuery = z.object({
  q: z.string().max(200).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  mode: modeSchema.optional(),
  initiator: z.string().max(80).optional(),
  restricted: boolString.optional(),
  intervention: boolString.optional(),
  protocolNo: z.coerce.number().int().min(0).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

/** Search keys per decision, and the decisions in protocol order: computed once per body version (the register's hot path). */
const keysOf = versionCache((entry): Map<string, string> => {
  const b = activeOf(entry);
  const m = new Map<string, string>();
  for (const d of Object.values(b.decisions)) {
    const initiator = d.initiatorId ? (b.members[d.initiatorId]?.name ?? d.initiatorId) : '';
    m.set(d.id, searchKeyOf([d.title, d.itemLabel, initiator].filter(Boolean).join(' ')));
  }
  return m;
});
const sortedDecisions = versionCache((entry): Decision[] => Object.values(activeOf(entry).decisions).sort(byProtocol));
const openDecisions = versionCache((entry): Decision[] => sortedDecisions(entry).filter((d) => !d.restricted));
const restrictedDecisions = versionCache((entry): Decision[] => sortedDecisions(entry).filter((d) => d.restricted));

/** Decisions with an intervention by any member (the register's `intervention` filter and row marker). */
const withIntervention = versionCache((entry): Set<string> => new Set(Object.values(activeOf(entry).interventions).flatMap((iv) => (iv.decisionId ? [iv.decisionId] : []))));

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

export const visibleDecision = (b: Body, id: string, v: ViewerInfo): Decision => {
  const d = b.decisions[id];
  if (!d || (d.restricted && !v.seesRestricted)) throw notFoundProblem(`No decision "${id}".`, 'UNKNOWN_DECISION');
  return d;
};

export const protocolDecisions = (b: Body, no: number): Decision[] => Object.values(b.decisions).filter((d) => d.protocolNo === no).sort(byProtocol);

export const registerRegisterRoutes = (app: Api): void => {
  app.openapi(
    createRoute({ method: 'get', path: '/api/bodies/{bodyId}/decisions', tags: ['register'], summary: 'The register: filters, search, paging', request: { params: bodyParams, query: registerQuery }, responses: ok('{ items, total, hidden, page, pageSize }') }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const q = c.req.valid('query');
      const entry = await c.var.services.repo.get(bodyId);
      const b = activeOf(entry);
      const v = viewerOf(c, entry);
      const key = q.q ? searchKeyOf(q.q) : '';
      const keys = key ? keysOf(entry) : null;
      const marked = withIntervention(entry);
      const ivs = q.intervention !== undefined ? marked : null;
      const base = v.seesRestricted ? sortedDecisions(entry) : openDecisions(entry);
      const structured =
        q.from !== undefined ||
        q.to !== undefined ||
        q.mode !== undefined ||
        q.initiator !== undefined ||
        q.restricted !== undefined ||
        q.protocolNo !== undefined ||
        ivs !== null;
      const filtered = structured || keys !== null;
      /** The structured filters (everything but the text search). */
      const matches = (d: Decision) =>
        (!q.from || d.date >= q.from) &&
        (!q.to || d.date <= q.to) &&
        (!q.mode || d.mode === q.mode) &&
        (!q.initiator || d.initiatorId === q.initiator) &&
        (q.restricted === undefined || d.restricted === q.restricted) &&
        (q.protocolNo === undefined || d.protocolNo === q.protocolNo) &&
        (!ivs || ivs.has(d.id) === q.intervention);
      const rows = !filtered ? base : base.filter((d) => matches(d) && (!keys || (keys.get(d.id) ?? '').includes(key)));
      // Restricted rows this viewer may not see that match the structured filters. The text
      // search `q` is left out on purpose: counting hidden matches of a word would reveal
      // what the special folder is about.
      const hidden = v.seesRestricted ? 0 : structured ? restrictedDecisions(entry).filter(matches).length : restrictedDecisions(entry).length;
      const start = (q.page - 1) * q.pageSize;
      return c.json({ items: rows.slice(start, start + q.pageSize).map((d) => ({ ...decisionView(bodyId, b, d), intervention: marked.has(d.id) })), total: rows.length, hidden, page: q.page, pageSize: q.pageSize });
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/bodies/{bodyId}/decisions/{decisionId}', tags: ['register'], summary: 'A decision (citable)', request: { params: idParam('decisionId') }, responses: ok('Decision') }),
    async (c) => {
      const { bodyId, decisionId } = c.req.valid('param');
      const entry = await c.var.services.repo.get(bodyId);
      const b = activeOf(entry);
      const v = viewerOf(c, entry);
      const d = visibleDecision(b, decisionId, v);
      const mailVisible = (m: { fromId: string; toIds: string[] }) =>
        v.role === 'leader' || v.role === 'deputy' || v.role === 'secretariat' || (v.member !== null && (m.fromId === v.member.id || m.toIds.includes(v.member.id)));
      return c.json({
        ...decisionView(bodyId, b, d),
        interventions: Object.values(b.interventions).filter((iv) => iv.decisionId === d.id),
        messages: Object.values(b.messages)
          .filter((m) => m.decisionIds.includes(d.id) || (d.itemId !== undefined && m.itemIds.includes(d.itemId)))
          .filter(mailVisible)
          .map((m) => messageView(b, m, entry.latencies, v)),
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/bodies/{bodyId}/decisions/{decisionId}/extracts',
      tags: ['register'],
      summary: 'Send an extract of a decision to named recipients',
      request: { params: idParam('decisionId'), body: jsonBody(z.object({ recipients: z.array(z.string().min(1).max(200)).min(1) })) },
      responses: ok('Decision'),
    }),
    async (c) => {
      const { bodyId, decisionId } = c.req.valid('param');
      const { recipients } = c.req.valid('json');
      const { body } = await runCommand(c, bodyId, 'member', () => ({ type: 'SendExtract', decisionId: decisionId, recipients }));
      return c.json(decisionView(bodyId, body, body.decisions[decisionId]!), 201);
    },
  );

  app.openapi(createRoute({ method: 'get', path: '/api/bodies/{bodyId}/protocols', tags: ['register'], summary: 'Protocols', request: { params: bodyParams }, responses: ok('{ protocols }') }), async (c) => {
    const entry = await c.var.services.repo.get(c.req.valid('param').bodyId);
    const b = activeOf(entry);
    const v = viewerOf(c, entry);
    const by = new Map<number, { no: number; date: string; items: number; hidden: number }>();
    for (const d of Object.values(b.decisions)) {
      const p = by.get(d.protocolNo) ?? { no: d.protocolNo, date: d.protocolDate ?? d.date, items: 0, hidden: 0 };
      if (d.restricted && !v.seesRestricted) p.hidden++;
      else p.items++;
      if ((d.protocolDate ?? d.date) > p.date) p.date = d.protocolDate ?? d.date;
      by.set(d.protocolNo, p);
    }
    return c.json({ protocols: [...by.values()].sort((x, y) => x.no - y.no) });
  });

  const protocolParams = z.object({ bodyId: z.string().min(1), no: z.coerce.number().int().min(0) });
  const protocolOf = async (c: Parameters<Parameters<Api['openapi']>[1]>[0], bodyId: string, no: number) => {
    const entry = await c.var.services.repo.get(bodyId);
    const b = activeOf(entry);
    const v = viewerOf(c, entry);
    const all = protocolDecisions(b, no);
    if (all.length === 0) throw notFoundProblem(`No protocol ${no}.`, 'UNKNOWN_PROTOCOL');
    const visible = all.filter((d) => v.seesRestricted || !d.restricted);
    return { entry, b, v, all, visible };
  };

  app.openapi(createRoute({ method: 'get', path: '/api/bodies/{bodyId}/protocols/{no}', tags: ['register'], summary: 'A protocol', request: { params: protocolParams }, responses: ok('Protocol') }), async (c) => {
    const { bodyId, no } = c.req.valid('param');
    const { b, all, visible } = await protocolOf(c, bodyId, no);
    return c.json({ no, date: all[0]!.protocolDate ?? all[0]!.date, decisions: visible.map((d) => decisionView(bodyId, b, d)), hidden: all.length - visible.length });
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/bodies/{bodyId}/protocols/{no}/items/{n}',
      tags: ['register'],
      summary: 'A decision by protocol and item number',
      request: { params: z.object({ bodyId: z.string().min(1), no: z.coerce.number().int().min(0), n: z.coerce.number().int().min(0) }) },
      responses: ok('Decision'),
    }),
    async (c) => {
      const { bodyId, no, n } = c.req.valid('param');
      const { b, visible } = await protocolOf(c, bodyId, no);
      const d = visible.find((x) => x.itemNo === n);
      if (!d) throw notFoundProblem(`No item ${n} in protocol ${no}.`, 'UNKNOWN_DECISION');
      return c.json(decisionView(bodyId, b, d));
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/bodies/{bodyId}/protocols/{no}/export.csv', tags: ['register'], summary: 'Protocol as CSV', request: { params: protocolParams }, responses: ok('text/csv') }),
    async (c) => {
      const { bodyId, no } = c.req.valid('param');
      const { b, visible } = await protocolOf(c, bodyId, no);
      return new Response(protocolCsv(b, visible), {
        headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="protocol-${no}.csv"` },
      });
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/bodies/{bodyId}/protocols/{no}/export.pdf', tags: ['register'], summary: 'Protocol as PDF (Heard / Resolved)', request: { params: protocolParams }, responses: ok('application/pdf') }),
    async (c) => {
      const { bodyId, no } = c.req.valid('param');
      const { entry, b, visible } = await protocolOf(c, bodyId, no);
      const pdf = await protocolPdf(entry.listing.name, b, no, visible);
      return new Response(new Uint8Array(pdf), {
        headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="protocol-${no}.pdf"` },
      });
    },
  );

  /**
 * The human citable link: /b/:body/protocol/:no/item/:n → the app's page for a browser, the decision's API
 * resource for an API client.
 */
  app.get('/b/:bodyId/protocol/:no/item/:n', async (c) => {
    const { bodyId, no, n } = c.req.param();
    const entry = await c.var.services.repo.get(bodyId);
    const b = activeOf(entry);
    const v = viewerOf(c, entry);
    // A browser (Accept: text/html) goes to the app's own route for the decision, which asks the API with the reader's
    // session; the answer is the same whether or not the item exists, so it tells an outsider nothing.
    if (prefersHtml(c.req.header('accept'))) return c.redirect(`/#/b/${encodeURIComponent(bodyId)}/protocol/${encodeURIComponent(no)}/item/${encodeURIComponent(n)}`, 302);
    const d = Object.values(b.decisions).find((x) => String(x.protocolNo) === no && String(x.itemNo) === n && (v.seesRestricted || !x.restricted));
    if (!d) throw notFoundProblem(`No item ${n} in protocol ${no}.`, 'UNKNOWN_DECISION');
    return c.redirect(`/api/bodies/${encodeURIComponent(bodyId)}/decisions/${encodeURIComponent(d.id)}`, 302);
  });
};
