import type { BodyEvent } from '@politburo/core';
import type { CommitListener, Unsubscribe } from './commit-feed.ts';
import type { Register } from './register.ts';

/** Who appended and when, as the command handler knew it (an actor label such as `system` or `member:stalin`). */
export interface EventMeta {
  actor?: string;
  at?: string;
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

export interface StoredEvent {
  streamId: string;
  /** 1-based position in its stream. */
  version: number;
  /** Position in the store-wide feed: increasing in commit order, without gaps. */
  position: number;
  event: BodyEvent;
  meta: EventMeta;
  /** Wall-clock time of the append (the store's clock, not the domain's). */
  recordedAt: string;
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
}

/**
 * The event-store contract: an append-only log of body events with optimistic
 * concurrency and idempotency keys, a global ordered feed, and commit notices.
 * Every adapter implements exactly this and passes the one contract suite.
 */
export interface EventStore {
  readonly dialect: 'sqlite' | 'postgres';
  /** Atomic: all events and their read-model rows, or nothing. */
  append(streamId: string, events: readonly BodyEvent[], options: AppendOptions): Promise<AppendResult>;
  read(streamId: string, options?: ReadOptions): Promise<StoredEvent[]>;
  readAll(options: ReadAllOptions): Promise<StoredEvent[]>;
  /** The stream's current version (0 if it does not exist). */
  version(streamId: string): Promise<number>;
  streams(): Promise<StreamInfo[]>;
  /** Called after each commit, including other processes' commits on PostgreSQL and on a shared SQLite file. */
  subscribe(listener: CommitListener): Unsubscribe;
  close(): Promise<void>;
}

/** What `openStore` returns: the log and the register (read models) kept with it. */
export interface Store extends EventStore, Register {}
