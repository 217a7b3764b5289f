import { DomainError } from '@politburo/core';
import { sittingFrequencies } from './calendar.ts';
import { type FigureKey, type Figures, isFigureKey } from './figures.ts';
import { type ParamName, type ParamSpec, PARAM_SPECS, type Params, validateParams, withOverrides } from './params.ts';
import { presetParams } from './presets.ts';
import { type RunTask, SimPool, seedRange } from './runner.ts';
import { type FigureSpreads, meanOf, summarize } from './stats.ts';

/**
 * Calibration by the simulated method of moments with common random numbers.
 *
 * 1. Structural parameters are solved, not searched: the sitting frequencies follow
 *    from target meeting counts and the calendar (meetings are placed, not drawn).
 * 2. The free behavioural parameters whose figures appear in the target are searched
 *    on a transformed scale (log for rates, logit for probabilities).
 * 3. A candidate is scored by the mean figures of a fixed set of seeds (common random
 *    numbers: every candidate sees the same seeds, and the simulator's per-agent
 *    streams keep draws aligned), as relative residuals (mean − target) / target.
 * 4. The residuals are minimised by Levenberg–Marquardt: a forward-difference Jacobian
 *    at the start, Broyden rank-one updates after each step, a fresh Jacobian when two
 *    steps in a row fail; a weak ridge towards the starting point keeps the problem
 *    well-posed when the target has fewer figures than free parameters.
 * 5. The best point is then run on a separate set of validation seeds to report each
 *    figure's mean and 5–95% range.
 *
 * `budget` is the number of simulated years the search may spend (validation excluded).
 */
export type Targets = Partial<Record<FigureKey, number>>;

export interface CalibrateOptions {
  preset?: string;
  /** Starting parameters (default: the preset). */
  base?: Params;
  budget?: number;
  seedsPerEval?: number;
  firstSeed?: number;
  validationSeeds?: number;
  validationFirstSeed?: number;
  /** Stop when every relative residual is below this. */
  tolerance?: number;
  /** Restrict the search to these parameters (default: every free parameter the target informs). */
  free?: ParamName[];
  workers?: number;
  pool?: SimPool;
  onProgress?: (done: number, total: number, phase: 'search' | 'validation') => void;
}

export interface CalibrationStep {
  simulations: number;
  loss: number;
  params: Partial<Record<ParamName, number>>;
  figures: Partial<Record<FigureKey, number>>;
}

export interface CalibrationResult {
  params: Params;
  /** The values found for the parameters that were fitted (structural and searched). */
  fitted: Partial<Record<ParamName, number>>;
  searched: ParamName[];
  structural: ParamName[];
  targets: Targets;
  /** Mean figures on the search seeds at the best point. */
  searchFigures: Partial<Record<FigureKey, number>>;
  achieved: FigureSpreads;
  loss: number;
  simulations: number;
  history: CalibrationStep[];
}

/** Which figures inform each free parameter (beyond the one it chiefly moves). */
const INFORMED_BY: Partial<Record<ParamName, FigureKey[]>> = {
  itemsPerDay: ['decisionsTotal'],
  harvestBoost: ['decisionsDuringAbsence', 'shareDuringAbsence'],
  referralScale: ['responses', 'interventions', 'interventionRate', 'responseShare'],
  confirmProb: ['confirmedUnchanged', 'confirmationRate', 'untouchedOrConfirmedRate'],
  pointsPerDay: ['initiatives', 'interventions', 'interventionRate', 'responseShare'],
};
const STRUCTURAL: ParamName[] = ['meetingsPerMonthPresent', 'meetingsPerMonthAbsent'];

const bad = (message: string): DomainError => new DomainError('SIM_BAD_TARGET', 'validation', message);

/**
 * Reads target figures keyed by the report's JSON keys. Non-numeric fields (such as
 * a whole report's `leaderId`) are ignored; a numeric field with an unknown key is an
 * error, since it is most likely a misspelt figure. `initiatives` is derived from
 * `interventions − responses` when not given.
 */
export const parseTargets = (input: unknown): Targets => {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw bad('Targets must be a JSON object keyed by report figures.');
  const t: Targets = {};
  for (const [k, v] of Object.entries(input)) {
    if (typeof v !== 'number') continue;
    if (!isFigureKey(k)) throw bad(`"${k}" is not a figure of the report.`);
    if (!Number.isFinite(v) || v < 0) throw bad(`Target ${k} must be a number ≥ 0; got ${v}.`);
    t[k] = v;
  }
  if (t.initiatives === undefined && t.interventions !== undefined && t.responses !== undefined) t.initiatives = t.interventions - t.responses;
  if (Object.keys(t).length === 0) throw bad('The target names no figure of the report.');
  return t;
};

/** Sitting frequencies that place exactly the target numbers of meetings in the calendar. */
const solveStructural = (p: Params, t: Targets): Partial<Params> => sittingFrequencies(p, t.meetingsTotal, t.meetingsDuringAbsence);

const toZ = (name: ParamName, v: number): number => {
  const s = (PARAM_SPECS[name] as ParamSpec).fit!.scale;
  if (s === 'log') return Math.log(Math.max(v, 1e-3));
  const q = Math.min(Math.max(v, 1e-4), 1 - 1e-4);
  return Math.log(q / (1 - q));
};
const fromZ = (name: ParamName, z: number): number => {
  const spec = PARAM_SPECS[name] as ParamSpec;
  const v = spec.fit!.scale === 'log' ? Math.exp(z) : 1 / (1 + Math.exp(-z));
  return Math.min(Math.max(v, spec.min ?? 0), spec.max ?? 1);
};

/** Solves the small dense system A x = b by Gaussian elimination with partial pivoting. */
export const solveLinear = (a: number[][], b: number[]): number[] => {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[piv]![c]!)) piv = r;
    [m[c], m[piv]] = [m[piv]!, m[c]!];
    const d = m[c]![c]!;
    if (Math.abs(d) < 1e-14) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / d;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-14 ? 0 : row[n]! / row[i]!));
};

export const calibrate = async (targetsInput: unknown, options: CalibrateOptions = {}): Promise<CalibrationResult> => {
  const targets = parseTargets(targetsInput);
  const keys = Object.keys(targets) as FigureKey[];
  const start = options.base ?? presetParams(options.preset ?? '1934');
  const structuralValues = solveStructural(start, targets);
  const base = withOverrides(start, structuralValues);
  const searched = (options.free ?? (Object.keys(INFORMED_BY) as ParamName[])).filter((n) => {
    if (!(PARAM_SPECS[n] as ParamSpec).fit) throw bad(`${n} is not a free parameter.`);
    return (INFORMED_BY[n] ?? []).some((k) => targets[k] !== undefined);
  });
  const budget = options.budget ?? 600;
  const n = options.seedsPerEval ?? 24;
  // The search spends n simulated years on the start, n per free parameter on the slopes and n on a step:
  // a smaller budget would return the start unchanged and call it fitted.
  const oneStep = (searched.length + 2) * n;
  if (searched.length > 0 && budget < oneStep) {
    throw new DomainError(
      'SIM_BUDGET_TOO_SMALL',
      'validation',
      `--budget ${budget} buys no search step: each candidate averages ${n} seeds and one step over ${searched.length} free parameters costs ${oneStep} simulated years. Raise --budget to at least ${oneStep} or lower --seeds-per-eval.`,
    );
  }
  const seeds = seedRange(options.firstSeed ?? 1, n);
  const pool = options.pool ?? new SimPool(options.workers !== undefined ? { workers: options.workers } : {});
  const history: CalibrationStep[] = [];
  let simulations = 0;
  const report = (phase: 'search' | 'validation', done: number, total: number) => options.onProgress?.(done, total, phase);

  const paramsAt = (z: readonly number[]): Params => {
    const p: Params = { ...base };
    searched.forEach((name, i) => {
      (p as Record<ParamName, unknown>)[name] = fromZ(name, z[i]!);
    });
    return validateParams(p);
  };
  const scale = (k: FigureKey): number => Math.max(Math.abs(targets[k]!), 0.01);
  const z0 = searched.map((name) => toZ(name, base[name] as number));
  const ridge = 1e-2;

  /** Mean figures of several candidate points, all on the same seeds, in one batch. */
  const evaluate = async (points: number[][]): Promise<number[][]> => {
    const tasks: RunTask[] = points.flatMap((z) => {
      const params = paramsAt(z);
      return seeds.map((seed) => ({ params, seed }));
    });
    const before = simulations;
    const results = await pool.run(tasks, (done) => report('search', Math.min(budget, before + done), budget));
    simulations += tasks.length;
    return points.map((_, i) => {
      const figs: Figures[] = results.slice(i * n, (i + 1) * n).map((r) => r.figures);
      return keys.map((k) => meanOf(figs, k) ?? 0);
    });
  };
  // Counts: log ratio (+1 so zero is allowed), which is nearly linear in log-rate
  // parameters; rates: difference relative to the target.
  const isRate = (k: FigureKey): boolean => k.endsWith('Rate') || k.endsWith('Share');
  const residuals = (means: number[], z: readonly number[]): number[] => [
    ...keys.map((k, i) => (isRate(k) ? (means[i]! - targets[k]!) / scale(k) : Math.log((means[i]! + 1) / (targets[k]! + 1)))),
    ...z.map((zi, i) => Math.sqrt(ridge) * (zi - z0[i]!) * 0.1),
  ];
  const lossOf = (r: number[]): number => r.reduce((s, x) => s + x * x, 0);
  const record = (z: number[], means: number[], loss: number) =>
    history.push({
      simulations,
      loss,
      params: Object.fromEntries(searched.map((name, i) => [name, fromZ(name, z[i]!)])),
      figures: Object.fromEntries(keys.map((k, i) => [k, means[i]!])),
    });

  try {
    let z = [...z0];
    let [means] = await evaluate([z]);
    let r = residuals(means!, z);
    let loss = lossOf(r);
    record(z, means!, loss);
    const tol = options.tolerance ?? 0.002;
    const converged = () => keys.every((_, i) => Math.abs(r[i]!) < tol);
    // A wide step: simulated means are noisy even with common random numbers (an extra
    // proposal shifts later draws of the same stream), and the relations are close to
    // log-linear, so a 28% change measures the slope far better than a 5% one.
    const h = 0.25;
    const p = searched.length;
    let jac: number[][] = [];
    const freshJacobian = async () => {
      const points = searched.map((_, j) => z.map((zi, i) => (i === j ? zi + h : zi)));
      const evals = await evaluate(points);
      jac = r.map(() => new Array(p).fill(0));
      evals.forEach((m, j) => {
        const rj = residuals(m, points[j]!);
        for (let i = 0; i < r.length; i++) jac[i]![j] = (rj[i]! - r[i]!) / h;
      });
    };
    if (p > 0 && !converged() && simulations + (p + 1) * n <= budget) await freshJacobian();
    let mu = 1e-3;
    let failures = 0;
    while (p > 0 && jac.length > 0 && !converged() && simulations + n <= budget) {
      // (JᵀJ + μ·diag(JᵀJ)) δ = −Jᵀr
      const jtj = searched.map((_, a) => searched.map((_, b) => jac.reduce((s, row) => s + row[a]! * row[b]!, 0)));
      const jtr = searched.map((_, a) => jac.reduce((s, row, i) => s + row[a]! * r[i]!, 0));
      const lhs = jtj.map((row, a) => row.map((v, b) => (a === b ? v * (1 + mu) + 1e-9 : v)));
      const delta = solveLinear(lhs, jtr.map((v) => -v)).map((d) => Math.max(-1, Math.min(1, d)));
      const zNew = z.map((zi, i) => zi + delta[i]!);
      const [mNew] = await evaluate([zNew]);
      const rNew = residuals(mNew!, zNew);
      const lNew = lossOf(rNew);
      // Broyden: make the Jacobian agree with the step just observed.
      const dz2 = delta.reduce((s, d) => s + d * d, 0);
      if (dz2 > 0) {
        for (let i = 0; i < r.length; i++) {
          const predicted = jac[i]!.reduce((s, v, j) => s + v * delta[j]!, 0);
          const gap = rNew[i]! - r[i]! - predicted;
          for (let j = 0; j < p; j++) jac[i]![j]! += (gap * delta[j]!) / dz2;
        }
      }
      if (lNew < loss) {
        z = zNew;
        means = mNew;
        r = rNew;
        loss = lNew;
        record(z, means!, loss);
        mu = Math.max(1e-6, mu / 3);
        failures = 0;
      } else {
        mu *= 4;
        failures++;
        if (failures >= 2 && simulations + (p + 1) * n <= budget) {
          await freshJacobian();
          failures = 0;
        } else if (failures >= 4) break;
      }
    }
    const best = paramsAt(z);
    const validationSeeds = seedRange(options.validationFirstSeed ?? 100_001, options.validationSeeds ?? 50);
    const vResults = await pool.run(
      validationSeeds.map((seed) => ({ params: best, seed })),
      (done, total) => report('validation', done, total),
    );
    const fitted: Partial<Record<ParamName, number>> = { ...(structuralValues as Partial<Record<ParamName, number>>) };
    for (const name of searched) fitted[name] = best[name] as number;
    return {
      params: best,
      fitted,
      searched,
      structural: STRUCTURAL.filter((s) => s in structuralValues),
      targets,
      searchFigures: Object.fromEntries(keys.map((k, i) => [k, means![i]!])),
      achieved: summarize(vResults.map((v) => v.figures)),
      loss,
      simulations,
      history,
    };
  } finally {
    if (!options.pool) await pool.close();
  }
};
