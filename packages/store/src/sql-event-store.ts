import type { CommitFeed, CommitListener, CommitNotice, Unsubscribe } from './commit-feed.ts';
import { concurrencyConflict } from './concurrency-conflict.ts';
import { corruptEvent } from './corrupt-event.ts';
import { GENESIS_HASH, linkHash } from './event-hash.ts';
import { canonicalJson } from './canonical-json.ts';
import type { AppendOptions, AppendResult, ChainRow, ChunkedAppendOptions, ChunkedAppendResult, EventMeta, LogEvent, Projection, ReadAllOptions, ReadOptions, Store, StoredEvent, StreamInfo } from './event-store.ts';
import { type SessionTable, SqlSessions } from './sessions.ts';
import type { SqlDialect } from './sql-dialect.ts';
import type { SqlDriver, SqlExecutor, SqlValue } from './sql-driver.ts';

/** Rows per multi-row INSERT: well under PostgreSQL's 65535 parameters and SQLite's 32766. */
const BATCH = 400;

interface EventRecord {
  position: number | string;
  stream_id: string;
  version: number | string;
  data: string;
  meta: string;
  recorded_at: string;
  hash: string | null;
}

/** A row that does not parse is corruption of the log, reported as such, never as a bug. */
const toStored = <E extends LogEvent>(r: EventRecord): StoredEvent<E> => {
  const position = Number(r.position);
  let event: unknown;
  let meta: unknown;
  try {
    event = JSON.parse(r.data);
    meta = JSON.parse(r.meta);
  } catch {
    throw corruptEvent(position, r.stream_id, 'its stored JSON does not parse');
  }
  if (typeof event !== 'object' || event === null || typeof (event as { type?: unknown }).type !== 'string') {
    throw corruptEvent(position, r.stream_id, 'it has no event type');
  }
  return {
    streamId: r.stream_id,
    version: Number(r.version),
    position,
    event: event as E,
    meta: (typeof meta === 'object' && meta !== null ? meta : {}) as EventMeta,
    recordedAt: r.recorded_at,
    ...(r.hash ? { hash: r.hash } : {}),
  };
};

const EVENT_COLUMNS = 'position, stream_id, version, data, meta, recorded_at, hash';

/**
 * The event store over any SQL driver and dialect. One transaction per append: lock
 * the stream row, check the idempotency key and the expected version, take global
 * positions from the counter row, insert the events, run the projections, record the
 * key, and queue the commit notice.
 */
export class SqlEventStore implements Store {
  readonly dialect: 'sqlite' | 'postgres';
  readonly sessions: SessionTable;
  private readonly sql: (s: string) => string;
  private readonly compiled = new Map<string, string>();

  constructor(
    private readonly driver: SqlDriver,
    private readonly d: SqlDialect,
    private readonly feed: CommitFeed,
    private readonly projections: readonly Projection[] = [],
  ) {
    this.dialect = d.name;
    this.sessions = new SqlSessions(driver, d);
    this.sql = (s) => {
      let c = this.compiled.get(s);
      if (c === undefined) this.compiled.set(s, (c = d.compile(s)));
      return c;
    };
  }

  async append(streamId: string, events: readonly LogEvent[], options: AppendOptions): Promise<AppendResult> {
    if (!streamId) throw new TypeError('streamId must not be empty');
    const { expectedVersion, idempotencyKey } = options;
    let notice: CommitNotice | undefined;
    let result: AppendResult;
    try {
      result = await this.driver.transaction(async (tx) => {
        notice = undefined;
        await tx.run(this.sql('INSERT INTO streams (stream_id, version) VALUES (?, 0) ON CONFLICT (stream_id) DO NOTHING'), [streamId]);
        const [row] = await tx.all<{ version: number | string }>(this.sql(`SELECT version FROM streams WHERE stream_id = ?${this.d.lockRowSuffix}`), [
          streamId,
        ]);
        const current = Number(row?.version ?? 0);
        if (idempotencyKey !== undefined) {
          const [seen] = await tx.all<{ result: string }>(this.sql('SELECT result FROM idempotency WHERE stream_id = ? AND idem_key = ?'), [
            streamId,
            idempotencyKey,
          ]);
          if (seen) return { ...(JSON.parse(seen.result) as Omit<AppendResult, 'duplicate'>), duplicate: true };
        }
        if (expectedVersion !== 'any' && expectedVersion !== current) throw concurrencyConflict(streamId, expectedVersion, current);
        if (events.length === 0) return { version: current, positions: [], duplicate: false };

        const [counter] = await tx.all<{ last: number | string }>(this.sql('UPDATE store_position SET last = last + ? WHERE id = 1 RETURNING last'), [
          events.length,
        ]);
        const first = Number(counter?.last) - events.length + 1;
        const positions = events.map((_, i) => first + i);
        // Appends serialise on the counter row, so the event before ours is committed and final.
        const [before] = first > 1 ? await tx.all<{ hash: string | null }>(this.sql('SELECT hash FROM events WHERE position = ?'), [first - 1]) : [];
        const { stored } = await this.insertEvents(tx, streamId, current, first, events, options, before?.hash ?? GENESIS_HASH);
        await tx.run(this.sql('UPDATE streams SET version = ? WHERE stream_id = ?'), [current + events.length, streamId]);
        for (const projection of this.projections) for (const s of stored) await projection.apply(tx, s);
        const appended = { version: current + events.length, positions };
        if (idempotencyKey !== undefined) {
          await tx.run(this.sql('INSERT INTO idempotency (stream_id, idem_key, result) VALUES (?, ?, ?)'), [
            streamId,
            idempotencyKey,
            JSON.stringify(appended),
          ]);
        }
        notice = { streamId, version: appended.version, fromPosition: first, toPosition: first + events.length - 1 };
        await this.feed.inTransaction(tx, notice);
        return { ...appended, duplicate: false };
      });
    } catch (err) {
      // The unique (stream_id, version) constraint is the last line of defence.
      if (this.d.isStreamVersionConflict(err)) throw concurrencyConflict(streamId, expectedVersion, undefined);
      throw err;
    }
    if (notice && !result.duplicate) this.feed.afterCommit(notice);
    return result;
  }

  async appendChunks(
    streamId: string,
    chunks: AsyncIterable<readonly LogEvent[]> | Iterable<readonly LogEvent[]>,
    options: ChunkedAppendOptions,
  ): Promise<ChunkedAppendResult> {
    if (!streamId) throw new TypeError('streamId must not be empty');
    const { expectedVersion } = options;
    let notice: CommitNotice | undefined;
    let result: ChunkedAppendResult;
    try {
      result = await this.driver.transaction(async (tx) => {
        notice = undefined;
        await tx.run(this.sql('INSERT INTO streams (stream_id, version) VALUES (?, 0) ON CONFLICT (stream_id) DO NOTHING'), [streamId]);
        const [row] = await tx.all<{ version: number | string }>(this.sql(`SELECT version FROM streams WHERE stream_id = ?${this.d.lockRowSuffix}`), [
          streamId,
        ]);
        const start = Number(row?.version ?? 0);
        if (expectedVersion !== 'any' && expectedVersion !== start) throw concurrencyConflict(streamId, expectedVersion, start);
        let version = start;
        let firstPosition = 0;
        let lastPosition = 0;
        let previous: string | undefined;
        for await (const events of chunks) {
          if (events.length === 0) continue;
          // The counter row stays locked until commit, so every chunk's positions follow the last one's.
          const [counter] = await tx.all<{ last: number | string }>(this.sql('UPDATE store_position SET last = last + ? WHERE id = 1 RETURNING last'), [
            events.length,
          ]);
          const first = Number(counter?.last) - events.length + 1;
          if (previous === undefined) {
            const [before] = first > 1 ? await tx.all<{ hash: string | null }>(this.sql('SELECT hash FROM events WHERE position = ?'), [first - 1]) : [];
            previous = before?.hash ?? GENESIS_HASH;
            firstPosition = first;
          }
          const keep = this.projections.length > 0;
          const written = await this.insertEvents(tx, streamId, version, first, events, options, previous, keep);
          for (const projection of this.projections) for (const st of written.stored) await projection.apply(tx, st);
          previous = written.lastHash;
          version += events.length;
          lastPosition = first + events.length - 1;
        }
        if (version === start) return { version, firstPosition: 0, lastPosition: 0 };
        await tx.run(this.sql('UPDATE streams SET version = ? WHERE stream_id = ?'), [version, streamId]);
        notice = { streamId, version, fromPosition: firstPosition, toPosition: lastPosition };
        await this.feed.inTransaction(tx, notice);
        return { version, firstPosition, lastPosition };
      });
    } catch (err) {
      if (this.d.isStreamVersionConflict(err)) throw concurrencyConflict(streamId, expectedVersion, undefined);
      throw err;
    }
    if (notice) this.feed.afterCommit(notice);
    return result;
  }

  private async insertEvents(
    tx: SqlExecutor,
    streamId: string,
    current: number,
    firstPosition: number,
    events: readonly LogEvent[],
    options: Pick<AppendOptions, 'meta' | 'eventMeta'>,
    previousHash: string,
    keepStored = true,
  ): Promise<{ stored: StoredEvent[]; lastHash: string }> {
    const recordedAt = new Date().toISOString();
    const stored: StoredEvent[] = [];
    let previous = previousHash;
    const streamIdJson = JSON.stringify(streamId);
    // One meta for every event (an import, a seed): its texts are written once, not per event.
    const shared = options.meta ?? {};
    const sharedText = JSON.stringify(shared);
    const sharedCanonical = canonicalJson(shared);
    for (let start = 0; start < events.length; start += BATCH) {
      const chunk = events.slice(start, start + BATCH);
      const params: SqlValue[] = [];
      chunk.forEach((event, j) => {
        const i = start + j;
        const own = options.eventMeta?.[i];
        const meta = own ?? shared;
        const data = JSON.stringify(event);
        const metaText = own == null ? sharedText : JSON.stringify(own);
        const version = current + i + 1;
        // The hash covers the values as stored (what a reader will parse back): canonicalJson reads the objects as JSON.stringify did.
        const hash = linkHash(previous, streamIdJson, version, event.type, canonicalJson(event), own == null ? sharedCanonical : canonicalJson(own));
        previous = hash;
        params.push(firstPosition + i, streamId, version, event.type, data, metaText, recordedAt, hash);
        if (keepStored) stored.push({ streamId, version, position: firstPosition + i, event, meta, recordedAt, hash });
      });
      const values = chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
      await tx.run(this.d.compile(`INSERT INTO events (position, stream_id, version, type, data, meta, recorded_at, hash) VALUES ${values}`), params);
    }
    return { stored, lastHash: previous };
  }

  async read<E extends LogEvent = LogEvent>(streamId: string, options: ReadOptions = {}): Promise<StoredEvent<E>[]> {
    const from = options.fromVersion ?? 1;
    const limit = options.limit;
    const rows = await this.driver.all<EventRecord>(
      this.sql(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND version >= ? ORDER BY version${limit === undefined ? '' : ' LIMIT ?'}`),
      limit === undefined ? [streamId, from] : [streamId, from, limit],
    );
    return rows.map((r) => toStored<E>(r));
  }

  async readAll(options: ReadAllOptions): Promise<StoredEvent[]> {
    const only = options.streamIds;
    if (only !== undefined && only.length === 0) return [];
    const rows = only
      ? await this.driver.all<EventRecord>(
          this.sql(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id IN (${only.map(() => '?').join(', ')}) AND position > ? ORDER BY position LIMIT ?`),
          [...only, options.afterPosition, options.limit],
        )
      : await this.driver.all<EventRecord>(this.sql(`SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`), [options.afterPosition, options.limit]);
    return rows.map((r) => toStored(r));
  }

  async readChain(afterPosition: number, limit: number): Promise<ChainRow[]> {
    const rows = await this.driver.all<EventRecord & { type: string }>(
      this.sql('SELECT position, stream_id, version, type, data, meta, hash FROM events WHERE position > ? ORDER BY position LIMIT ?'),
      [afterPosition, limit],
    );
    return rows.map((r) => ({ position: Number(r.position), streamId: r.stream_id, version: Number(r.version), type: r.type, data: r.data, meta: r.meta, hash: r.hash }));
  }

  async readStreamLinks(streamId: string): Promise<Array<ChainRow & { previousHash: string | null }>> {
    const rows = await this.driver.all<EventRecord & { type: string; previous_hash: string | null }>(
      this.sql(
        'SELECT e.position, e.stream_id, e.version, e.type, e.data, e.meta, e.hash, COALESCE(p.hash, x.hash) AS previous_hash FROM events e LEFT JOIN events p ON p.position = e.position - 1 LEFT JOIN erased x ON x.position = e.position - 1 WHERE e.stream_id = ? ORDER BY e.version',
      ),
      [streamId],
    );
    return rows.map((r) => ({
      position: Number(r.position),
      streamId: r.stream_id,
      version: Number(r.version),
      type: r.type,
      data: r.data,
      meta: r.meta,
      hash: r.hash,
      previousHash: Number(r.position) === 1 ? GENESIS_HASH : r.previous_hash,
    }));
  }

  async eraseStreams(streamIds: readonly string[]): Promise<number> {
    if (streamIds.length === 0) return 0;
    const marks = streamIds.map(() => '?').join(', ');
    return this.driver.transaction(async (tx) => {
      // Serialise with appends: an append reads the hash of the event before its own.
      await tx.all(this.sql('UPDATE store_position SET last = last WHERE id = 1 RETURNING last'));
      await tx.run(this.sql(`INSERT INTO erased (position, hash) SELECT position, hash FROM events WHERE stream_id IN (${marks}) AND hash IS NOT NULL`), [...streamIds]);
      const n = await tx.run(this.sql(`DELETE FROM events WHERE stream_id IN (${marks})`), [...streamIds]);
      await tx.run(this.sql(`DELETE FROM streams WHERE stream_id IN (${marks})`), [...streamIds]);
      await tx.run(this.sql(`DELETE FROM idempotency WHERE stream_id IN (${marks})`), [...streamIds]);
      return n;
    });
  }

  async erasedLinks(): Promise<Map<number, string>> {
    const rows = await this.driver.all<{ position: number | string; hash: string }>(this.sql('SELECT position, hash FROM erased ORDER BY position'));
    return new Map(rows.map((r) => [Number(r.position), r.hash]));
  }

  async lastPosition(): Promise<number> {
    const [row] = await this.driver.all<{ last: number | string }>(this.sql('SELECT last FROM store_position WHERE id = 1'));
    return Number(row?.last ?? 0);
  }

  async version(streamId: string): Promise<number> {
    const [row] = await this.driver.all<{ version: number | string }>(this.sql('SELECT version FROM streams WHERE stream_id = ?'), [streamId]);
    return Number(row?.version ?? 0);
  }

  async streams(): Promise<StreamInfo[]> {
    const rows = await this.driver.all<{ stream_id: string; version: number | string }>(
      this.sql('SELECT stream_id, version FROM streams WHERE version > 0 ORDER BY stream_id'),
    );
    return rows.map((r) => ({ streamId: r.stream_id, version: Number(r.version) }));
  }

  subscribe(listener: CommitListener): Unsubscribe {
    return this.feed.subscribe(listener);
  }

  async close(): Promise<void> {
    await this.feed.close();
    await this.driver.close();
  }
}
