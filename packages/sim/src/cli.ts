/**
 * `politburo simulate | calibrate | compare`. Figures go to stdout, progress bars to
 * stderr; errors are DomainErrors (codes SIM_…), which the CLI's main maps to exit
 * codes in its one place.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError } from '@politburo/core';
import { writeRecordDir } from '@politburo/record';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { calibrate } from './calibrate.ts';
import { type Comparison, compare } from './compare.ts';
import { FIGURE_KEYS, type FigureKey } from './figures.ts';
import { type Params, withOverrides } from './params.ts';
import { comparisonSvg } from './plot.ts';
import { PRESETS, presetParams, SCENARIO_TARGETS, SCENARIOS } from './presets.ts';
import { runMany, seedRange } from './runner.ts';
import { simulate } from './simulate.ts';
import { type FigureSpreads, summarize } from './stats.ts';

export type CliCommand = (program: Command) => void;

export interface SimCliOptions {
  print?: (line: string) => void;
  /** Show progress bars (default: when stderr is a terminal). */
  progress?: boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

const int = (name: string, raw: string, min: number): number => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new DomainError('SIM_BAD_OPTION', 'validation', `--${name} must be a whole number ≥ ${min}; got "${raw}".`);
  return n;
};

const bar = (enabled: boolean, label: string) => {
  if (!enabled) return { update: (_d: number, _t: number) => {}, stop: () => {} };
  const b = new cliProgress.SingleBar(
    { stream: process.stderr, format: `${label} [{bar}] {value}/{total} {percentage}% | eta {eta_formatted}`, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (done: number, total: number) => {
      if (!started) {
        b.start(total, 0);
        started = true;
      }
      b.setTotal(total);
      b.update(done);
    },
    stop: () => started && b.stop(),
  };
};

const fmt = (v: number | null): string => (v === null ? '—' : Number.isInteger(v) ? String(v) : Math.abs(v) >= 100 ? v.toFixed(1) : v.toFixed(4));

export const spreadTable = (s: FigureSpreads, keys: readonly FigureKey[] = FIGURE_KEYS, targets: Partial<Record<FigureKey, number>> = {}): string[] => {
  const lines = [`${'figure'.padEnd(28)}${'mean'.padStart(12)}${'5%'.padStart(12)}${'95%'.padStart(12)}${Object.keys(targets).length ? 'target'.padStart(12) : ''}`];
  for (const k of keys) {
    const t = targets[k];
    lines.push(`${k.padEnd(28)}${fmt(s[k].mean).padStart(12)}${fmt(s[k].p5).padStart(12)}${fmt(s[k].p95).padStart(12)}${t !== undefined ? fmt(t).padStart(12) : ''}`);
  }
  return lines;
};

const paramsFrom = (preset: string, sets: readonly string[]): Params => withOverrides(presetParams(preset), sets);

export const simulateCommand =
  (o: SimCliOptions = {}): CliCommand =>
  (program) => {
    const print = o.print ?? ((line: string) => process.stdout.write(`${line}\n`));
    program
      .command('simulate')
      .description('simulate a year of the Politburo through the engine and write the record(s) (synthetic)')
      .option('--preset <name>', 'parameter preset', '1934')
      .option('--seed <n>', 'seed of the (first) run', '1')
      .option('--runs <k>', 'number of runs (seeds seed..seed+k−1), one folder each under --out')
      .option('--set <name=value>', 'override a parameter (repeatable)', collect, [])
      .option('--workers <n>', 'worker threads (default: all cores)')
      .requiredOption('--out <dir>', 'where to write the record (with --runs: one folder per run)')
      .action(async (opts: { preset: string; seed: string; runs?: string; set: string[]; workers?: string; out: string }) => {
        const params = paramsFrom(opts.preset, opts.set);
        const seed = int('seed', opts.seed, 0);
        if (opts.runs === undefined) {
          await writeRecordDir(simulate(params, seed, { preset: opts.preset }), opts.out);
          print(`wrote ${opts.out} (preset ${opts.preset}, seed ${seed}, synthetic)`);
          return;
        }
        const runs = int('runs', opts.runs, 1);
        await mkdir(opts.out, { recursive: true });
        const seeds = seedRange(seed, runs);
        const width = String(seeds[seeds.length - 1]).length;
        const b = bar(o.progress ?? process.stderr.isTTY === true, 'simulate');
        const results = await runMany(
          seeds.map((s) => ({ params, seed: s, preset: opts.preset, outDir: join(opts.out, `run-${String(s).padStart(width, '0')}`) })),
          { ...(opts.workers ? { workers: int('workers', opts.workers, 1) } : {}), onProgress: (d, t) => b.update(d, t) },
        );
        b.stop();
        const spreads = summarize(results.map((r) => r.figures));
        await writeFile(join(opts.out, 'summary.json'), `${JSON.stringify({ preset: opts.preset, seeds, set: opts.set, figures: spreads }, null, 2)}\n`);
        print(`${runs} runs of preset ${opts.preset} (seeds ${seeds[0]}..${seeds[seeds.length - 1]}) written under ${opts.out}`);
        for (const line of spreadTable(spreads)) print(line);
      });
  };

export const calibrateCommand =
  (o: SimCliOptions = {}): CliCommand =>
  (program) => {
    const print = o.print ?? ((line: string) => process.stdout.write(`${line}\n`));
    program
      .command('calibrate')
      .description('fit the free parameters to target report figures (simulated method of moments; see docs/simulator.md)')
      .requiredOption('--target <file|scenario>', `JSON object of target figures keyed by report keys, or a scenario's counts (${Object.keys(SCENARIO_TARGETS).join(', ')})`)
      .option('--preset <name>', 'starting preset', '1934')
      .option('--set <name=value>', 'override a starting parameter (repeatable)', collect, [])
      .option('--budget <n>', 'simulated years the search may spend', '600')
      .option('--seeds-per-eval <n>', 'seeds averaged for each candidate (common random numbers)', '24')
      .option('--validation-runs <n>', 'fresh seeds run at the fitted point to report the spread', '50')
      .option('--workers <n>', 'worker threads (default: all cores)')
      .option('--out <file>', 'also write the result as JSON')
      .action(
        async (opts: { target: string; preset: string; set: string[]; budget: string; seedsPerEval: string; validationRuns: string; workers?: string; out?: string }) => {
          let raw: unknown = SCENARIO_TARGETS[opts.target];
          if (raw === undefined) {
            try {
              raw = JSON.parse(await readFile(opts.target, 'utf8'));
            } catch (e) {
              throw new DomainError('SIM_BAD_TARGET', 'validation', `Cannot read targets from ${opts.target}: ${e instanceof Error ? e.message : String(e)}`);
            }
          }
          const b = bar(o.progress ?? process.stderr.isTTY === true, 'calibrate');
          const result = await calibrate(raw, {
            base: paramsFrom(opts.preset, opts.set),
            preset: opts.preset,
            budget: int('budget', opts.budget, 1),
            seedsPerEval: int('seeds-per-eval', opts.seedsPerEval, 1),
            validationSeeds: int('validation-runs', opts.validationRuns, 0),
            ...(opts.workers ? { workers: int('workers', opts.workers, 1) } : {}),
            onProgress: (d, t) => b.update(d, t),
          });
          b.stop();
          print(`fitted (${result.simulations} simulated years, loss ${result.loss.toExponential(2)}):`);
          for (const [k, v] of Object.entries(result.fitted)) print(`  ${k} = ${fmt(v ?? null)}`);
          print('');
          print('figures at the fitted parameters (fresh validation seeds):');
          const keys = Object.keys(result.targets) as FigureKey[];
          for (const line of spreadTable(result.achieved, keys, result.targets)) print(line);
          print('');
          print(`use: --set ${Object.entries(result.fitted)
            .map(([k, v]) => `${k}=${v}`)
            .join(' --set ')}`);
          if (opts.out) await writeFile(opts.out, `${JSON.stringify(result, null, 2)}\n`);
        },
      );
  };

export const compareCommand =
  (o: SimCliOptions = {}): CliCommand =>
  (program) => {
    const print = o.print ?? ((line: string) => process.stdout.write(`${line}\n`));
    program
      .command('compare')
      .description(`run a baseline and a counterfactual over the same seeds (scenarios: ${Object.keys(SCENARIOS).join(', ')})`)
      .option('--preset <name>', `baseline preset (${Object.keys(PRESETS).join(', ')})`, '1934')
      .option('--scenario <name>', 'named counterfactual')
      .option('--set <name=value>', 'counterfactual override (repeatable; applied after --scenario)', collect, [])
      .option('--runs <k>', 'paired seeds', '50')
      .option('--seed <n>', 'first seed', '1')
      .option('--workers <n>', 'worker threads (default: all cores)')
      .option('--plot <file.svg>', 'draw the comparison as SVG')
      .option('--json <file>', 'also write the comparison as JSON')
      .option('--readings', `run it under both readings of 1934 (presets ${READINGS_PRESETS.join(' and ')}) and say under which the effect holds`)
      .action(async (opts: { preset: string; scenario?: string; set: string[]; runs: string; seed: string; workers?: string; plot?: string; json?: string; readings?: boolean }) => {
        if (!opts.scenario && opts.set.length === 0) {
          throw new DomainError('SIM_BAD_OPTION', 'validation', `Name a --scenario (${Object.keys(SCENARIOS).join(', ')}) or give --set overrides.`);
        }
        const b = bar(o.progress ?? process.stderr.isTTY === true, 'compare');
        const presets = opts.readings ? READINGS_PRESETS : [opts.preset];
        const results: Comparison[] = [];
        for (const [i, preset] of presets.entries()) {
          results.push(
            await compare({
              preset,
              ...(opts.scenario ? { scenario: opts.scenario } : {}),
              set: opts.set,
              runs: int('runs', opts.runs, 2),
              firstSeed: int('seed', opts.seed, 0),
              ...(opts.workers ? { workers: int('workers', opts.workers, 1) } : {}),
              onProgress: (d, t) => b.update(i * t + d, presets.length * t),
            }),
          );
        }
        b.stop();
        for (const c of results) {
          print(`${opts.scenario ?? 'counterfactual'}${opts.set.length ? ` + ${opts.set.join(' ')}` : ''} vs ${c.preset}: ${c.seeds.length} paired seeds`);
          print(`${'figure'.padEnd(28)}${'baseline'.padStart(12)}${'counterf.'.padStart(12)}${'difference'.padStart(12)}  95% CI (paired bootstrap)`);
          for (const f of c.figures) {
            print(
              `${f.key.padEnd(28)}${fmt(f.baseline.mean).padStart(12)}${fmt(f.counterfactual.mean).padStart(12)}${fmt(f.difference.mean).padStart(12)}  [${fmt(f.difference.lo)}, ${fmt(f.difference.hi)}]`,
            );
          }
          print('');
        }
        if (results.length > 1) for (const line of readingsVerdict(results)) print(line);
        if (opts.plot) {
          await writeFile(opts.plot, comparisonSvg(results[0]!));
          print(`plot: ${opts.plot}`);
        }
        if (opts.json) await writeFile(opts.json, `${JSON.stringify(results.length > 1 ? { readings: results, holds: holdsUnder(results) } : results[0], null, 2)}\n`);
      });
  };

/** The two readings of 1934 as presets: the quoted figures and the archive's. */
export const READINGS_PRESETS = ['1934', '1934-evidence'] as const;

/** Per figure: under which readings the counterfactual's effect is clear (its 95% interval excludes 0). */
export const holdsUnder = (results: readonly Comparison[]): Array<{ key: FigureKey; clearUnder: string[]; differences: Array<{ preset: string; mean: number | null; lo: number | null; hi: number | null }> }> =>
  results[0]!.figures.map((f) => {
    const per = results.map((c) => ({ preset: c.preset, d: c.figures.find((x) => x.key === f.key)!.difference }));
    return {
      key: f.key,
      clearUnder: per.filter((p) => p.d.lo !== null && p.d.hi !== null && (p.d.lo > 0 || p.d.hi < 0)).map((p) => p.preset),
      differences: per.map((p) => ({ preset: p.preset, mean: p.d.mean, lo: p.d.lo, hi: p.d.hi })),
    };
  });

const readingsVerdict = (results: readonly Comparison[]): string[] => {
  const all = results.map((c) => c.preset);
  const lines = [`Under both readings (${all.join(' and ')}): where the effect is clear (95% interval excludes 0)`];
  for (const h of holdsUnder(results)) {
    const verdict = h.clearUnder.length === all.length ? 'under both' : h.clearUnder.length === 0 ? 'under neither' : `only under ${h.clearUnder.join(', ')}`;
    lines.push(`  ${h.key.padEnd(28)}${verdict}`);
  }
  return lines;
};

export const cliCommands: CliCommand[] = [simulateCommand(), calibrateCommand(), compareCommand()];
