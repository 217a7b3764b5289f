import { z } from '@hono/zod-openapi';
import { COUNT_KEYS, RATE_KEYS, REPORT_KEYS, type Report, type ReportKey } from '@politburo/analytics';
import { type ComparedFigure, type CslItem, FIGURE_BASES, READING_KEYS, type ScenarioDescription } from '@politburo/scenarios';
import { FIGURE_KEYS } from '@politburo/sim';
import type { SimulationJob } from '../../simulations/simulation-jobs.ts';
import type { Same, SameWire } from './same-type.ts';

/** The report, its drill-down, the scenarios and their comparison, citations and simulation jobs. */
const figure = z.number().nullable();
const figures = <K extends string>(keys: readonly K[]) => z.object(Object.fromEntries(keys.map((k) => [k, figure])) as Record<K, typeof figure>);
const counts = <K extends string>(keys: readonly K[]) => z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])) as Record<K, z.ZodNumber>);
const window = z.object({ from: z.string(), to: z.string() });
const latency = { count: z.number().int(), medianMinutes: z.number().nullable(), p90Minutes: z.number().nullable() };

export const reportSchema = counts(COUNT_KEYS)
  .extend(figures(RATE_KEYS).shape)
  .extend({
    // A count resting on another (RESTS_ON: without the leader, of the sittings with attendance) is null without it.
    meetingsWithoutLeader: figure,
    leaderId: z.string(),
    absences: z.array(window),
    onlyArchival: z.boolean(),
    decisionsByMonth: z.array(z.object({ month: z.string(), meeting: z.number().int(), poll: z.number().int(), withoutPoll: z.number().int() })),
    meetingsByChair: z.array(z.object({ chairId: z.string().nullable(), meetings: z.number().int() })),
    correspondenceByKind: z.array(z.object({ ...latency, kind: z.string(), messages: z.number().int(), delivered: z.number().int() })),
    replyLatency: z.object({ ...latency, replies: z.number().int() }),
    initiators: z.array(
      z.object({ memberId: z.string().nullable(), decisions: z.number().int(), decisionsDuringAbsence: z.number().int(), responses: z.number().int(), initiatives: z.number().int() }),
    ),
  })
  .openapi('Report');

export const explainRowSchema = z.object({
  table: z.string(),
  row: z.number().int().openapi({ description: '1-based data row of the table' }),
  values: z.record(z.string(), z.unknown()),
  decisionId: z.string().optional(),
  decisionTitle: z.string().optional(),
  current: z.object({ wording: z.string(), label: z.string() }).optional(),
});
export const reportExplainSchema = z
  .object({ key: z.string(), rowsOf: z.string(), value: figure, rows: z.array(explainRowSchema), hidden: z.number().int() })
  .openapi('ReportExplain', { description: 'The rows behind one figure (?explain=KEY), those of the special folder counted in `hidden` for an outsider' });

export const sourceInfoSchema = z
  .object({
    id: z.string(),
    author: z.string(),
    title: z.string(),
    titleOriginal: z.string().optional(),
    status: z.enum(['verified', 'secondary', 'unverified']),
    locator: z.string().optional(),
    url: z.string().optional(),
    confidence: z.string().optional(),
    note: z.string().optional(),
  })
  .openapi('SourceInfo');

const reading = z.object({ basis: z.enum(FIGURE_BASES), note: z.string(), sourceIds: z.array(z.string()), ru: z.object({ note: z.string() }) });
const scenarioRu = z.object({ title: z.string(), caveat: z.string(), readingLabel: z.string() });
const figureText = { label: z.string(), status: z.string(), quoted: z.string(), caveat: z.string() };
const publishedFigure = z.object({
  key: z.enum(REPORT_KEYS as [ReportKey, ...ReportKey[]]),
  label: z.string(),
  status: z.string(),
  value: z.number(),
  quoted: z.string(),
  provenance: z.enum(['secondary', 'unverified', 'derived']),
  caveat: z.string(),
  sourceIds: z.array(z.string()),
  ru: z.object(figureText),
});
export const scenarioInfoSchema = z
  .object({
    id: z.string(),
    bodyId: z.string(),
    title: z.string(),
    version: z.string(),
    reading: z.enum(['quoted', 'evidence']),
    readingLabel: z.string(),
    counterpart: z.string().nullable(),
    publishedFigures: z.array(publishedFigure),
    figureReadings: z.object(Object.fromEntries(READING_KEYS.map((k) => [k, reading])) as Record<(typeof READING_KEYS)[number], typeof reading>),
    caveat: z.string(),
    absenceWindows: z.array(window.extend({ label: z.string(), labelRu: z.string(), sourceId: z.string().optional() })),
    ru: scenarioRu,
  })
  .openapi('ScenarioInfo');

const comparedFigure = z.object({
  key: z.enum(READING_KEYS),
  rate: z.boolean(),
  same: z.boolean(),
  values: z.array(
    z.object({ scenario: z.string(), value: figure, archivalValue: figure, basis: z.enum(FIGURE_BASES), basisLabel: z.string(), note: z.string(), sourceIds: z.array(z.string()), ru: z.object({ basisLabel: z.string(), note: z.string() }) }),
  ),
});
export const readingsComparisonSchema = z
  .object({
    scenarios: z.array(
      z.object({ name: z.string(), bodyId: z.string(), title: z.string(), version: z.string(), reading: z.enum(['quoted', 'evidence']), readingLabel: z.string(), caveat: z.string(), ru: scenarioRu }),
    ),
    absences: z.array(window),
    figures: z.array(comparedFigure),
  })
  .openapi('ReadingsComparison');

export const cslItemSchema = z
  .object({
    id: z.string(),
    type: z.enum(['book', 'webpage', 'manuscript']),
    title: z.string(),
    author: z.array(z.object({ literal: z.string() })).optional(),
    URL: z.string().optional(),
    locator: z.string().optional(),
    note: z.string(),
  })
  .openapi('CslItem');

const spread = z.object({ mean: figure, p5: figure, p95: figure, n: z.number().int() });
const simFigures = figures(FIGURE_KEYS);
export const simulationJobSchema = z
  .object({
    id: z.string(),
    owner: z.string().optional(),
    request: z.object({
      preset: z.string(),
      scenario: z.string().optional(),
      runs: z.number().int(),
      seed: z.number().int(),
      overrides: z.record(z.string(), z.union([z.number(), z.boolean(), z.string()])).optional(),
    }),
    status: z.enum(['running', 'done', 'failed']),
    progress: z.object({ done: z.number().int(), total: z.number().int() }),
    error: z.string().optional(),
    result: z
      .object({
        spreads: z.object(Object.fromEntries(FIGURE_KEYS.map((k) => [k, spread]))),
        runs: z.array(z.object({ seed: z.number().int(), figures: simFigures })),
        published: z.record(z.string(), z.number()),
      })
      .optional(),
  })
  .openapi('SimulationJob');

const checks: [
  SameWire<z.infer<typeof reportSchema>, Omit<Report, 'explanation'>>,
  Same<z.infer<typeof cslItemSchema>, CslItem>,
  SameWire<z.infer<typeof comparedFigure>, ComparedFigure>,
  SameWire<Omit<z.infer<typeof scenarioInfoSchema>, 'id' | 'bodyId' | 'version' | 'counterpart' | 'publishedFigures'>, Omit<ScenarioDescription, 'name' | 'counterpart' | 'publishedFigures'>>,
  SameWire<Omit<z.infer<typeof simulationJobSchema>, 'result' | 'request'>, Omit<SimulationJob, 'result' | 'request'>>,
] = [true, true, true, true, true];
void checks;
