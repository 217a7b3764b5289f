/**
 * What verifying a backup's chain costs a restore (docs/security.md): the 1934 scenario
 * backed up once, then restored as a format-2 file (chain verified) and as the same file
 * stripped to format 1 (no chain), interleaved in one run. Prints both times of each of
 * `--pairs` pairs and the median ratio; the verification alone is timed apart as well.
 *
 *   npx tsx bench/restore-chain.ts [--pairs 5]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openBodies, streams } from '@politburo/server';
import { openStore, type StreamLink, verifyLinkSet } from '@politburo/store';
import { parseFlags } from './bench-support.ts';

const flags = parseFlags(process.argv.slice(2), { pairs: '5' });
const pairs = Number(flags.pairs);
const dir = mkdtempSync(join(tmpdir(), 'politburo-restore-chain-'));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

const store = await openStore(join(dir, 'bench.db'));
const bodies = await openBodies(store);
await bodies.ensureScenario('1934');
const backup = await bodies.backup('1934');
const { chain: _chain, ...rest } = backup;
const unchained = { ...rest, format: 'politburo-backup/1' as const };
const events = backup.events.length + backup.server.length + backup.accounts.length;

const timed = async (work: () => Promise<unknown>): Promise<number> => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};
const v2: number[] = [];
const v1: number[] = [];
for (let i = 0; i < pairs; i++) {
  v2.push(await timed(() => bodies.restore(structuredClone(backup), { id: `v2-${i}`, actor: 'bench' })));
  v1.push(await timed(() => bodies.restore(structuredClone(unchained), { id: `v1-${i}`, actor: 'bench' })));
  console.log(`pair ${i + 1}: verified ${v2.at(-1)!.toFixed(0)} ms, unverified ${v1.at(-1)!.toFixed(0)} ms`);
}
const rows = (raw: unknown[], links: typeof backup.chain.events, streamId: string): StreamLink[] =>
  links.map((l, i) => ({ ...l, streamId, type: String((raw[i] as { type: string }).type), data: JSON.stringify(raw[i]), meta: JSON.stringify(l.meta) }));
const check = await timed(async () =>
  verifyLinkSet([
    { streamId: streams.body('1934'), rows: rows(backup.events, backup.chain.events, streams.body('1934')) },
    { streamId: streams.server('1934'), rows: rows(backup.server, backup.chain.server, streams.server('1934')) },
  ]),
);
console.log(`${events} events; restore median: verified ${median(v2).toFixed(0)} ms, unverified ${median(v1).toFixed(0)} ms (×${(median(v2) / median(v1)).toFixed(2)}); the chain check alone ${check.toFixed(0)} ms`);
bodies.repo.stop();
await store.close();
rmSync(dir, { recursive: true, force: true });
