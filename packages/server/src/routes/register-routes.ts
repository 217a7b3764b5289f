import { createRoute, z } from '@hono/zod-openapi';
import { type Decision, inSpecialFolder, seesSpecialFolder, type Viewer } from '@politburo/core';
import { searchKey } from '@politburo/store';
import { activeOf, type BodyEntry } from '../bodies/body-repository.ts';
import { versionCache } from '../bodies/version-cache.ts';
import type { Api } from '../http/app-env.ts';
import { type CachedPage, pageCache, sendPage } from '../http/cached-page.ts';
import type { FastRead } from '../http/fast-reads.ts';
import { security } from '../http/contract/security.ts';
import { decisionRowSchema } from '../http/contract/views.ts';
import { bodyParams, file, isoDate, modeSchema, ok } from '../http/route-def.ts';
import { readBody, viewerOfSession } from '../http/viewer.ts';
import type { SessionData } from '../auth/sessions.ts';
import type { Services } from '../services.ts';
import { byProtocol, decisionUrl, decisionView } from '../views/decision-view.ts';
import { cell } from '../export/protocol-csv.ts';

const decisionPageSchema = z
  .object({
    items: z.array(decisionRowSchema),
    total: z.number().int(),
    hidden: z.number().int().openapi({ description: 'Matching rows of the special folder this viewer may not see (the text search left out)' }),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi('DecisionPage');

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
const exportQuery = registerQuery.omit({ page: true, pageSize: true });
type RegisterFilter = z.infer<typeof exportQuery>;

const CSV_HEADER = ['protocol_no', 'item', 'date', 'mode', 'title', 'initiator', 'restricted', 'intervention', 'synthetic', 'id', 'url'];

/** Search keys per decision, and the decisions in protocol order: computed once per body version (the register's hot path). */
const keysOf = versionCache((entry): Map<string, string> => {
  const b = activeOf(entry);
  const m = new Map<string, string>();
  for (const d of Object.values(b.decisions)) {
    const who = d.initiatorId ? b.members[d.initiatorId] : undefined;
    // Both scripts: "Куйбышев" folds to "kuybyshev", which the English "Kuibyshev" never reaches.
    const initiator = d.initiatorId ? [who?.name ?? d.initiatorId, who?.nameRu].filter(Boolean).join(' ') : '';
    m.set(d.id, searchKey([d.title, d.itemLabel, initiator].filter(Boolean).join(' ')));
  }
  return m;
});
const sortedDecisions = versionCache((entry): Decision[] => Object.values(activeOf(entry).decisions).sort(byProtocol));
/** The register split by the core's special-folder rule, once per body version: what an outsider sees, and what he does not. */
const folderSplit = versionCache((entry): { outside: Decision[]; inside: Decision[] } => {
  const b = activeOf(entry);
  const outside: Decision[] = [];
  const inside: Decision[] = [];
  for (const d of sortedDecisions(entry)) (inSpecialFolder(b, { table: 'decisions', id: d.id }) ? inside : outside).push(d);
  return { outside, inside };
});

/**
 * Decisions with an intervention by any member (the register's `intervention` filter and row marker), for the
 * entitled and for outsiders: an intervention of the special folder marks nothing for an outsider.
 */
const withIntervention = versionCache((entry): { inside: Set<string>; outside: Set<string> } => {
  const b = activeOf(entry);
  const inside = new Set<string>();
  const outside = new Set<string>();
  for (const iv of Object.values(b.interventions)) {
    if (!iv.decisionId) continue;
    inside.add(iv.decisionId);
    if (!inSpecialFolder(b, { table: 'interventions', id: iv.id })) outside.add(iv.decisionId);
  }
  return { inside, outside };
});

/** The register's rows for one viewer and filter, and how many rows of the special folder he may not see match it. */
const registerRows = (entry: BodyEntry, v: Viewer, q: RegisterFilter) => {
  const b = activeOf(entry);
  const key = q.q ? searchKey(q.q) : '';
  const keys = key ? keysOf(entry) : null;
  const sees = seesSpecialFolder(v);
  const markers = withIntervention(entry);
  const marked = sees ? markers.inside : markers.outside;
  const ivs = q.intervention !== undefined ? marked : null;
  const base = sees ? sortedDecisions(entry) : folderSplit(entry).outside;
  const structured =
    q.from !== undefined ||
    q.to !== undefined ||
    q.mode !== undefined ||
    q.initiator !== undefined ||
    q.restricted !== undefined ||
    q.protocolNo !== undefined ||
    ivs !== null;
  const filtered = structured || keys !== null;
  /** The structured filters (everything but the text search); `by`: the intervention markers to go by. */
  const matches = (d: Decision, by: Set<string> | null) =>
    (!q.from || d.date >= q.from) &&
    (!q.to || d.date <= q.to) &&
    (!q.mode || d.mode === q.mode) &&
    (!q.initiator || d.initiatorId === q.initiator) &&
    (q.restricted === undefined || d.restricted === q.restricted) &&
    (q.protocolNo === undefined || d.protocolNo === q.protocolNo) &&
    (!by || by.has(d.id) === q.intervention);
  const rows = !filtered ? base : base.filter((d) => matches(d, ivs) && (!keys || (keys.get(d.id) ?? '').includes(key)));
  // Rows of the special folder this viewer may not see that match the structured filters. The text
  // search `q` is left out on purpose: counting hidden matches of a word would reveal what the
  // special folder is about.
  const inside = folderSplit(entry).inside;
  // (a hidden row is counted by what it is: by all its interventions)
  const hidden = sees ? 0 : structured ? inside.filter((d) => matches(d, ivs && markers.inside)).length : inside.length;
  return { b, rows, hidden, marked };
};

type RegisterQuery = z.infer<typeof registerQuery>;

/**
 * Who the register page is for. Its rows are decisions, the items pending against them and
 * their interventions, which the core's rule shows by the special folder alone
 * (`maySee` reads nothing else of the viewer for those tables): so a page is one of two, and
 * it is built for a viewer of that class who is nobody in particular, so that nothing of the
 * first reader can reach the next one through the cache.
 */
const registerViewer = (v: Viewer): Viewer => ({ role: seesSpecialFolder(v) ? 'member' : 'anonymous', memberId: null, now: v.now });

/** One register page as bytes, per body version, viewer class and query: no per-request views or JSON. */
const registerPage = pageCache(
  ({ v, q }: { bodyId: string; v: Viewer; q: RegisterQuery }) => `${seesSpecialFolder(v) ? 'folder' : 'outside'}|${JSON.stringify(q)}`,
  (entry, { bodyId, v, q }) => {
    const viewer = registerViewer(v);
    const { b, rows, hidden, marked } = registerRows(entry, viewer, q);
    const start = (q.page - 1) * q.pageSize;
    return {
      items: rows.slice(start, start + q.pageSize).map((d) => ({ ...decisionView(bodyId, b, d, viewer), intervention: marked.has(d.id) })),
      total: rows.length,
      hidden,
      page: q.page,
      pageSize: q.pageSize,
    };
  },
);

/** One register page for a session: the body's entry, who the session is in it, and the kept page for that class of viewer. */
const registerPageFor = async (services: Services, session: SessionData | null, bodyId: string, q: RegisterQuery): Promise<CachedPage> => {
  const entry = await services.repo.get(bodyId);
  return registerPage(entry, { bodyId, v: viewerOfSession(services, entry, session), q });
};

/** The register page on the pre-serialised read lane (`fast-reads.ts`): the route's own schema and page, nothing of its own. */
export const registerFastRead: FastRead<RegisterQuery> = { path: /^\/api\/bodies\/([A-Za-z0-9_.-]+)\/decisions$/, params: bodyParams, query: registerQuery, page: registerPageFor };

/** The register: `GET /decisions`, with its filters, text search and paging; and what a search found, as CSV. */
export const registerRegisterRoutes = (app: Api): void => {
  app.openapi(
    createRoute({ method: 'get', path: '/api/bodies/{bodyId}/decisions', tags: ['register'], summary: 'The register: filters, search, paging', security: security.read, request: { params: bodyParams, query: registerQuery }, responses: ok(decisionPageSchema, 'One page of the matching decisions', { cached: true }) }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      return sendPage(c, await registerPageFor(c.get('services'), c.get('session'), bodyId, c.req.valid('query')));
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/bodies/{bodyId}/decisions/export.csv',
      tags: ['register'],
      summary: 'What a register search found, as CSV (the same filters, every matching row the viewer may see)',
      security: security.read,
      request: { params: bodyParams, query: exportQuery },
      responses: file('text/csv', 'Every matching row the viewer may see'),
    }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const { entry, v } = await readBody(c, bodyId);
      const { b, rows, marked } = registerRows(entry, v, c.req.valid('query'));
      const lines = [CSV_HEADER.join(',')];
      for (const d of rows) {
        const initiator = d.initiatorId ? (b.members[d.initiatorId]?.name ?? '') : '';
        lines.push([d.protocolNo, d.itemLabel ?? d.itemNo, d.date, d.mode, d.title, initiator, d.restricted, marked.has(d.id), d.synthetic === true, d.id, decisionUrl(bodyId, d)].map(cell).join(','));
      }
      return new Response(`${lines.join('\r\n')}\r\n`, {
        headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="register-${bodyId}.csv"` },
      });
    },
  );
};
