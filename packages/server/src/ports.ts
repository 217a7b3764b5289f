import type { BodyEvent } from '@politburo/core';
import type { ServerEvent } from './bodies/server-events.ts';

/**
 * The slice of `@politburo/store` the server depends on — a structural contract, so
 * the server is typed against what it uses. `store-adapter.ts` binds it to the store.
 * Body streams carry `BodyEvent`s; the server's own streams (the body index, clock and
 * settings, accounts) carry `ServerEvent`s.
 */
export type AnyEvent = BodyEvent | ServerEvent;

export interface StoredEvent {
  streamId: string;
  version: number;
  /** Store-wide feed position, increasing in commit order: the SSE event id. */
  position: number;
  event: AnyEvent;
}

export interface CommitNotice {
  streamId: string;
  version: number;
  fromPosition: number;
  toPosition: number;
}

export interface EventStorePort {
  readonly dialect: 'sqlite' | 'postgres';
  append(streamId: string, events: readonly AnyEvent[], options: { expectedVersion: number; idempotencyKey?: string }): Promise<{ version: number; positions: number[] }>;
  read(streamId: string, options?: { fromVersion?: number }): Promise<StoredEvent[]>;
  readAll(options: { afterPosition: number; limit: number }): Promise<StoredEvent[]>;
  subscribe(listener: (notice: CommitNotice) => void): () => void;
  close(): Promise<void>;
}

/** The store reports a lost optimistic-concurrency race with this code. */
export const isConcurrencyConflict = (err: unknown): boolean =>
  typeof err === 'object' && err !== null && 'code' in err && (err as { code: unknown }).code === 'CONCURRENCY_CONFLICT';
