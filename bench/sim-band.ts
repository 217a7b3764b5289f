/**
 * The simulator's spread a classroom debrief shows (mean and 5–95% over 100 runs of the
 * calibrated 1934 preset), computed once and written beside the server's loader
 * (packages/server/src/classes/sim-band-1934.json): the server uses it while the preset's
 * parameters hash to the same value, and computes a fresh one otherwise.
 *
 *   npx tsx bench/sim-band.ts [runs=100] [workers=2]
 */
import { writeFileSync } from 'node:fs';
import { computeBand } from '../packages/server/src/classes/sim-band.ts';

const runs = Number(process.argv[2] ?? 100);
const workers = Number(process.argv[3] ?? 2);
const t0 = performance.now();
const band = await computeBand(runs, 1, workers);
const seconds = (performance.now() - t0) / 1000;
writeFileSync(new URL('../packages/server/src/classes/sim-band-1934.json', import.meta.url), `${JSON.stringify(band)}\n`);
console.log(`${runs} runs on ${workers} workers in ${seconds.toFixed(1)} s (${(seconds / runs).toFixed(2)} s a run)`);
for (const [k, s] of Object.entries(band.spreads)) console.log(`  ${k.padEnd(28)} mean ${s.mean?.toFixed(1) ?? '—'}  5–95% ${s.p5 ?? '—'}–${s.p95 ?? '—'}`);
