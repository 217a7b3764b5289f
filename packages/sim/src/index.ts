export { type CalibrateOptions, type CalibrationResult, type CalibrationStep, calibrate, parseTargets, type Targets } from './calibrate.ts';
export { buildCalendar, type Calendar, MONTH_DAYS } from './calendar.ts';
export { type Comparison, type CompareOptions, compare, counterfactualParams, type FigureComparison } from './compare.ts';
export { EventQueue } from './event-queue.ts';
export { EXTRA_KEYS, FIGURE_KEYS, type FigureKey, type Figures, figuresOf } from './figures.ts';
export {
  checkParam,
  DEFAULT_PARAMS,
  FREE_PARAMS,
  PARAM_NAMES,
  PARAM_SPECS,
  type ParamKind,
  type ParamName,
  type Params,
  type ParamSpec,
  parseOverride,
  validateParams,
  withOverrides,
} from './params.ts';
export { comparisonSvg } from './plot.ts';
export { PRESETS, presetParams, SCENARIO_TARGETS, SCENARIOS, scenarioOverrides, TARGETS_1934, TARGETS_1934_EVIDENCE } from './presets.ts';
export { Rng, rngFor, STREAMS, streamsFor } from './random.ts';
export { type PoolOptions, type Progress, type RunResult, type RunTask, runMany, runTask, SimPool, seedRange } from './runner.ts';
export { DEPUTY, LEADER, MEMBERS_1934, type SimulateOptions, type SimulationResult, simulate, simulateRun } from './simulate.ts';
export { type Difference, type FigureSpreads, pairedBootstrap, type Spread, spreadOf, summarize } from './stats.ts';
export { ballotOf, leaderAnswerOf } from './seat-rules.ts';
