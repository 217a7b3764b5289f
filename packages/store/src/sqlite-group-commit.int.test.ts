import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isConcurrencyConflict } from './concurrency-conflict.ts';
import { openStore } from './open-store.ts';
import { SqliteDriver } from './sqlite-driver.ts';
import { verifyLog } from './verify-log.ts';

/**
 * Group commit on SQLite: transactions asked for at once share one COMMIT, each in a
 * savepoint of its own, so one that fails takes nothing of the others with it, and each
 * settles only once its batch is on disk.
 */
describe('SQLite group commit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'politburo-group-commit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('commits a burst of transactions in a few COMMITs; a failing one is rolled back alone', async () => {
    const driver = new SqliteDriver(join(dir, 'burst.db'));
    try {
      await driver.run('CREATE TABLE t (n INTEGER PRIMARY KEY)');
      const before = driver.stats;
      const results = await Promise.allSettled(
        Array.from({ length: 200 }, (_, n) =>
          driver.transaction(async (tx) => {
            await tx.run('INSERT INTO t (n) VALUES (?)', [n]);
            if (n % 10 === 3) throw new Error(`refused ${n}`);
            await tx.run('INSERT INTO t (n) VALUES (?)', [1000 + n]);
            return n;
          }),
        ),
      );
      const kept = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      expect(kept).toHaveLength(180);
      expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason.message))).toEqual(
        Array.from({ length: 20 }, (_, k) => `refused ${k * 10 + 3}`),
      );
      const rows = (await driver.all<{ n: number }>('SELECT n FROM t ORDER BY n')).map((r) => r.n);
      // Each kept transaction's two rows, and nothing of a refused one.
      expect(rows).toEqual([...kept, ...kept.map((n) => 1000 + n)].sort((a, b) => a - b));
      const after = driver.stats;
      expect(after.transactions - before.transactions).toBe(200);
      expect(after.commits - before.commits).toBeLessThanOrEqual(3);
    } finally {
      await driver.close();
    }
  });

  it('keeps one stream’s versions and the log’s chain whole when hundreds append at once, conflicts refused alone', async () => {
    const store = await openStore(join(dir, 'store.db'));
    try {
      const appends = Array.from({ length: 300 }, (_, i) =>
        // Streams s0..s99, three writers each expecting version 0: one of each three wins.
        store.append(`s${i % 100}`, [{ type: 'Happened' }], { expectedVersion: 0 }),
      );
      const results = await Promise.allSettled(appends);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r) => r.status === 'rejected');
      expect(won).toHaveLength(100);
      expect(lost.every((r) => isConcurrencyConflict((r as PromiseRejectedResult).reason))).toBe(true);
      const positions = won.flatMap((r) => (r as PromiseFulfilledResult<{ positions: number[] }>).value.positions).sort((a, b) => a - b);
      expect(positions).toEqual(Array.from({ length: 100 }, (_, k) => k + 1));
      for (let s = 0; s < 100; s++) expect((await store.read(`s${s}`)).map((e) => e.version)).toEqual([1]);
      expect(await verifyLog(store)).toMatchObject({ ok: true, events: 100 });
    } finally {
      await store.close();
    }
  });
});
