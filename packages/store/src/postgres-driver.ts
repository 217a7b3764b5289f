import type pg from 'pg';
import type { SqlDriver, SqlExecutor, SqlValue } from './sql-driver.ts';

/** node-postgres behind the driver contract: a pool, one pooled client per transaction. */
export class PostgresDriver implements SqlDriver {
  constructor(private readonly pool: pg.Pool) {
    // An idle client losing its connection must not crash the process; the pool replaces it.
    pool.on('error', (err) => console.error('politburo store: idle PostgreSQL connection failed', err.message));
  }

  async all<R extends object>(sql: string, params: readonly SqlValue[] = []): Promise<R[]> {
    const result = await this.pool.query(sql, [...params]);
    return result.rows as R[];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    const result = await this.pool.query(sql, [...params]);
    return result.rowCount ?? 0;
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const tx: SqlExecutor = {
      all: async <R extends object>(sql: string, params: readonly SqlValue[] = []) => (await client.query(sql, [...params])).rows as R[],
      run: async (sql: string, params: readonly SqlValue[] = []) => (await client.query(sql, [...params])).rowCount ?? 0,
    };
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await fn(tx);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackErr) {
        broken = rollbackErr instanceof Error ? rollbackErr : new Error(String(rollbackErr));
      }
      throw err;
    } finally {
      // A client whose rollback failed is discarded rather than returned to the pool.
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
