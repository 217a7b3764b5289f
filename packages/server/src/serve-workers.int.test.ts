import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '@politburo/store';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streams } from './bodies/server-events.ts';
import { TestClient } from './test-support/http-client.ts';

const CHILD = fileURLToPath(new URL('./test-support/serve-workers-child.ts', import.meta.url));
const WRITES = 240;
const AT_ONCE = 60;
const PG = 'postgres://postgres@127.0.0.1:5432/test';

/**
 * `serve --workers 2` over real HTTP, on one SQLite file and on one PostgreSQL schema: a burst
 * of writes to one body, sent on many connections at once (the cluster hands the connections
 * to the two workers in turn), all answered 201 and each in the store exactly once — the two
 * workers' appends to the one stream meet at its expected version and the loser decides again.
 */
describe.each(['sqlite', 'postgres'] as const)('serve --workers 2 on one %s store', (kind) => {
  const dir = mkdtempSync(join(tmpdir(), 'politburo-workers-'));
  const schema = `wrk_${randomBytes(5).toString('hex')}`;
  const db = kind === 'sqlite' ? join(dir, 'workers.db') : `${PG}?schema=${schema}`;
  let child: ChildProcess;
  let url: string;

  beforeAll(async () => {
    if (kind === 'postgres') {
      // fail, not skip, when PostgreSQL is down
      const probe = new pg.Client({ connectionString: PG });
      await probe.connect();
      await probe.end();
    }
    child = spawn(process.execPath, ['--import', 'tsx', CHILD, db, '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      let err = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /READY (\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
      child.on('exit', (code) => reject(new Error(`workers exited (${code}): ${err}`)));
    });
  }, 60_000);

  afterAll(async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
    if (kind === 'postgres') {
      const client = new pg.Client({ connectionString: PG });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    }
  });

  it(`${WRITES} concurrent writes to one body, spread over both workers, all land exactly once`, async () => {
    const sec = await new TestClient(url).ready();
    const created = await sec.json('POST', '/api/bodies', {
      id: 'storm',
      name: 'Two workers, one body',
      founder: { memberId: 'sec', name: 'Secretary', role: 'secretariat', username: 'sec', password: 'password-sec' },
    });
    expect(created.status).toBe(201);
    await sec.login('storm', 'sec', 'password-sec');
    const ids = Array.from({ length: WRITES }, (_, i) => `w-${i}`);
    const statuses: number[] = [];
    for (let i = 0; i < ids.length; i += AT_ONCE) {
      const batch = await Promise.all(ids.slice(i, i + AT_ONCE).map((itemId) => sec.json('POST', '/api/bodies/storm/items', { itemId, title: `Written through a worker: ${itemId}` })));
      statuses.push(...batch.map((r) => r.status));
    }
    expect(statuses).toEqual(Array(WRITES).fill(201));

    // Every worker sees every write (it folds the others' from the store), and the store holds each once.
    const register = await sec.json<{ items: Array<{ id: string }> }>('GET', '/api/bodies/storm/items');
    expect(register.status).toBe(200);
    const store = await openStore(db);
    try {
      const events = await store.read<{ type: string; item?: { id: string } }>(streams.body('storm'));
      const proposed = events.filter((e) => e.event.type === 'ItemProposed').map((e) => e.event.item!.id);
      expect(proposed.sort()).toEqual([...ids].sort());
      // gapless versions: nothing appended twice at one version, nothing skipped
      expect(events.map((e) => e.version)).toEqual(events.map((_, i) => i + 1));
    } finally {
      await store.close();
    }
  }, 120_000);

  it('a worker that dies is started again, and the port answers all the while', async () => {
    // the primary's children, from /proc (Linux, where the tests run)
    const workers = () => readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    const before = workers();
    expect(before).toHaveLength(2);
    process.kill(before[0]!, 'SIGKILL');
    // A connection kept open to the killed worker dies with it; every new one reaches a live worker.
    const fresh = () =>
      new Promise<number>((resolve, reject) => {
        get(`${url}/api/bodies`, { agent: false }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        }).on('error', reject);
      });
    const deadline = Date.now() + 20_000;
    const statuses: number[] = [];
    while (Date.now() < deadline && !(workers().length === 2 && !workers().includes(before[0]!))) {
      if (!workers().includes(before[0]!)) statuses.push(await fresh());
      await new Promise((r) => setTimeout(r, 100));
    }
    const after = workers();
    expect(after).toHaveLength(2);
    expect(after).not.toContain(before[0]);
    expect(after).toContain(before[1]);
    // while it was down the other worker answered, and now both do
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((st) => st === 200)).toBe(true);
    for (let i = 0; i < 6; i++) expect(await fresh()).toBe(200);
  }, 60_000);
});
