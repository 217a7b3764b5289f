import pg from 'pg';
import type { Projection, Store } from './event-store.ts';
import { PostgresCommitFeed } from './postgres-commit-feed.ts';
import { assertSchemaName, postgresDialect } from './postgres-dialect.ts';
import { PostgresDriver } from './postgres-driver.ts';
import { type MigrationHooks, migrate } from './schema.ts';
import { SqlEventStore } from './sql-event-store.ts';
import { SqliteCommitFeed } from './sqlite-commit-feed.ts';
import { sqliteDialect } from './sqlite-dialect.ts';
import { SqliteDriver } from './sqlite-driver.ts';

export interface OpenStoreOptions {
  /** SQLite: how often to look for other processes' commits while someone subscribes. */
  pollIntervalMs?: number;
  /** PostgreSQL: connections in the pool (default 10). */
  poolSize?: number;
  /** Work run inside every append's transaction, per event (SQL read models, checks). */
  projections?: readonly Projection[];
  /** The application's statements inside the store's migrations (see `MigrationHooks`). */
  migrationHooks?: MigrationHooks;
}

const POSTGRES_URL = /^postgres(ql)?:\/\//;

/**
 * Opens a store: `postgres://…` (optionally `?schema=name` to keep the tables in a
 * schema of their own) is the server store, anything else a SQLite file path
 * (`:memory:` for a throwaway). The schema is created or brought up to date.
 */
export const openStore = async (url: string, options: OpenStoreOptions = {}): Promise<Store> =>
  POSTGRES_URL.test(url) ? openPostgresStore(url, options) : openSqliteStore(url.replace(/^sqlite:(\/\/)?/, ''), options);

export const openSqliteStore = async (file: string, options: OpenStoreOptions = {}): Promise<Store> => {
  const driver = new SqliteDriver(file);
  try {
    await migrate(driver, sqliteDialect, options.migrationHooks);
  } catch (err) {
    await driver.close();
    throw err;
  }
  return new SqlEventStore(driver, sqliteDialect, new SqliteCommitFeed(driver, options.pollIntervalMs), options.projections);
};

export const openPostgresStore = async (url: string, options: OpenStoreOptions = {}): Promise<Store> => {
  const parsed = new URL(url);
  const schemaParam = parsed.searchParams.get('schema');
  const schema = schemaParam ? assertSchemaName(schemaParam) : undefined;
  parsed.searchParams.delete('schema');
  const config: pg.ClientConfig = {
    connectionString: parsed.toString(),
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  };
  const dialect = postgresDialect(schema);
  const driver = new PostgresDriver(new pg.Pool({ ...config, max: options.poolSize ?? 10 }));
  try {
    await migrate(driver, dialect, options.migrationHooks);
    // One channel per schema: stores in different schemas of a database do not hear each other.
    const feed = await PostgresCommitFeed.open(config, `politburo_events${schema ? `_${schema}` : ''}`.slice(0, 63));
    return new SqlEventStore(driver, dialect, feed, options.projections);
  } catch (err) {
    await driver.close();
    throw err;
  }
};
