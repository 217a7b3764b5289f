import type { SqlDialect } from './sql-dialect.ts';
import type { SqlDriver, SqlExecutor } from './sql-driver.ts';
import { eventHash, GENESIS_HASH } from './event-hash.ts';

/**
 * The schema, as an ordered list of migrations in SQL both dialects accept (BIGINT
 * and TEXT; booleans as 0/1 integers, JSON as text). Applied on open, each once,
 * inside one transaction guarded by the dialect's migration lock: opening is
 * idempotent and safe for two processes starting together. Append new migrations;
 * never edit a released one.
 */
/** Portable SQL, or one statement per dialect where they cannot share one. */
export type MigrationStatement = string | { readonly sqlite: string; readonly postgres: string };
/** A migration in SQL statements, or in code where SQL cannot do it (hashing). */
export type Migration = readonly MigrationStatement[] | ((tx: SqlExecutor, dialect: SqlDialect) => Promise<void>);

/**
 * Statements an application runs inside one of the store's migrations (keyed by its number),
 * before the store's own: where the store changed the shape of the log, the application
 * brings its own data into the new shape in the same transaction, and only then do later
 * migrations (the hash chain) fix it. The store knows nothing of what they change; they run
 * once, with the migration they belong to.
 */
export type MigrationHooks = Readonly<Record<number, readonly MigrationStatement[]>>;

/**
 * 3. Events written before the chain get their hashes, in position order, once: the
 * chain then starts at the first event ever written, as if it had always been there.
 */
const backfillHashes = async (tx: SqlExecutor, dialect: SqlDialect): Promise<void> => {
  let previous = GENESIS_HASH;
  let after = 0;
  for (;;) {
    const rows = await tx.all<{ position: number | string; stream_id: string; version: number | string; type: string; data: string; meta: string; hash: string | null }>(
      dialect.compile('SELECT position, stream_id, version, type, data, meta, hash FROM events WHERE position > ? ORDER BY position LIMIT 1000'),
      [after],
    );
    if (rows.length === 0) return;
    for (const r of rows) {
      after = Number(r.position);
      const hash = eventHash(previous, { streamId: r.stream_id, version: Number(r.version), type: r.type, payload: JSON.parse(r.data), meta: JSON.parse(r.meta) });
      await tx.run(dialect.compile('UPDATE events SET hash = ? WHERE position = ?'), [hash, after]);
      previous = hash;
    }
  }
};

export const MIGRATIONS: readonly Migration[] = [
  [
    `CREATE TABLE IF NOT EXISTS streams (
      stream_id TEXT PRIMARY KEY,
      version BIGINT NOT NULL
    )`,
    // The constraint that makes concurrent appends safe whatever the isolation level.
    `CREATE TABLE IF NOT EXISTS events (
      position BIGINT PRIMARY KEY,
      stream_id TEXT NOT NULL,
      version BIGINT NOT NULL,
      type TEXT NOT NULL,
      data TEXT NOT NULL,
      meta TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      CONSTRAINT events_stream_version UNIQUE (stream_id, version)
    )`,
    // One row: the last global position handed out. Updating it serialises commits,
    // so positions are increasing in commit order and a reader of the feed never
    // skips an event that commits late.
    `CREATE TABLE IF NOT EXISTS store_position (
      id INTEGER PRIMARY KEY,
      last BIGINT NOT NULL
    )`,
    `INSERT INTO store_position (id, last) VALUES (1, 0) ON CONFLICT (id) DO NOTHING`,
    `CREATE TABLE IF NOT EXISTS idempotency (
      stream_id TEXT NOT NULL,
      idem_key TEXT NOT NULL,
      result TEXT NOT NULL,
      PRIMARY KEY (stream_id, idem_key)
    )`,
    `CREATE TABLE IF NOT EXISTS rm_bodies (
      stream_id TEXT PRIMARY KEY,
      body_id TEXT NOT NULL,
      name TEXT NOT NULL,
      convocation TEXT NOT NULL,
      created_at TEXT NOT NULL
    )`,
    `CREATE TABLE IF NOT EXISTS rm_members (
      stream_id TEXT NOT NULL,
      id TEXT NOT NULL,
      name TEXT NOT NULL,
      role TEXT NOT NULL,
      retired_on TEXT,
      synthetic INTEGER NOT NULL,
      source_id TEXT,
      search TEXT NOT NULL,
      PRIMARY KEY (stream_id, id)
    )`,
    `CREATE TABLE IF NOT EXISTS rm_items (
      stream_id TEXT NOT NULL,
      id TEXT NOT NULL,
      title TEXT NOT NULL,
      restricted INTEGER NOT NULL,
      status TEXT NOT NULL,
      initiator_id TEXT,
      decision_id TEXT,
      PRIMARY KEY (stream_id, id)
    )`,
    `CREATE TABLE IF NOT EXISTS rm_decisions (
      stream_id TEXT NOT NULL,
      id TEXT NOT NULL,
      item_id TEXT,
      protocol_no BIGINT NOT NULL,
      item_no BIGINT NOT NULL,
      item_label TEXT,
      protocol_date TEXT,
      date TEXT NOT NULL,
      date_precision TEXT,
      mode TEXT NOT NULL,
      meeting_id TEXT,
      title TEXT NOT NULL,
      restricted INTEGER NOT NULL,
      initiator_id TEXT,
      amends_id TEXT,
      revokes_id TEXT,
      revoked_by TEXT,
      historical INTEGER NOT NULL,
      synthetic INTEGER NOT NULL,
      source_id TEXT,
      search TEXT NOT NULL,
      PRIMARY KEY (stream_id, id)
    )`,
    `CREATE INDEX IF NOT EXISTS rm_decisions_date ON rm_decisions (stream_id, date, protocol_no, item_no)`,
    `CREATE TABLE IF NOT EXISTS rm_meetings (
      stream_id TEXT NOT NULL,
      id TEXT NOT NULL,
      date TEXT NOT NULL,
      status TEXT NOT NULL,
      chair_id TEXT,
      attendees TEXT,
      protocol_no BIGINT,
      synthetic INTEGER NOT NULL,
      source_id TEXT,
      PRIMARY KEY (stream_id, id)
    )`,
    `CREATE TABLE IF NOT EXISTS rm_correspondence (
      stream_id TEXT NOT NULL,
      id TEXT NOT NULL,
      kind TEXT NOT NULL,
      number TEXT,
      series TEXT,
      from_id TEXT NOT NULL,
      to_ids TEXT NOT NULL,
      sent_at TEXT,
      received_at TEXT,
      item_ids TEXT NOT NULL,
      decision_ids TEXT NOT NULL,
      in_reply_to TEXT,
      summary TEXT NOT NULL,
      archive_ref TEXT,
      synthetic INTEGER NOT NULL,
      source_id TEXT,
      search TEXT NOT NULL,
      PRIMARY KEY (stream_id, id)
    )`,
    `CREATE TABLE IF NOT EXISTS rm_interventions (
      stream_id TEXT NOT NULL,
      id TEXT NOT NULL,
      decision_id TEXT,
      item_id TEXT,
      item_title TEXT,
      member_id TEXT NOT NULL,
      origin TEXT NOT NULL,
      outcome TEXT NOT NULL,
      message_ids TEXT NOT NULL,
      coded_by TEXT,
      basis TEXT,
      synthetic INTEGER NOT NULL,
      source_id TEXT,
      PRIMARY KEY (stream_id, id)
    )`,
    `CREATE INDEX IF NOT EXISTS rm_interventions_decision ON rm_interventions (stream_id, decision_id)`,
  ],
  // 2. The log becomes generic: an application that kept facts of its own inside another
  // event type reshapes them here, through its `MigrationHooks` for this migration (the
  // server: `server/src/store-migrations.ts`), before migration 3 fixes every event's hash.
  // The SQL read model, which nothing read, goes (bench/read-model.ts has the measurement).
  // Each event gets a column for its hash, which the tamper-evident chain fills.
  [
    'ALTER TABLE events ADD COLUMN hash TEXT',
    ...['rm_interventions', 'rm_correspondence', 'rm_meetings', 'rm_decisions', 'rm_items', 'rm_members', 'rm_bodies'].map((t) => `DROP TABLE IF EXISTS ${t}`),
  ],
  backfillHashes,
  // 4. Login sessions beside the log (see sessions.ts): a logout or a password change ends a session in every process.
  [
    `CREATE TABLE IF NOT EXISTS sessions (
      id_hash TEXT PRIMARY KEY,
      body_id TEXT NOT NULL,
      username TEXT NOT NULL,
      csrf TEXT NOT NULL,
      created_at BIGINT NOT NULL,
      last_seen BIGINT NOT NULL,
      expires_at BIGINT NOT NULL,
      revoked INTEGER NOT NULL
    )`,
    'CREATE INDEX IF NOT EXISTS sessions_account ON sessions (body_id, username)',
  ],
  // 5. A body's feed (its own streams after a position) without scanning every body's events.
  ['CREATE INDEX IF NOT EXISTS events_stream_position ON events (stream_id, position)'],
  // 6. Streams erased as a unit (a class deleted with all its data): each erased event leaves
  // its position and hash behind, nothing else, so the chain still links across the gap.
  [
    `CREATE TABLE IF NOT EXISTS erased (
      position BIGINT PRIMARY KEY,
      hash TEXT NOT NULL
    )`,
  ],
];

export const migrate = async (driver: SqlDriver, dialect: SqlDialect, hooks: MigrationHooks = {}): Promise<void> => {
  await driver.transaction(async (tx) => {
    await dialect.prepareMigration(tx);
    await tx.run('CREATE TABLE IF NOT EXISTS store_migrations (id INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    const done = new Set((await tx.all<{ id: number | string }>('SELECT id FROM store_migrations')).map((r) => Number(r.id)));
    for (const [i, migration] of MIGRATIONS.entries()) {
      const id = i + 1;
      if (done.has(id)) continue;
      for (const statement of hooks[id] ?? []) await tx.run(dialect.compile(typeof statement === 'string' ? statement : statement[dialect.name]));
      if (typeof migration === 'function') await migration(tx, dialect);
      else for (const statement of migration) await tx.run(dialect.compile(typeof statement === 'string' ? statement : statement[dialect.name]));
      await tx.run(dialect.compile('INSERT INTO store_migrations (id, applied_at) VALUES (?, ?)'), [id, new Date().toISOString()]);
    }
  });
};
