import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, verifyLog } from '@politburo/store';
import { openEventStore } from './services.ts';

/**
 * Migration 2 on a database written by the previous release (migration 1 only), with the
 * server's part of it (`store-migrations.ts`): the server's facts stored in `RecordMetaSet`
 * envelopes become events of their own type,
 * an envelope in a body stream (a record's meta) stays what it was, the read-model
 * tables go, and every event has a hash column. Both dialects.
 */
const listed = { type: 'ServerBodyListed', bodyId: 'b', name: 'B', readOnly: false, scenario: null };
const OLD_ROWS: Array<[number, string, number, string, string]> = [
  [1, 'body-b', 1, 'BodyCreated', JSON.stringify({ type: 'BodyCreated', bodyId: 'b', name: 'B', settings: { quorum: { type: 'half-plus-one' }, hideResultsUntilClosed: false }, convocation: 'c', at: '1934-01-01T00:00' })],
  [2, 'body-b', 2, 'RecordMetaSet', JSON.stringify({ type: 'RecordMetaSet', meta: { politburoServer: { type: 'DecisionRegistered', smuggled: true } } })],
  [3, 'srv-index', 1, 'RecordMetaSet', JSON.stringify({ type: 'RecordMetaSet', meta: { politburoServer: listed } })],
];

const check = async (url: string) => {
  const store = await openEventStore(url);
  try {
    const index = await store.read('srv-index');
    expect(index.map((e) => e.event)).toEqual([listed]);
    const body = await store.read('body-b');
    expect(body[1]?.event).toEqual({ type: 'RecordMetaSet', meta: { politburoServer: { type: 'DecisionRegistered', smuggled: true } } });
    // Migration 3 chained the old events: the log verifies, and new appends continue the chain.
    expect((await verifyLog(store)).ok).toBe(true);
    const next = { type: 'ConvocationStarted', convocation: 'd', at: '1934-02-01T00:00' };
    await store.append('body-b', [next], { expectedVersion: 2 });
    expect(await verifyLog(store)).toMatchObject({ ok: true, events: 4 });
    // Opening again applies nothing twice.
    await store.close();
    const again = await openEventStore(url);
    expect((await again.read('srv-index')).map((e) => e.event)).toEqual([listed]);
    await again.close();
  } finally {
    await store.close().catch(() => undefined);
  }
};

describe('migrations 2 and 3 (generic log, no SQL read model, hash column and chain)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'politburo-migrate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('SQLite: unwraps the server envelopes, leaves body meta alone, drops rm_* and adds events.hash', async () => {
    const file = join(dir, 'old.db');
    const db = new Database(file);
    db.exec('CREATE TABLE store_migrations (id INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    for (const sql of MIGRATIONS[0] as readonly (string | { sqlite: string })[]) db.exec(typeof sql === 'string' ? sql : sql.sqlite);
    db.prepare('INSERT INTO store_migrations VALUES (1, ?)').run(new Date().toISOString());
    for (const [position, stream, version, type, data] of OLD_ROWS) {
      db.prepare("INSERT INTO events VALUES (?, ?, ?, ?, ?, '{}', 'x')").run(position, stream, version, type, data);
    }
    db.prepare('UPDATE store_position SET last = 3').run();
    db.prepare("INSERT INTO streams VALUES ('body-b', 2), ('srv-index', 1)").run();
    db.close();
    await check(file);
    const after = new Database(file);
    const tables = (after.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables.filter((t) => t.startsWith('rm_'))).toEqual([]);
    expect((after.prepare('PRAGMA table_info(events)').all() as { name: string }[]).map((c) => c.name)).toContain('hash');
    after.close();
  });

  it('PostgreSQL: the same', async () => {
    const base = process.env.POLITBURO_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    const schema = `mig_${process.pid}_${Date.now().toString(36)}`;
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA ${schema}`);
      await client.query(`SET search_path TO ${schema}`);
      await client.query('CREATE TABLE store_migrations (id INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
      for (const sql of MIGRATIONS[0] as readonly (string | { postgres: string })[]) await client.query(typeof sql === 'string' ? sql : sql.postgres);
      await client.query("INSERT INTO store_migrations VALUES (1, 'x')");
      for (const row of OLD_ROWS) await client.query("INSERT INTO events VALUES ($1, $2, $3, $4, $5, '{}', 'x')", row);
      await client.query('UPDATE store_position SET last = 3');
      await client.query("INSERT INTO streams VALUES ('body-b', 2), ('srv-index', 1)");
      await check(`${base}?schema=${schema}`);
      const tables = await client.query("SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name LIKE 'rm_%'", [schema]);
      expect(tables.rows).toEqual([]);
      const cols = await client.query("SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'events'", [schema]);
      expect(cols.rows.map((r: { column_name: string }) => r.column_name)).toContain('hash');
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
      await client.end();
    }
  });
});
