import pg from 'pg';
import { defineEventStoreContract } from './event-store.contract.ts';

/**
 * Runs the contract on a real PostgreSQL. Each test gets a schema of its own
 * (`?schema=`), named for this run, so parallel runs on one database do not collide;
 * all are dropped at the end. An unreachable server fails the suite: it never skips.
 */
const BASE_URL = process.env.POLITBURO_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const RUN = `st_${process.pid}_${Date.now().toString(36)}`;
const schemas: string[] = [];

let reachable: Promise<void> | undefined;
const probe = (): Promise<void> =>
  (reachable ??= (async () => {
    const client = new pg.Client({ connectionString: BASE_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
    } catch (err) {
      throw new Error(
        `PostgreSQL is not reachable at ${BASE_URL} (${err instanceof Error ? err.message : String(err)}). ` +
          'Start it with `pg_ctlcluster --skip-systemctl-redirect 15 main start` ' +
          '(trust auth for user postgres, database `test`), or set POLITBURO_TEST_PG_URL.',
      );
    } finally {
      await client.end().catch(() => undefined);
    }
  })());

defineEventStoreContract('PostgreSQL (pg Pool, LISTEN/NOTIFY)', {
  newUrl: async () => {
    await probe();
    const schema = `${RUN}_${schemas.length + 1}`;
    schemas.push(schema);
    const url = new URL(BASE_URL);
    url.searchParams.set('schema', schema);
    return url.toString();
  },
  cleanup: async () => {
    if (schemas.length === 0) return;
    const client = new pg.Client({ connectionString: BASE_URL });
    await client.connect();
    try {
      for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    } finally {
      await client.end();
    }
  },
});
