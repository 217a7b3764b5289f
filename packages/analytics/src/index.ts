export { type DateWindow, isInsideWindows, mergeWindows, parseAbsenceOption } from './absence-windows.ts';
export { type LatencySummary, nearestRank, summarizeLatencies } from './nearest-rank.ts';
export {
  COUNT_KEYS,
  type CountKey,
  type Counts,
  figureOf,
  isReportKey,
  percentHalfUp,
  RATE_DEFINITIONS,
  RATE_KEYS,
  type RateKey,
  REPORT_KEYS,
  type ReportKey,
  RESTS_ON,
  rateOf,
} from './report-definitions.ts';
export type { ExplainedRow, Explanation, KindLatency, MemberInitiatives, MonthModeCount, Report } from './report.ts';
export { buildReportContext, isSyntheticRow, type ReportContext, type ReportOptions, resolveLeader } from './report-context.ts';
export { ReportAccumulator } from './report-accumulator.ts';
export { computeReport } from './compute-report.ts';
export { computeReportFromDir, type StreamOptions } from './compute-report-from-dir.ts';
export { formatExplanation, formatRate, formatReportText, NO_VALUE, reportToJson } from './format-report.ts';
export { explain } from './explain.ts';
export {
  type CliCommand,
  cliCommands,
  pathResolver,
  type ReportCommandConfig,
  type ReportCommandOptions,
  type ReportSource,
  type ReportSourceResolver,
  reportCommand,
  reportFromSource,
  reportOptionsFromFlags,
  resolveReportSource,
} from './cli.ts';
