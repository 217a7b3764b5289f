import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import type { SqlDriver, SqlExecutor, SqlValue } from './sql-driver.ts';

/**
 * One queue per database file in this process, shared by every connection to it.
 * better-sqlite3 waits for a lock synchronously: a second connection in the same
 * process blocking on BEGIN would freeze the event loop while the first, holding the
 * lock, waits for its turn on that very loop. Queued, they never contend.
 */
const queues = new Map<string, { tail: Promise<unknown>; users: number }>();

let memoryDatabases = 0;

const isBusy = (err: unknown): boolean => err instanceof Error && (err as { code?: unknown }).code === 'SQLITE_BUSY';

/** Most transactions one COMMIT makes durable together (see `transaction`). */
const MAX_BATCH = 256;

/** How long to keep retrying BEGIN while another process holds the write lock. */
const BUSY_TIMEOUT_MS = 10_000;

type Statement = Database.Statement<SqlValue[]>;

/**
 * better-sqlite3 behind the async driver contract. The driver is synchronous, but
 * the store's transaction code awaits between statements, so every operation on the
 * connection is queued: nothing else runs on it while a transaction is open (reads
 * would otherwise see uncommitted rows, and writes would join the transaction).
 * `BEGIN IMMEDIATE` takes the file's write lock up front, which serialises writers
 * in other processes too; they wait up to `busy_timeout`.
 */
export class SqliteDriver implements SqlDriver {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Statement>();
  private readonly key: string;
  private readonly queue: { tail: Promise<unknown>; users: number };

  constructor(file: string) {
    const memory = file === ':memory:' || file === '';
    this.db = new Database(file);
    if (!memory) this.db.pragma('journal_mode = WAL');
    // Writers wait in `transaction` (asynchronously); a short timeout covers checkpoints.
    this.db.pragma('busy_timeout = 100');
    // FULL: a commit is on disk before append returns, so an acknowledged write survives a
    // power loss too (docs/security.md has the measurement behind the choice). NORMAL is
    // for benchmarks and throwaway databases only.
    this.db.pragma(`synchronous = ${process.env.POLITBURO_SQLITE_SYNCHRONOUS === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
    this.key = memory ? `:memory:${++memoryDatabases}` : resolve(file);
    const queue = queues.get(this.key) ?? { tail: Promise.resolve(), users: 0 };
    queue.users++;
    queues.set(this.key, queue);
    this.queue = queue;
  }

  private exclusive<T>(fn: () => Promise<T> | T): Promise<T> {
    const run = this.queue.tail.then(fn, fn);
    this.queue.tail = run.catch(() => undefined);
    return run;
  }

  /** BEGIN IMMEDIATE, retried without blocking the event loop while another process writes. */
  private async begin(): Promise<void> {
    const until = Date.now() + BUSY_TIMEOUT_MS;
    for (let delay = 5; ; delay = Math.min(delay * 2, 100)) {
      try {
        this.db.exec('BEGIN IMMEDIATE');
        return;
      } catch (err) {
        if (!isBusy(err) || Date.now() > until) throw err;
        await sleep(delay);
      }
    }
  }

  private prepare(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare<SqlValue[]>(sql)));
    return s;
  }

  private readonly direct: SqlExecutor = {
    all: async <R extends object>(sql: string, params: readonly SqlValue[] = []): Promise<R[]> => {
      const s = this.prepare(sql);
      if (!s.reader) {
        s.run(...params);
        return [];
      }
      return s.all(...params) as R[];
    },
    run: async (sql: string, params: readonly SqlValue[] = []): Promise<number> => {
      const s = this.prepare(sql);
      return s.reader ? s.all(...params).length : s.run(...params).changes;
    },
  };

  all<R extends object>(sql: string, params?: readonly SqlValue[]): Promise<R[]> {
    return this.exclusive(() => this.direct.all<R>(sql, params));
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return this.exclusive(() => this.direct.run(sql, params));
  }

  /**
   * Group commit. better-sqlite3 runs a transaction's statements as microtasks and its
   * COMMIT (an fsync, with synchronous = FULL) blocks the loop, so with one commit per
   * transaction a storm of writes — 1,000 voters at once — is one fsync per vote, and
   * nothing else is read off the sockets in between. Instead, a transaction asked for waits
   * for the loop to take in what else has arrived (one `setImmediate`), then every one queued
   * by then runs inside one SQLite transaction, each in a savepoint of its own, and one COMMIT
   * makes them all durable together. A transaction that throws is rolled back to its
   * savepoint and rejected alone; a failed COMMIT (or an error that ends SQLite's
   * transaction) rejects the whole batch, none of which is then on disk. Each promise settles
   * only after the COMMIT: what is acknowledged is durable, as before.
   */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ fn, resolve: resolve as (value: unknown) => void, reject });
      if (this.waiting.length === 1) setImmediate(() => void this.exclusive(() => this.commitBatch()));
    });
  }

  private waiting: Array<{ fn: (tx: SqlExecutor) => Promise<unknown>; resolve: (value: unknown) => void; reject: (err: unknown) => void }> = [];
  private counts = { transactions: 0, commits: 0 };

  /** Transactions run and COMMITs made so far on this connection (the batching, observable). */
  get stats(): { transactions: number; commits: number } {
    return { ...this.counts };
  }

  private async commitBatch(): Promise<void> {
    const batch = this.waiting.splice(0, MAX_BATCH);
    if (this.waiting.length > 0) setImmediate(() => void this.exclusive(() => this.commitBatch()));
    if (batch.length === 0) return;
    try {
      await this.begin();
    } catch (err) {
      for (const t of batch) t.reject(err);
      return;
    }
    const done: Array<{ resolve: (value: unknown) => void; reject: (err: unknown) => void; value: unknown }> = [];
    let lost: unknown;
    let lostAt = batch.length;
    for (const [i, t] of batch.entries()) {
      this.counts.transactions++;
      this.db.exec('SAVEPOINT tx');
      try {
        const value = await t.fn(this.direct);
        this.db.exec('RELEASE tx');
        done.push({ resolve: t.resolve, reject: t.reject, value });
      } catch (err) {
        if (!this.db.inTransaction) {
          // SQLite ended the transaction itself (I/O error, disk full): everything of the batch so far is gone.
          lost = err;
          lostAt = i;
          break;
        }
        this.db.exec('ROLLBACK TO tx');
        this.db.exec('RELEASE tx');
        t.reject(err);
      }
    }
    if (lost !== undefined) {
      batch[lostAt]!.reject(lost);
      for (const d of done) d.reject(lost);
      // Those not yet run lose nothing: they go first into the next batch.
      this.waiting.unshift(...batch.slice(lostAt + 1));
      if (this.waiting.length > 0) setImmediate(() => void this.exclusive(() => this.commitBatch()));
      return;
    }
    try {
      this.db.exec('COMMIT');
      this.counts.commits++;
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      for (const d of done) d.reject(err);
      return;
    }
    for (const d of done) d.resolve(d.value);
  }

  async close(): Promise<void> {
    // Transactions asked for before the close are still run and committed (their batch waits for a turn of the loop).
    while (this.waiting.length > 0) await this.exclusive(() => this.commitBatch());
    await this.exclusive(() => this.db.close());
    if (--this.queue.users === 0) queues.delete(this.key);
  }
}
