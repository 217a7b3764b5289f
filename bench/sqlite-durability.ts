/**
 * The durability choice for SQLite (docs/security.md): the store's own append (one
 * command = one transaction, hash chain included) with `synchronous = NORMAL` against
 * `synchronous = FULL`, in WAL mode, interleaved in one run. Prints appends per second
 * and the ratio for each of `--pairs` pairs, and the median.
 *
 *   npx tsx bench/sqlite-durability.ts [--appends 2000] [--pairs 5]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore } from '@politburo/store';
import { parseFlags } from './bench-support.ts';

const flags = parseFlags(process.argv.slice(2), { appends: '2000', pairs: '5' });
const appends = Number(flags.appends);
const pairs = Number(flags.pairs);
const dir = mkdtempSync(join(tmpdir(), 'politburo-durability-'));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

const run = async (mode: 'NORMAL' | 'FULL', n: number): Promise<number> => {
  const prior = process.env.POLITBURO_SQLITE_SYNCHRONOUS;
  process.env.POLITBURO_SQLITE_SYNCHRONOUS = mode;
  const store = await openStore(join(dir, `${mode}-${n}.db`));
  if (prior === undefined) delete process.env.POLITBURO_SQLITE_SYNCHRONOUS;
  else process.env.POLITBURO_SQLITE_SYNCHRONOUS = prior;
  const started = performance.now();
  for (let i = 0; i < appends; i++) {
    const event = { type: 'MemberAdmitted', member: { id: `m${i}`, name: `Member ${i}`, role: 'member' }, at: '1934-08-01T10:00' };
    await store.append('body-b', [event], { expectedVersion: i });
  }
  const perSecond = appends / ((performance.now() - started) / 1000);
  await store.close();
  return perSecond;
};

const ratios: number[] = [];
const normal: number[] = [];
const full: number[] = [];
for (let p = 0; p < pairs; p++) {
  const a = await run('NORMAL', p);
  const b = await run('FULL', p);
  normal.push(a);
  full.push(b);
  ratios.push(b / a);
  console.error(`pair ${p + 1}/${pairs}: NORMAL ${a.toFixed(0)}/s, FULL ${b.toFixed(0)}/s, FULL/NORMAL ×${(b / a).toFixed(2)}`);
}
rmSync(dir, { recursive: true, force: true });
console.log(`median of ${pairs} pairs, ${appends} single-event appends each: NORMAL ${median(normal).toFixed(0)}/s, FULL ${median(full).toFixed(0)}/s, FULL/NORMAL ×${median(ratios).toFixed(2)}`);
