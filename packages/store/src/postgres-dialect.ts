import { numberedPlaceholders, type SqlDialect } from './sql-dialect.ts';

/** Any fixed key: one migration at a time per database, across processes. */
const MIGRATION_LOCK = 7_193_408_011;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export const assertSchemaName = (schema: string): string => {
  if (!SCHEMA_NAME.test(schema)) throw new TypeError(`"${schema}" is not a usable schema name (lowercase letters, digits, _).`);
  return schema;
};

const pgError = (err: unknown): { code?: unknown; constraint?: unknown } => (typeof err === 'object' && err !== null ? err : {});

/** PostgreSQL 15+, plain SQL. `schema`, when given, is created on open and used via search_path. */
export const postgresDialect = (schema?: string): SqlDialect => ({
  name: 'postgres',
  compile: numberedPlaceholders,
  lockRowSuffix: ' FOR UPDATE',
  prepareMigration: async (tx) => {
    await tx.run(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    if (schema) {
      await tx.run(`CREATE SCHEMA IF NOT EXISTS ${assertSchemaName(schema)}`);
      await tx.run(`SET LOCAL search_path TO ${schema}`);
    }
  },
  isStreamVersionConflict: (err) => pgError(err).code === '23505' && pgError(err).constraint === 'events_stream_version',
});
