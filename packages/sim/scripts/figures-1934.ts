/**
 * Measures the 1934 preset's claim: `npx tsx packages/sim/scripts/figures-1934.ts [runs=200] [firstSeed=1]`.
 * Prints each report figure's mean and 5–95% range (nearest rank) over the seeds,
 * the published value, the relative error of the mean and whether the published value
 * lies inside the range. Exit code 1 if the claim fails.
 */
import { presetParams, TARGETS_1934 } from '../src/presets.ts';
import { runMany, seedRange } from '../src/runner.ts';
import { summarize } from '../src/stats.ts';

const runs = Number(process.argv[2] ?? 200);
const first = Number(process.argv[3] ?? 1);
const t0 = performance.now();
const results = await runMany(
  seedRange(first, runs).map((seed) => ({ params: presetParams('1934'), seed, preset: '1934' })),
  { onProgress: (d, t) => process.stderr.write(`\r${d}/${t}`) },
);
process.stderr.write('\n');
const s = summarize(results.map((r) => r.figures));
let ok = true;
console.log(`preset 1934, seeds ${first}..${first + runs - 1}, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
console.log('| figure | published | mean | 5% | 95% | mean vs published | inside 5–95% |');
console.log('|---|---:|---:|---:|---:|---:|:---:|');
for (const [k, v] of Object.entries(s)) {
  const target = (TARGETS_1934 as Record<string, number>)[k];
  const rel = target !== undefined ? v.mean! / target - 1 : null;
  const inside = target !== undefined ? v.p5! <= target && target <= v.p95! : null;
  if (target !== undefined && (Math.abs(rel!) > 0.02 || !inside)) ok = false;
  const f = (x: number | null) => (x === null ? '—' : Number.isInteger(x) ? String(x) : x.toFixed(x > 100 ? 1 : 4));
  console.log(`| ${k} | ${target ?? ''} | ${f(v.mean)} | ${f(v.p5)} | ${f(v.p95)} | ${rel === null ? '' : `${(rel * 100).toFixed(2)}%`} | ${inside === null ? '' : inside ? 'yes' : 'NO'} |`);
}
console.log(ok ? 'claim holds' : 'CLAIM FAILS');
process.exitCode = ok ? 0 : 1;
