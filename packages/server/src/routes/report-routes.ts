import { createRoute, z } from '@hono/zod-openapi';
import { computeReport, isReportKey, type ReportKey } from '@politburo/analytics';
import { bodyToRecord } from '@politburo/importer';
import type { PolitburoRecord } from '@politburo/record';
import { readRecord } from '@politburo/record';
import { compareReadings, describeScenario, isScenarioName, readScenarioMeta, scenarioNames, scenarioPath, sourcesToBibtex, sourcesToCslJson } from '@politburo/scenarios';
import { activeOf } from '../bodies/body-repository.ts';
import { versionCache } from '../bodies/version-cache.ts';
import type { Api } from '../http/app-env.ts';
import { HttpProblem } from '../http/problem.ts';
import { cslItemSchema, readingsComparisonSchema, reportExplainSchema, reportSchema, scenarioInfoSchema, sourceInfoSchema } from '../http/contract/reports.ts';
import { security } from '../http/contract/security.ts';
import { bodyParams, isoDate, ok, problems, redirect } from '../http/route-def.ts';
import {readBody, } from '../http/viewer.ts';
import { drillDownAsSeenBy } from '../views/drill-down-view.ts';

/** A shipped scenario's record as shipped (read-only data, so read once per process). */
const shippedRecords = new Map<string, Promise<PolitburoRecord>>();
const shippedRecord = (name: string): Promise<PolitburoRecord> => {
  let r = shippedRecords.get(name);
  if (!r) {
    r = readRecord(scenarioPath(name));
    shippedRecords.set(name, r);
  }
  return r;
};
const scenarioName = z.string().min(1).max(80);
const requireScenario = (name: string, field: string): void => {
  if (!isScenarioName(name)) throw new HttpProblem(404, 'NOT_FOUND', `There is no scenario "${name}"; scenarios: ${scenarioNames().join(', ')}.`, [{ field, message: 'unknown scenario' }]);
};

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
      security: security.read,
      responses: ok(z.union([reportSchema, reportExplainSchema]), 'The figures, or with ?explain=KEY the rows behind one'),
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
      security: security.read,
      responses: redirect(307, 'To /api/bodies/{body}/report'),
    }),
    (c) => {
      const url = new URL(c.req.url);
      const body = url.searchParams.get('body') ?? '1934';
      url.searchParams.delete('body');
      const query = url.searchParams.toString();
      return c.redirect(`/api/bodies/${encodeURIComponent(body)}/report${query ? `?${query}` : ''}`, 307);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/bodies/{bodyId}/sources',
      tags: ['report'],
      summary: 'The sources the rows of a body cite, each with its status and (where the record gives one) its confidence',
      request: { params: bodyParams },
      security: security.read,
      responses: ok(z.object({ sources: z.array(sourceInfoSchema) }), 'The sources, by id'),
    }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const b = activeOf(await c.var.services.repo.get(bodyId));
      const extra = (s: { extra?: Array<[string, string]> }, column: string): string | undefined => s.extra?.find(([k]) => k === column)?.[1] || undefined;
      return c.json({
        sources: Object.values(b.sources)
          .sort((x, y) => (x.id < y.id ? -1 : 1))
          .map((s) => ({
            id: s.id,
            author: s.author,
            title: s.title,
            ...(s.titleOriginal ? { titleOriginal: s.titleOriginal } : {}),
            status: s.status,
            ...(s.locator ? { locator: s.locator } : {}),
            ...(s.url ? { url: s.url } : {}),
            ...(extra(s, 'confidence') ? { confidence: extra(s, 'confidence') } : {}),
            ...(extra(s, 'note') ? { note: extra(s, 'note') } : {}),
          })),
      });
    },
  );

  app.openapi(createRoute({ method: 'get', path: '/api/scenarios', tags: ['bodies'], summary: 'Shipped scenarios with their reading, quoted figures, caveats and version', security: security.read, responses: ok(z.object({ scenarios: z.array(scenarioInfoSchema) }), 'Every shipped scenario') }), async (c) =>
    c.json({
      scenarios: await Promise.all(
        scenarioNames()
          .filter(isScenarioName)
          .map(async (name) => {
            const s = describeScenario(name);
            const { version } = await readScenarioMeta(name);
            return {
              id: name,
              bodyId: name,
              title: s.title,
              version,
              reading: s.reading,
              readingLabel: s.readingLabel,
              counterpart: s.counterpart ?? null,
              publishedFigures: s.publishedFigures,
              figureReadings: s.figureReadings,
              caveat: s.caveat,
              absenceWindows: s.absenceWindows,
              // Title, caveat and reading label in Russian; the figures and readings carry their own `ru`.
              ru: s.ru,
            };
          }),
      ),
    }),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/scenarios/compare',
      tags: ['report'],
      summary: 'Two shipped scenarios side by side: every report figure under each, with its basis and its count over the archival rows alone',
      request: { query: z.object({ a: scenarioName.default('1934'), b: scenarioName.default('1934-evidence'), absenceFrom: isoDate.optional(), absenceTo: isoDate.optional() }) },
      security: security.read,
      responses: ok(readingsComparisonSchema, 'Both scenarios and every figure under each'),
    }),
    async (c) => {
      const q = c.req.valid('query');
      requireScenario(q.a, 'a');
      requireScenario(q.b, 'b');
      if ((q.absenceFrom === undefined) !== (q.absenceTo === undefined)) {
        throw new HttpProblem(400, 'VALIDATION', 'absenceFrom and absenceTo go together.', [{ field: q.absenceFrom ? 'absenceTo' : 'absenceFrom', message: 'required with the other bound' }]);
      }
      const absences = q.absenceFrom && q.absenceTo ? { absences: [{ from: q.absenceFrom, to: q.absenceTo }] } : {};
      const inputs = await Promise.all(
        [q.a, q.b].map(async (name) => {
          const record = await shippedRecord(name);
          const { explanation: _, ...report } = computeReport(record, absences);
          return { scenario: name, report, archivalReport: computeReport(record, { ...absences, onlyArchival: true }), absences: report.absences };
        }),
      );
      return c.json({
        scenarios: await Promise.all(
          [q.a, q.b].map(async (name) => {
            const d = describeScenario(name);
            return { name, bodyId: name, title: d.title, version: (await readScenarioMeta(name)).version, reading: d.reading, readingLabel: d.readingLabel, caveat: d.caveat, ru: d.ru };
          }),
        ),
        absences: inputs[0]!.absences,
        figures: compareReadings(inputs),
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/scenarios/{name}/sources',
      tags: ['report'],
      summary: "A shipped scenario's sources as CSL-JSON (default) or BibTeX (?format=bibtex); each entry names the scenario version",
      request: { params: z.object({ name: scenarioName }), query: z.object({ format: z.enum(['csl-json', 'bibtex']).default('csl-json') }) },
      security: security.read,
      responses: {
        ...problems(),
        200: {
          description: 'CSL-JSON (default), or BibTeX with ?format=bibtex',
          content: { 'application/json': { schema: z.array(cslItemSchema) }, 'application/x-bibtex': { schema: z.string() } },
        },
      },
    }),
    async (c) => {
      const { name } = c.req.valid('param');
      const { format } = c.req.valid('query');
      requireScenario(name, 'name');
      const record = await shippedRecord(name);
      const ctx = { scenario: name, version: (await readScenarioMeta(name)).version };
      if (format === 'bibtex') return c.body(sourcesToBibtex(record.sources, ctx), 200, { 'content-type': 'application/x-bibtex; charset=utf-8' });
      return c.json(sourcesToCslJson(record.sources, ctx));
    },
  );
};
