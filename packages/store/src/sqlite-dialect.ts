import type { SqlDialect } from './sql-dialect.ts';

const isSqliteError = (err: unknown): err is Error & { code: string } => err instanceof Error && typeof (err as { code?: unknown }).code === 'string';

export const sqliteDialect: SqlDialect = {
  name: 'sqlite',
  compile: (sql) => sql,
  // BEGIN IMMEDIATE already holds the database's single write lock.
  lockRowSuffix: '',
  prepareMigration: async () => {},
  isStreamVersionConflict: (err) =>
    isSqliteError(err) && err.code.startsWith('SQLITE_CONSTRAINT') && err.message.includes('events.stream_id, events.version'),
};
