/**
 * `politburo import` of a large record into SQLite against its baseline measured in the
 * same run: raw better-sqlite3 inserting the very same event rows (read back from the
 * imported database) in one transaction, with the same schema and pragmas. Each side
 * is its own process, run under /usr/bin/time for its peak RSS; the pairs interleave.
 *
 *   npx tsx bench/import-throughput.ts --dir bench/out/100k [--pairs 5]
 *
 * Make the record first with bench/generate-record.ts. The raw side also times the hash
 * chain alone over the same rows (canonical JSON + SHA-256 per event, as the store
 * computes it), to show what share of an import it is.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLine, median, parseFlags } from './bench-support.ts';

const flags = parseFlags(process.argv.slice(2), { dir: 'bench/out/100k', pairs: '5', child: '', from: '', to: '' });

const timedProcess = (cmd: string[], env: NodeJS.ProcessEnv = {}): { wallS: number; maxRssMiB: number; stdout: string } => {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', ...cmd], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${cmd.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  const m = /TIME ([\d.]+) (\d+)/.exec(r.stderr);
  if (!m) throw new Error(`no /usr/bin/time line in:\n${r.stderr}`);
  return { wallS: Number(m[1]), maxRssMiB: Number(m[2]) / 1024, stdout: r.stdout };
};

if (flags.child === 'raw') {
  // The baseline: the same rows, one prepared INSERT each, one transaction.
  const Database = (await import('better-sqlite3')).default;
  const { canonicalJson, GENESIS_HASH, linkHash } = await import('@politburo/store');
  const src = new Database(flags.from, { readonly: true });
  const rows = src.prepare('SELECT position, stream_id, version, type, data, meta, recorded_at, hash FROM events ORDER BY position').all() as Array<Record<string, unknown>>;
  const schema = src.prepare("SELECT sql FROM sqlite_master WHERE name = 'events' AND type = 'table'").get() as { sql: string };
  src.close();
  const dst = new Database(flags.to);
  dst.pragma('journal_mode = WAL');
  dst.pragma('synchronous = FULL');
  dst.exec(schema.sql);
  const insert = dst.prepare('INSERT INTO events (position, stream_id, version, type, data, meta, recorded_at, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const t0 = performance.now();
  dst.transaction(() => {
    for (const r of rows) insert.run(r.position, r.stream_id, r.version, r.type, r.data, r.meta, r.recorded_at, r.hash);
  })();
  const insertMs = performance.now() - t0;
  dst.close();
  const h0 = performance.now();
  // As the store's insert computes it: the link over canonical payload and meta, the meta's text canonicalised once.
  let previous = GENESIS_HASH;
  const metas = new Map<string, string>();
  for (const r of rows) {
    const metaText = r.meta as string;
    let meta = metas.get(metaText);
    if (meta === undefined) metas.set(metaText, (meta = canonicalJson(JSON.parse(metaText))));
    previous = linkHash(previous, JSON.stringify(r.stream_id), Number(r.version), r.type as string, canonicalJson(JSON.parse(r.data as string)), meta);
  }
  const hashMs = performance.now() - h0;
  const last = rows.at(-1)?.hash;
  if (last !== previous) throw new Error('the recomputed chain does not end in the stored hash');
  console.log(JSON.stringify({ rows: rows.length, insertMs, hashMs }));
  process.exit(0);
}

const pairs = Number(flags.pairs);
const work = mkdtempSync(join(tmpdir(), 'politburo-import-bench-'));
console.log(`import of ${flags.dir}, ${pairs} interleaved pairs; ${await loadLine()}`);
const results: Array<{ importS: number; importRss: number; startS: number; rawS: number; rawInsertS: number; rawRss: number; hashS: number; rows: number }> = [];
try {
  for (let i = 0; i < pairs; i++) {
    const db = join(work, `import-${i}.db`);
    const imp = timedProcess(['node', '--import', 'tsx', 'packages/cli/src/main.ts', 'import', flags.dir, '--db', db]);
    // The same CLI started and ended with nothing to do: what of the import's wall is Node, tsx and loading the code.
    const start = timedProcess(['node', '--import', 'tsx', 'packages/cli/src/main.ts', '--help']);
    const raw = timedProcess(['node', '--import', 'tsx', 'bench/import-throughput.ts', '--child', 'raw', '--from', db, '--to', join(work, `raw-${i}.db`)]);
    const r = JSON.parse(raw.stdout.trim().split('\n').at(-1)!) as { rows: number; insertMs: number; hashMs: number };
    results.push({ importS: imp.wallS, importRss: imp.maxRssMiB, startS: start.wallS, rawS: raw.wallS, rawInsertS: r.insertMs / 1000, rawRss: raw.maxRssMiB, hashS: r.hashMs / 1000, rows: r.rows });
    process.stderr.write(
      `  pair ${i + 1}/${pairs}: import ${imp.wallS.toFixed(1)} s, ${imp.maxRssMiB.toFixed(0)} MiB; raw insert ${(r.insertMs / 1000).toFixed(2)} s; hash chain ${(r.hashMs / 1000).toFixed(2)} s\n`,
    );
    rmSync(db, { force: true });
    rmSync(join(work, `raw-${i}.db`), { force: true });
  }
} finally {
  execFileSync('rm', ['-rf', work]);
}
const rows = results[0]!.rows;
const importS = median(results.map((r) => r.importS));
const rawInsertS = median(results.map((r) => r.rawInsertS));
console.log(`events: ${rows.toLocaleString('en')}`);
console.log(`politburo import (whole process: read, validate, decide, hash, write): median ${importS.toFixed(2)} s → ${Math.round(rows / importS).toLocaleString('en')} events/s; peak RSS median ${median(results.map((r) => r.importRss)).toFixed(0)} MiB`);
console.log(`raw better-sqlite3, same rows, one transaction: median ${rawInsertS.toFixed(2)} s → ${Math.round(rows / rawInsertS).toLocaleString('en')} events/s (its process ${median(results.map((r) => r.rawS)).toFixed(1)} s)`);
console.log(`hash chain alone over the same rows: median ${median(results.map((r) => r.hashS)).toFixed(2)} s (${Math.round(100 * median(results.map((r) => r.hashS / r.importS)))}% of the import's time)`);
console.log(`ratio (raw time / import time, median of pairs): ×${median(results.map((r) => r.rawInsertS / r.importS)).toFixed(3)} (goal ≥ ×0.5)`);
console.log(
  `the import less the CLI's start-up (${median(results.map((r) => r.startS)).toFixed(2)} s, \`--help\` in the same pair): ×${median(results.map((r) => r.rawInsertS / Math.max(0.01, r.importS - r.startS))).toFixed(3)}`,
);
