import { type FigureKey, type Figures, FIGURE_KEYS } from './figures.ts';
import type { Rng } from './random.ts';

/** Mean and 5–95% range (nearest-rank percentiles) of one figure across runs. */
export interface Spread {
  mean: number | null;
  p5: number | null;
  p95: number | null;
  /** Runs in which the figure was defined (a rate is undefined when its denominator is 0). */
  n: number;
}

export const nearestRank = (sorted: readonly number[], p: number): number | null =>
  sorted.length === 0 ? null : sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1]!;

export const spreadOf = (values: ReadonlyArray<number | null>): Spread => {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  const mean = xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null;
  return { mean, p5: nearestRank(xs, 0.05), p95: nearestRank(xs, 0.95), n: xs.length };
};

export type FigureSpreads = Record<FigureKey, Spread>;

export const summarize = (runs: readonly Figures[]): FigureSpreads => {
  const out = {} as FigureSpreads;
  for (const k of FIGURE_KEYS) out[k] = spreadOf(runs.map((r) => r[k]));
  return out;
};

export const meanOf = (runs: readonly Figures[], key: FigureKey): number | null => spreadOf(runs.map((r) => r[key])).mean;

/**
 * Paired bootstrap of a mean difference: the per-seed differences (counterfactual −
 * baseline, same seed) are resampled with replacement B times; the interval is the
 * 2.5–97.5% percentile of the resampled means. Seeded, so it is reproducible.
 */
export interface Difference {
  mean: number | null;
  lo: number | null;
  hi: number | null;
  n: number;
}

export const pairedBootstrap = (baseline: ReadonlyArray<number | null>, counterfactual: ReadonlyArray<number | null>, rng: Rng, resamples = 2000): Difference => {
  const d: number[] = [];
  for (let i = 0; i < Math.min(baseline.length, counterfactual.length); i++) {
    const a = baseline[i];
    const b = counterfactual[i];
    if (a !== null && a !== undefined && b !== null && b !== undefined && Number.isFinite(a) && Number.isFinite(b)) d.push(b - a);
  }
  if (d.length === 0) return { mean: null, lo: null, hi: null, n: 0 };
  const mean = d.reduce((s, x) => s + x, 0) / d.length;
  const means: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let s = 0;
    for (let i = 0; i < d.length; i++) s += d[rng.int(d.length)]!;
    means.push(s / d.length);
  }
  means.sort((a, b) => a - b);
  return { mean, lo: nearestRank(means, 0.025), hi: nearestRank(means, 0.975), n: d.length };
};
