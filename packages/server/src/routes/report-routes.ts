import { createRoute, z } from '@hono/zod-openapi';
import { computeReport, isReportKey, type ReportKey } from '@politburo/analytics';
import type { Body } from '@politburo/core';
import { bodyToRecord } from '@politburo/importer';
import type { PolitburoRecord } from '@politburo/record';
import { describeScenario, isScenarioName, scenarioNames } from '@politburo/scenarios';
import { activeOf } from '../bodies/body-repository.ts';
import { versionCache } from '../bodies/version-cache.ts';
import type { Api } from '../http/app-env.ts';
import { HttpProblem } from '../http/problem.ts';
import { bodyParams, isoDate, ok } from '../http/route-def.ts';
import { viewerOf } from '../http/viewer.ts';

/** The body as a record (the analytics input), converted once per body version. */
const recordOf = versionCache((entry): PolitburoRecord => bodyToRecord(activeOf(entry)));

/** A drill-down row is hidden from a viewer outside the special folder when it is, or points at, a restricted row. */
const isRestrictedRow = (b: Body, values: Record<string, unknown>): boolean => {
  if (values.restricted === true || values.restricted === 'true') return true;
  for (const k of ['decision_id', 'decisionId', 'item_id', 'itemId']) {
    const id = values[k];
    if (typeof id === 'string' && (b.decisions[id]?.restricted || b.items[id]?.restricted)) return true;
  }
  return false;
};

/**
 * A row pointing at a decision (an intervention row's `decision_id`) carries that decision's id and title, so a
 * drill-down reads as a list of decisions, not of ids; a restricted title only for a viewer who may see it.
 */
export const withDecisionTitle = <R extends { values: Record<string, unknown> }>(b: Body, r: R, seesRestricted: boolean): R & { decisionId?: string; decisionTitle?: string } => {
  const id = r.values.decision_id ?? r.values.decisionId;
  if (typeof id !== 'string') return r;
  const d = b.decisions[id];
  if (!d || (d.restricted && !seesRestricted)) return { ...r, decisionId: id };
  return { ...r, decisionId: id, decisionTitle: d.title };
};

export const registerReportRoutes = (app: Api): void => {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/bodies/{bodyId}/report',
      tags: ['report'],
      summary: '“Who decided?” — the same figures as `politburo report`; ?explain=KEY drills down',
      request: {
        params: bodyParams,
        query: z.object({
          leader: z.string().max(80).optional(),
          absenceFrom: isoDate.optional(),
          absenceTo: isoDate.optional(),
          onlyArchival: z.enum(['true', 'false']).optional(),
          explain: z.string().max(80).optional(),
        }),
      },
      responses: ok('Report, or { key, rowsOf, rows, hidden }'),
    }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const q = c.req.valid('query');
      const entry = await c.var.services.repo.get(bodyId);
      const b = activeOf(entry);
      const v = viewerOf(c, entry);
      if (q.explain !== undefined && !isReportKey(q.explain)) {
        throw new HttpProblem(400, 'VALIDATION', `"${q.explain}" is not a report figure.`, [{ field: 'explain', message: 'unknown report key' }]);
      }
      if ((q.absenceFrom === undefined) !== (q.absenceTo === undefined)) {
        throw new HttpProblem(400, 'VALIDATION', 'absenceFrom and absenceTo go together.', [{ field: q.absenceFrom ? 'absenceTo' : 'absenceFrom', message: 'required with the other bound' }]);
      }
      const report = computeReport(recordOf(entry), {
        ...(q.leader ? { leader: q.leader } : {}),
        ...(q.absenceFrom && q.absenceTo ? { absences: [{ from: q.absenceFrom, to: q.absenceTo }] } : {}),
        ...(q.onlyArchival === 'true' ? { onlyArchival: true } : {}),
        ...(q.explain ? { explain: q.explain as ReportKey } : {}),
      });
      if (!q.explain) {
        const { explanation: _, ...figures } = report;
        return c.json(figures);
      }
      const ex = report.explanation;
      const rows = ex?.rows ?? [];
      const shown = v.seesRestricted ? rows : rows.filter((r) => !isRestrictedRow(b, r.values));
      return c.json({
        key: q.explain,
        rowsOf: ex?.rowsOf ?? q.explain,
        value: report[q.explain as keyof typeof report] ?? null,
        rows: shown.map((r) => withDecisionTitle(b, r, v.seesRestricted)),
        hidden: rows.length - shown.length,
      });
    },
  );

  // The short form: the report of one body (the 1934 scenario unless `body` names another), same query.
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/report',
      tags: ['report'],
      summary: 'Redirects to /api/bodies/{body}/report with the same query (body defaults to the 1934 scenario)',
      request: { query: z.object({ body: z.string().min(1).max(80).default('1934') }).passthrough() },
      responses: { 307: { description: 'to the body report' } },
    }),
    (c) => {
      const url = new URL(c.req.url);
      const body = url.searchParams.get('body') ?? '1934';
      url.searchParams.delete('body');
      const query = url.searchParams.toString();
      return c.redirect(`/api/bodies/${encodeURIComponent(body)}/report${query ? `?${query}` : ''}`, 307);
    },
  );

  app.openapi(createRoute({ method: 'get', path: '/api/scenarios', tags: ['bodies'], summary: 'Shipped scenarios with published figures and caveats', responses: ok('{ scenarios }') }), (c) =>
    c.json({
      scenarios: scenarioNames()
        .filter(isScenarioName)
        .map((name) => {
          const s = describeScenario(name);
          return { id: name, bodyId: name, title: s.title, publishedFigures: s.publishedFigures, caveat: s.caveat, absenceWindows: s.absenceWindows };
        }),
    }),
  );
};
