import type { CommitListener, Unsubscribe } from './commit-feed.ts';
import type { SessionTable } from './sessions.ts';
import type { SqlExecutor } from './sql-driver.ts';

/** Whatever a log holds: the store knows only that an event has a type. */
export interface LogEvent {
  readonly type: string;
}

/**
 * Who appended, when, and why, as the command handler knew it. `actor` is a label such
 * as `system`, `member:stalin` or `cli`; `at` the real time of the append; `bodyTime`
 * the body's own clock (a replay clock may stand in 1934); `requestId` ties the events
 * of one HTTP request or CLI run together.
 */
export interface EventMeta {
  actor?: string;
  at?: string;
  bodyTime?: string;
  requestId?: string;
  /** On the first event of a copy: the link of the source's last event, as verified when it was copied. */
  sourceHead?: { streamId: string; position: number; hash: string };
}

export interface AppendOptions {
  /**
   * The stream version the caller decided against (0 for a new stream), or `'any'`
   * to skip the check. A mismatch fails with CONCURRENCY_CONFLICT and appends nothing.
   */
  expectedVersion: number | 'any';
  /** The same key on the same stream returns the first append's result and appends nothing. */
  idempotencyKey?: string;
  meta?: EventMeta;
  /** Per-event metadata, overriding `meta` (a restore keeps each event's original metadata). */
  eventMeta?: readonly EventMeta[];
}

export interface AppendResult {
  /** The stream version after the append. */
  version: number;
  /** The global position of each appended event, in order. */
  positions: number[];
  /** True when an idempotency key matched an earlier append and nothing was written now. */
  duplicate: boolean;
}

export type ChunkedAppendOptions = Pick<AppendOptions, 'expectedVersion' | 'meta'>;

/** A chunked append's result: its positions run without a gap from `firstPosition` to `lastPosition`. */
export interface ChunkedAppendResult {
  version: number;
  /** 0 when nothing was appended. */
  firstPosition: number;
  lastPosition: number;
}

export interface StoredEvent<E extends LogEvent = LogEvent> {
  streamId: string;
  /** 1-based position in its stream. */
  version: number;
  /** Position in the store-wide feed: increasing in commit order, without gaps. */
  position: number;
  event: E;
  meta: EventMeta;
  /** Wall-clock time of the append (the store's clock, not the domain's). */
  recordedAt: string;
  /** Its link in the log's hash chain (`event-hash.ts`). */
  hash?: string;
}

/** An event row as stored, text and all: what `verifyLog` checks the chain against. */
export interface ChainRow {
  position: number;
  streamId: string;
  version: number;
  type: string;
  data: string;
  meta: string;
  hash: string | null;
}

export interface StreamInfo {
  streamId: string;
  version: number;
}

export interface ReadOptions {
  /** First version to return (inclusive, 1-based); default 1. */
  fromVersion?: number;
  limit?: number;
}

export interface ReadAllOptions {
  /** Return events after this global position (0 for the start). */
  afterPosition: number;
  limit: number;
  /** Only these streams (a body's own and its settings'), read through the (stream, position) index. */
  streamIds?: readonly string[];
}

/**
 * Work done inside an append's transaction for each event: a SQL read model kept in
 * step with the log, or a check that must refuse the whole append. Handed to
 * `openStore`; the store runs them in order and knows nothing of what they mean.
 */
export interface Projection {
  readonly name: string;
  apply(tx: SqlExecutor, stored: StoredEvent): Promise<void>;
}

/**
 * The event-store contract: an append-only log with optimistic concurrency and
 * idempotency keys, a global ordered feed, and commit notices. It is generic in what
 * it holds: body events, the server's own facts, anything with a `type`. Every
 * adapter implements exactly this and passes the one contract suite.
 */
export interface EventStore {
  readonly dialect: 'sqlite' | 'postgres';
  /** Atomic: all events and the projections' work, or nothing. */
  append(streamId: string, events: readonly LogEvent[], options: AppendOptions): Promise<AppendResult>;
  /**
   * Appends the events `chunks` yields, in one transaction, writing each chunk as it
   * comes, so that memory holds one chunk whatever the total (an import of millions of
   * events). All or nothing, like `append`: if the iterator throws, nothing is appended.
   */
  appendChunks(streamId: string, chunks: AsyncIterable<readonly LogEvent[]> | Iterable<readonly LogEvent[]>, options: ChunkedAppendOptions): Promise<ChunkedAppendResult>;
  /** The caller names what the stream holds; the store does not check it (decoders at the edge do). */
  read<E extends LogEvent = LogEvent>(streamId: string, options?: ReadOptions): Promise<StoredEvent<E>[]>;
  readAll(options: ReadAllOptions): Promise<StoredEvent[]>;
  /** Raw rows in position order, for the chain check; nothing is parsed. */
  readChain(afterPosition: number, limit: number): Promise<ChainRow[]>;
  /** A stream's rows, each with the hash of the event just before it in the log: its links, checkable alone. */
  readStreamLinks(streamId: string): Promise<Array<ChainRow & { previousHash: string | null }>>;
  /**
   * Removes whole streams, all their events, in one transaction; each event leaves only its
   * position and hash (`erasedLinks`), so `verifyLog` still links the chain across the gap.
   * Returns how many events went. The only deletion the log knows (docs/security.md).
   */
  eraseStreams(streamIds: readonly string[]): Promise<number>;
  /** Position → hash of every erased event. */
  erasedLinks(): Promise<Map<number, string>>;
  /** The last position the store has handed out (a log cut short ends before it). */
  lastPosition(): Promise<number>;
  /** The stream's current version (0 if it does not exist). */
  version(streamId: string): Promise<number>;
  streams(): Promise<StreamInfo[]>;
  /** Called after each commit, including other processes' commits on PostgreSQL and on a shared SQLite file. */
  subscribe(listener: CommitListener): Unsubscribe;
  close(): Promise<void>;
}

/** What `openStore` returns: the log, and the login sessions kept beside it. */
export interface Store extends EventStore {
  readonly sessions: SessionTable;
}
