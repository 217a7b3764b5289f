import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
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
});
