import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { eventHash, GENESIS_HASH } from './event-hash.ts';
import { openStore } from './open-store.ts';
import { bodyEvents } from './test-body.ts';
import { checkAgainst, makeCheckpoint, verifyLog, verifyStream } from './verify-log.ts';

/**
 * The hash-chained log against the tampering it must reveal, on both databases: the
 * store writes the chain, `verifyLog` walks it and names the first bad position, and a
 * signed checkpoint catches a log cut short or rewritten and re-chained.
 */
interface Raw {
  exec(sql: string, params?: unknown[]): Promise<void>;
  close(): Promise<void>;
}

const seed = async (url: string) => {
  const store = await openStore(url);
  const events = bodyEvents();
  await store.append('pb', events.slice(0, 8), { expectedVersion: 0, meta: { actor: 'system' } });
  await store.append('other', events.slice(0, 3), { expectedVersion: 0, meta: { actor: 'system' } });
  await store.append('pb', events.slice(8), { expectedVersion: 8, meta: { actor: 'member:kaganovich' } });
  return store;
};

const suite = (name: string, fresh: () => Promise<{ url: string; raw: () => Raw }>) =>
  describe(`the hash chain on ${name}`, () => {
    it('verifies an untouched log, and the chain is the documented one', async () => {
      const { url } = await fresh();
      const store = await seed(url);
      const result = await verifyLog(store);
      expect(result.ok).toBe(true);
      expect(result.events).toBe(14 + 3);
      const first = (await store.readChain(0, 1))[0]!;
      expect(first.hash).toBe(eventHash(GENESIS_HASH, { streamId: first.streamId, version: 1, type: first.type, payload: JSON.parse(first.data), meta: JSON.parse(first.meta) }));
      await store.close();
    });

    it('erases streams as a unit: the chain still verifies across the gap, and a deletion by hand does not', async () => {
      const { url, raw } = await fresh();
      const store = await seed(url);
      const before = await verifyLog(store);
      expect(await store.eraseStreams(['other'])).toBe(3);
      expect(await store.read('other')).toEqual([]);
      expect(await store.version('other')).toBe(0);
      expect([...(await store.erasedLinks()).keys()]).toEqual([9, 10, 11]);
      const after = await verifyLog(store);
      expect(after).toMatchObject({ ok: true, head: before.head });
      expect((await verifyStream(store, 'pb')).ok).toBe(true);
      // the log goes on after the gap, and a stream of the same name starts afresh
      await store.append('other', bodyEvents().slice(0, 1), { expectedVersion: 0, meta: { actor: 'system' } });
      expect((await verifyLog(store)).ok).toBe(true);
      await store.eraseStreams(['other']);
      expect((await verifyLog(store)).ok).toBe(true);
      // a row removed without its erasure record still shows
      const r = raw();
      await r.exec('DELETE FROM events WHERE position = 12', []);
      await r.close();
      expect((await verifyLog(store)).problem?.position).toBe(12);
      await store.close();
    });

    const tampered = async (sql: string, params: unknown[]) => {
      const { url, raw } = await fresh();
      const store = await seed(url);
      const r = raw();
      await r.exec(sql, params);
      await r.close();
      const result = await verifyLog(store);
      await store.close();
      return result;
    };

    it('names the first bad position for an edited byte, a byte that breaks the JSON, a deleted, a swapped and an inserted event', async () => {
      const edited = await tampered("UPDATE events SET data = REPLACE(data, 'хлебозаготовках', 'хлебозаготовкаХ') WHERE position = 12", []);
      expect(edited.ok).toBe(false);
      expect(edited.problem?.position).toBe(12);
      expect(edited.problem?.message).toMatch(/hash does not match/);
      const broken = await tampered("UPDATE events SET data = SUBSTR(data, 2) WHERE position = 5", []);
      expect([broken.ok, broken.problem?.position]).toEqual([false, 5]);
      expect(broken.problem?.message).toMatch(/does not parse/);
      const deleted = await tampered('DELETE FROM events WHERE position = 7', []);
      expect([deleted.ok, deleted.problem?.position]).toEqual([false, 7]);
      const swapped = await tampered(
        'UPDATE events SET data = CASE position WHEN 3 THEN (SELECT data FROM events WHERE position = 4) ELSE (SELECT data FROM events WHERE position = 3) END, type = CASE position WHEN 3 THEN (SELECT type FROM events WHERE position = 4) ELSE (SELECT type FROM events WHERE position = 3) END WHERE position IN (3, 4)',
        [],
      );
      expect([swapped.ok, swapped.problem?.position]).toEqual([false, 3]);
      const last = await tampered('DELETE FROM events WHERE position = 17', []);
      expect([last.ok, last.problem?.position]).toEqual([false, 17]);
      expect(last.problem?.message).toMatch(/ends at 16/);
      const protocolNo = await tampered(`UPDATE events SET data = REPLACE(data, '"protocolNo":10', '"protocolNo":19') WHERE position = 12`, []);
      expect([protocolNo.ok, protocolNo.problem?.position]).toEqual([false, 12]);
      // An event slipped in at the end, its hash chained correctly: the store's counter never handed out its position.
      const { url, raw } = await fresh();
      const store = await seed(url);
      const head = (await verifyLog(store)).head!;
      const payload = { type: 'MemberRetired', memberId: 'molotov', on: '1934-09-01', at: '1934-09-01T10:00' };
      const hash = eventHash(head.hash, { streamId: 'pb', version: 15, type: payload.type, payload, meta: {} });
      const r = raw();
      await r.exec("INSERT INTO events (position, stream_id, version, type, data, meta, recorded_at, hash) VALUES (18, 'pb', 15, 'MemberRetired', ?, '{}', 'x', ?)", [JSON.stringify(payload), hash]);
      await r.close();
      const inserted = await verifyLog(store);
      expect([inserted.ok, inserted.problem?.position]).toEqual([false, 18]);
      expect(inserted.problem?.message).toMatch(/never handed out/);
      await store.close();
    });

    it('a signed checkpoint catches a log cut short or rewritten and re-chained; an altered checkpoint fails its signature', async () => {
      const { url, raw } = await fresh();
      const store = await seed(url);
      const { privateKey } = generateKeyPairSync('ed25519');
      const cp = makeCheckpoint(await verifyLog(store), '2026-12-01T00:00:00Z', privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
      expect(cp.signature).toBeTruthy();
      expect((await checkAgainst(store, cp, await verifyLog(store))).ok).toBe(true);
      // Rewrite an early event and recompute every hash after it: the chain verifies on its own…
      const r = raw();
      await r.exec("UPDATE events SET data = REPLACE(data, 'Politburo', 'Polit-buro') WHERE position = 1", []);
      await r.close();
      const rows = await store.readChain(0, 100);
      let previous = GENESIS_HASH;
      const again = raw();
      for (const row of rows) {
        previous = eventHash(previous, { streamId: row.streamId, version: row.version, type: row.type, payload: JSON.parse(row.data), meta: JSON.parse(row.meta) });
        await again.exec('UPDATE events SET hash = ? WHERE position = ?', [previous, row.position]);
      }
      await again.close();
      const rechained = await verifyLog(store);
      expect(rechained.ok).toBe(true);
      // …but not against the checkpoint taken before.
      const against = await checkAgainst(store, cp, rechained);
      expect([against.ok, against.problem?.message]).toEqual([false, expect.stringMatching(/rewritten and re-chained/)]);
      const forgedCheckpoint = { ...cp, head: { ...cp.head, hash: rechained.head!.hash } };
      expect((await checkAgainst(store, forgedCheckpoint, rechained)).problem?.message).toMatch(/signature does not verify/);
      await store.close();
    });
  });

const dir = mkdtempSync(join(tmpdir(), 'politburo-chain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
suite('SQLite', async () => {
  const file = join(dir, `chain-${++n}.db`);
  return {
    url: file,
    raw: () => {
      const db = new Database(file);
      return {
        exec: async (sql, params = []) => void db.prepare(sql).run(...(params as (string | number)[])),
        close: async () => void db.close(),
      };
    },
  };
});

const PG = process.env.POLITBURO_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schemas: string[] = [];
afterAll(async () => {
  const client = new pg.Client({ connectionString: PG });
  await client.connect();
  for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await client.end();
});
suite('PostgreSQL', async () => {
  const schema = `chain_${process.pid}_${++n}_${Date.now().toString(36)}`;
  schemas.push(schema);
  return {
    url: `${PG}?schema=${schema}`,
    raw: () => {
      const client = new pg.Client({ connectionString: PG });
      const ready = client.connect().then(() => client.query(`SET search_path TO ${schema}`));
      let i = 0;
      return {
        exec: async (sql, params = []) => {
          await ready;
          await client.query(sql.replace(/\?/g, () => `$${++i}`), params);
          i = 0;
        },
        close: () => client.end(),
      };
    },
  };
});
