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

  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      await this.begin();
      try {
        const result = await fn(this.direct);
        this.db.exec('COMMIT');
        return result;
      } catch (err) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw err;
      }
    });
  }

  async close(): Promise<void> {
    await this.exclusive(() => this.db.close());
    if (--this.queue.users === 0) queues.delete(this.key);
  }
}
