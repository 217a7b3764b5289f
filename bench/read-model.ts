/**
 * The read-path decision of the engine issue: the register is served from the
 * in-memory projection each process folds (the SQL read model, `rm_*`, was measured
 * against it and removed; bench/README.md has both sets of figures and the commit the
 * SQL ones were taken on). Measures, with 1 and with N bodies (copies of the 1934 demo
 * copy) in one SQLite file:
 *   - heap per loaded body when every body is folded in memory, and the time to fold them;
 *   - the register page (50 rows, a member's view) over real HTTP, with 1 body and
 *     spread over all N.
 *
 *   npx tsx --expose-gc bench/read-model.ts [--bodies 300] [--pages 200]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { parseFlags } from './bench-support.ts';

const flags = parseFlags(process.argv.slice(2), { bodies: '300', pages: '200' });
const bodies = Number(flags.bodies);
const pages = Number(flags.pages);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc (npx tsx --expose-gc bench/read-model.ts)');
const heap = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const mib = (n: number): string => `${(n / 2 ** 20).toFixed(1)} MiB`;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

const dir = mkdtempSync(join(tmpdir(), 'politburo-rm-'));
const file = join(dir, 'rm.db');
const { startServer } = await import('@politburo/server');

// 1. The scenario and its demo copy through the real path.
let t = performance.now();
const first = await startServer({ port: 0, databaseUrl: file, demo: true, demoPassword: 'bench-password', schedulerIntervalMs: 3_600_000, webRoot: false });
const importMs = performance.now() - t;
await first.close();

// 2. N-1 more copies of the demo copy, made in SQL, so
//    that 300 bodies take seconds to build instead of many minutes.
const db = new Database(file);
const srcStreams = ['body-1934-demo', 'srv-1934-demo', 'acct-1934-demo'];
const indexRow = db.prepare("SELECT type, data, meta FROM events WHERE stream_id = 'srv-index' AND data LIKE '%1934-demo%'").get() as { type: string; data: string; meta: string };
const build = db.transaction(() => {
  for (let k = 1; k < bodies; k++) {
    const id = `copy-${k}`;
    for (const s of srcStreams) {
      const target = s.replace('1934-demo', id);
      const last = (db.prepare('SELECT last FROM store_position WHERE id = 1').get() as { last: number }).last;
      const n = db.prepare('INSERT INTO events (position, stream_id, version, type, data, meta, recorded_at) SELECT ? + version, ?, version, type, data, meta, recorded_at FROM events WHERE stream_id = ?').run(last, target, s).changes;
      db.prepare('UPDATE store_position SET last = last + ? WHERE id = 1').run(n);
      db.prepare('INSERT INTO streams (stream_id, version) VALUES (?, ?)').run(target, n);
    }
    const version = (db.prepare("SELECT version FROM streams WHERE stream_id = 'srv-index'").get() as { version: number }).version;
    const last = (db.prepare('SELECT last FROM store_position WHERE id = 1').get() as { last: number }).last + 1;
    db.prepare('UPDATE store_position SET last = ? WHERE id = 1').run(last);
    db.prepare("INSERT INTO events (position, stream_id, version, type, data, meta, recorded_at) VALUES (?, 'srv-index', ?, ?, ?, ?, ?)").run(
      last,
      version + 1,
      indexRow.type,
      indexRow.data.replaceAll('1934-demo', id),
      indexRow.meta,
      new Date().toISOString(),
    );
    db.prepare("UPDATE streams SET version = ? WHERE stream_id = 'srv-index'").run(version + 1);
  }
});
build();
const eventsPerBody = (db.prepare("SELECT version FROM streams WHERE stream_id = 'body-1934-demo'").get() as { version: number }).version;
db.close();

// 3. In memory: fold 1, then all N bodies, and page the register through the app.
const api = await startServer({ port: 0, databaseUrl: file, demo: false, schedulerIntervalMs: 3_600_000, webRoot: false });
const repo = api.services.repo;
const base = heap();
await repo.get('1934-demo');
const oneBody = heap() - base;
const ids = (await repo.list()).map((l) => l.bodyId).filter((id) => id === '1934-demo' || id.startsWith('copy-'));
t = performance.now();
for (const id of ids) await repo.get(id);
const foldAllMs = performance.now() - t;
const allBodies = heap() - base;

const pageVia = async (id: string, page: number): Promise<number> => {
  const s = performance.now();
  const res = await fetch(`${api.url}/api/bodies/${id}/decisions?pageSize=50&page=${page}`);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`register page: ${res.status}`);
  return performance.now() - s;
};
const memOne: number[] = [];
const memAll: number[] = [];
for (let i = 0; i < pages; i++) memOne.push(await pageVia('1934-demo', 1 + (i % 60)));
for (let i = 0; i < pages; i++) memAll.push(await pageVia(ids[i % ids.length]!, 1 + (i % 60)));
await api.close();

rmSync(dir, { recursive: true, force: true });

console.log(`bodies: ${ids.length} (each ${eventsPerBody} events; the 1934 import + demo copy took ${(importMs / 1000).toFixed(1)} s with the read model)`);
console.log(`in memory: heap ${mib(oneBody)} for one body, ${mib(allBodies)} for ${ids.length} (${mib(allBodies / ids.length)} a body); folding all took ${(foldAllMs / 1000).toFixed(1)} s`);
console.log(`register page, median of ${pages}: in memory (HTTP, 1 body) ${median(memOne).toFixed(2)} ms, (HTTP, ${ids.length} bodies) ${median(memAll).toFixed(2)} ms`);
