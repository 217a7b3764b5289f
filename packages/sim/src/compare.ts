import { type FigureKey, FIGURE_KEYS } from './figures.ts';
import { type Params, withOverrides } from './params.ts';
import { presetParams, scenarioOverrides } from './presets.ts';
import { rngFor } from './random.ts';
import { type RunTask, SimPool, seedRange } from './runner.ts';
import { type Difference, pairedBootstrap, type Spread, spreadOf } from './stats.ts';

/**
 * A counterfactual comparison: baseline and counterfactual run on the same seeds, so
 * each seed gives a paired difference (common random numbers: the same proposals, the
 * same votes, the same draws for every agent the change does not touch). The
 * difference is summarised by its mean and a 95% paired-bootstrap interval.
 */
export interface CompareOptions {
  preset?: string;
  base?: Params;
  scenario?: string;
  set?: readonly string[];
  runs?: number;
  firstSeed?: number;
  resamples?: number;
  workers?: number;
  pool?: SimPool;
  onProgress?: (done: number, total: number) => void;
}

export interface FigureComparison {
  key: FigureKey;
  baseline: Spread;
  counterfactual: Spread;
  difference: Difference;
}

export interface Comparison {
  preset: string;
  scenario: string | null;
  set: string[];
  seeds: number[];
  baselineParams: Params;
  counterfactualParams: Params;
  figures: FigureComparison[];
}

export const counterfactualParams = (base: Params, scenario?: string, set: readonly string[] = []): Params =>
  withOverrides(withOverrides(base, scenario ? scenarioOverrides(scenario) : {}), set);

export const compare = async (options: CompareOptions): Promise<Comparison> => {
  const preset = options.preset ?? '1934';
  const baselineParams = options.base ?? presetParams(preset);
  const cfParams = counterfactualParams(baselineParams, options.scenario, options.set ?? []);
  const seeds = seedRange(options.firstSeed ?? 1, options.runs ?? 50);
  const tasks: RunTask[] = [...seeds.map((seed) => ({ params: baselineParams, seed, preset })), ...seeds.map((seed) => ({ params: cfParams, seed, preset }))];
  const pool = options.pool ?? new SimPool(options.workers !== undefined ? { workers: options.workers } : {});
  try {
    const results = await pool.run(tasks, options.onProgress);
    const base = results.slice(0, seeds.length).map((r) => r.figures);
    const cf = results.slice(seeds.length).map((r) => r.figures);
    const rng = rngFor(options.firstSeed ?? 1);
    const figures = FIGURE_KEYS.map((key) => {
      const b = base.map((f) => f[key]);
      const c = cf.map((f) => f[key]);
      return { key, baseline: spreadOf(b), counterfactual: spreadOf(c), difference: pairedBootstrap(b, c, rng, options.resamples ?? 2000) };
    });
    return { preset, scenario: options.scenario ?? null, set: [...(options.set ?? [])], seeds, baselineParams, counterfactualParams: cfParams, figures };
  } finally {
    if (!options.pool) await pool.close();
  }
};
