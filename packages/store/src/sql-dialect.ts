import type { SqlExecutor } from './sql-driver.ts';

/**
 * What differs between SQLite and PostgreSQL, as data and small functions. The
 * store, schema, projections and queries are written once against this; nowhere
 * else asks which database it is talking to.
 */
export interface SqlDialect {
  readonly name: 'sqlite' | 'postgres';
  /** Turns the store's portable SQL (`?` placeholders) into the driver's form. */
  compile(sql: string): string;
  /** Appended to the SELECT of a stream's version inside an append: a row lock where rows can be locked. */
  readonly lockRowSuffix: string;
  /** Run first in the migration transaction so concurrent openers do not race on DDL. */
  prepareMigration(tx: SqlExecutor): Promise<void>;
  /** The error is the events table's (stream_id, version) constraint refusing a second writer. */
  isStreamVersionConflict(err: unknown): boolean;
}

/** `?` → `$1, $2, …` (our SQL never puts a `?` inside a literal). */
export const numberedPlaceholders = (sql: string): string => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};
