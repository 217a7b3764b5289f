import { type Actor, type BodyCommand, type BodyEvent, type BodyState, type CommandMeta, decide, evolve, initialState } from '@politburo/core';
import { isConcurrencyConflict } from './concurrency-conflict.ts';
import type { AppendResult, EventStore } from './event-store.ts';

/** A stream's state as of `version`, kept between commands so each one replays only what is new. */
interface Cached {
  version: number;
  state: BodyState;
  /** Commands on one stream in one process run one after another (see `withStream`). */
  tail: Promise<unknown>;
}

const caches = new WeakMap<EventStore, Map<string, Cached>>();

const cacheFor = (store: EventStore, streamId: string): Cached => {
  let byStream = caches.get(store);
  if (!byStream) caches.set(store, (byStream = new Map()));
  let c = byStream.get(streamId);
  if (!c) byStream.set(streamId, (c = { version: 0, state: initialState(), tail: Promise.resolve() }));
  return c;
};

/** Runs `fn` after every earlier command on the same stream in this process has finished. */
const withStream = <T>(c: Cached, fn: () => Promise<T>): Promise<T> => {
  const run = c.tail.then(fn, fn);
  c.tail = run.catch(() => undefined);
  return run;
};

/** Folds in the events appended since the cache was last brought up to date (by anyone). */
const catchUp = async (store: EventStore, streamId: string, c: Cached): Promise<void> => {
  const events = await store.read(streamId, { fromVersion: c.version + 1 });
  for (const e of events) {
    c.state = evolve(c.state, e.event);
    c.version = e.version;
  }
};

export const actorLabel = (actor: Actor): string => (actor.kind === 'system' ? 'system' : `member:${actor.id}`);

export interface HandleOptions {
  /** How many times to decide again after a concurrency conflict (default 3). */
  retries?: number;
  /** Makes a retried request (say, a resent HTTP call) append at most once. */
  idempotencyKey?: string;
}

export interface HandleResult {
  /** The events this command appended (or, for a repeated idempotency key, the ones the first call appended). */
  events: BodyEvent[];
  /**
   * The stream's state after them. It is the handler's cached state, which later
   * commands update in place: read from it, do not keep it.
   */
  state: BodyState;
  version: number;
  positions: number[];
}

/**
 * The one I/O step around the pure core: bring the cached state up to the stream's
 * head, decide, append with the expected version. On a conflict (another process
 * appended first) it catches up and decides again, which is safe because `decide`
 * is pure. Domain errors from `decide` pass through unchanged.
 */
export const handleCommand = (
  store: EventStore,
  streamId: string,
  command: BodyCommand,
  meta: CommandMeta,
  options: HandleOptions = {},
): Promise<HandleResult> => {
  const c = cacheFor(store, streamId);
  const retries = options.retries ?? 3;
  const key = options.idempotencyKey;
  /** The first call's events, not the ones decided just now against a later state. */
  const replayed = async (result: AppendResult): Promise<HandleResult> => {
    const first = result.version - result.positions.length + 1;
    const original = result.positions.length ? await store.read(streamId, { fromVersion: first, limit: result.positions.length }) : [];
    await catchUp(store, streamId, c);
    return { events: original.map((e) => e.event), state: c.state, version: result.version, positions: result.positions };
  };
  return withStream(c, async () => {
    for (let attempt = 0; ; attempt++) {
      await catchUp(store, streamId, c);
      let events: BodyEvent[];
      try {
        events = decide(command, c.state, meta);
      } catch (err) {
        // A repeated request is refused by the state its first run made (a duplicate id,
        // say); if its key was seen, answer with the first run's result instead.
        if (key === undefined) throw err;
        const seen = await store.append(streamId, [], { expectedVersion: 'any', idempotencyKey: key });
        if (!seen.duplicate) throw err;
        return replayed(seen);
      }
      if (events.length === 0) return { events, state: c.state, version: c.version, positions: [] };
      try {
        const result = await store.append(streamId, events, {
          expectedVersion: c.version,
          meta: { actor: actorLabel(meta.actor), at: meta.now },
          ...(key !== undefined ? { idempotencyKey: key } : {}),
        });
        if (result.duplicate) return replayed(result);
        for (const e of events) c.state = evolve(c.state, e);
        c.version = result.version;
        return { events, state: c.state, version: result.version, positions: result.positions };
      } catch (err) {
        if (!isConcurrencyConflict(err) || attempt >= retries) throw err;
      }
    }
  });
};

/** The current state of a stream through the same cache (for reads that need the whole body). */
export const loadState = (store: EventStore, streamId: string): Promise<{ state: BodyState; version: number }> => {
  const c = cacheFor(store, streamId);
  return withStream(c, async () => {
    await catchUp(store, streamId, c);
    return { state: c.state, version: c.version };
  });
};

/** Forgets cached state (after a restore replaced a stream, or to free memory). */
export const forgetState = (store: EventStore, streamId?: string): void => {
  if (streamId === undefined) caches.delete(store);
  else caches.get(store)?.delete(streamId);
};
