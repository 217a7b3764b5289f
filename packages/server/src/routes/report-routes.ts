import { createRoute, z } from '@hono/zod-openapi';
import { computeReport, isReportKey, type ReportKey } from '@politburo/analytics';
import { bodyToRecord } from '@politburo/importer';
import type { PolitburoRecord } from '@politburo/record';
import { describeScenario, isScenarioName, scenarioNames } from '@politburo/scenarios';
import { activeOf } from '../bodies/body-repository.ts';
import { versionCache } from '../bodies/version-cache.ts';
import type { Api } from '../http/app-env.ts';
import { HttpProblem } from '../http/problem.ts';
import { bodyParams, isoDate, ok } from '../http/route-def.ts';
import {readBody, } from '../http/viewer.ts';
import { drillDownAsSeenBy } from '../views/drill-down-view.ts';

/** The body as a record (the analytics input), converted once per body version. */
const recordOf = versionCache((entry): PolitburoRecord => bodyToRecord(activeOf(entry)));


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
      const { entry, b, v } = await readBody(c, bodyId);
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
      const { rows, hidden } = drillDownAsSeenBy(b, v, ex?.rows ?? []);
      return c.json({ key: q.explain, rowsOf: ex?.rowsOf ?? q.explain, value: report[q.explain as keyof typeof report] ?? null, rows, hidden });
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
