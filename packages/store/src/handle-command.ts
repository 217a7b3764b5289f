import { conflict } from '@politburo/core';
import { isConcurrencyConflict } from './concurrency-conflict.ts';
import type { AppendResult, EventMeta, LogEvent } from './event-store.ts';
import type { Fold, FoldedStream } from './folded-stream.ts';

/** A decider: the pure core of a stream (body events, the server's facts, anything). */
export interface Decider<C, E extends LogEvent, S, M> extends Fold<E, S> {
  decide(command: C, state: S, meta: M): readonly E[];
}

/** Who asks, on what clock, in which request: written into every event's metadata. */
export interface Audit {
  /** `system`, `cli`, `member:<id>`, `account:<username>`… */
  actor: string;
  /** The body's own time when it differs from the real one (a replay clock). */
  bodyTime?: string;
  requestId?: string;
  /** Recorded on the first event a command appends (a copy names the source it verified). */
  sourceHead?: EventMeta['sourceHead'];
}

export interface HandleOptions {
  audit: Audit;
  /** Makes a retried request (say, a resent HTTP call) append at most once. */
  idempotencyKey?: string;
  /** How many times to decide again after a concurrency conflict (default 20). */
  retries?: number;
  /** Real time in epoch ms (default Date.now). */
  realNow?: () => number;
  /** Upper bound of the first backoff in ms; it doubles per retry up to 250 ms, each wait a random fraction of it. */
  backoffMs?: number;
}

export interface HandleResult<E extends LogEvent, S> {
  /** The events this command appended (or, for a repeated idempotency key, the ones the first call appended). */
  events: E[];
  /** The stream's state after them: the folded stream's own, which later commands update in place. */
  state: S;
  version: number;
  positions: number[];
  /** True when an idempotency key matched an earlier request and nothing was appended now. */
  duplicate: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const metaOf = (audit: Audit, realNow: () => number): EventMeta => ({
  actor: audit.actor,
  at: new Date(realNow()).toISOString(),
  ...(audit.bodyTime !== undefined ? { bodyTime: audit.bodyTime } : {}),
  ...(audit.requestId !== undefined ? { requestId: audit.requestId } : {}),
});

/**
 * The one write path: bring the folded state up to the stream's head, decide, append
 * with the expected version and the audit metadata. On a conflict (another process
 * appended first) it waits a jittered moment, catches up and decides again, which is
 * safe because deciders are pure. Domain errors from `decide` pass through unchanged.
 */
export const handleCommand = <C, E extends LogEvent, S, M>(
  stream: FoldedStream<E, S>,
  decider: Pick<Decider<C, E, S, M>, 'decide'>,
  command: C,
  meta: M,
  options: HandleOptions,
): Promise<HandleResult<E, S>> => {
  const { store, streamId } = stream;
  const retries = options.retries ?? 20;
  const realNow = options.realNow ?? Date.now;
  const backoff = options.backoffMs ?? 5;
  const key = options.idempotencyKey;
  /** The first call's events, not the ones decided just now against a later state. */
  const replayed = async (result: AppendResult): Promise<HandleResult<E, S>> => {
    const first = result.version - result.positions.length + 1;
    const original = result.positions.length ? await store.read<E>(streamId, { fromVersion: first, limit: result.positions.length }) : [];
    await stream.catchUp();
    return { events: original.map((e) => e.event), state: stream.state, version: result.version, positions: result.positions, duplicate: true };
  };
  return stream.exclusive(async () => {
    for (let attempt = 0; ; attempt++) {
      await stream.catchUp();
      let events: readonly E[];
      try {
        events = decider.decide(command, stream.state, meta);
      } catch (err) {
        // A repeated request is refused by the state its first run made (a duplicate id,
        // say); if its key was seen, answer with the first run's result instead.
        if (key === undefined) throw err;
        const seen = await store.append(streamId, [], { expectedVersion: 'any', idempotencyKey: key });
        if (!seen.duplicate) throw err;
        return replayed(seen);
      }
      if (events.length === 0) return { events: [], state: stream.state, version: stream.version, positions: [], duplicate: false };
      try {
        const meta = metaOf(options.audit, realNow);
        const result = await store.append(streamId, events, {
          expectedVersion: stream.version,
          meta,
          ...(options.audit.sourceHead ? { eventMeta: events.map((_, i) => (i === 0 ? { ...meta, sourceHead: options.audit.sourceHead } : meta)) } : {}),
          ...(key !== undefined ? { idempotencyKey: key } : {}),
        });
        if (result.duplicate) return replayed(result);
        for (const e of events) stream.state = stream.fold.evolve(stream.state, e);
        stream.version = result.version;
        stream.position = Math.max(stream.position, ...result.positions);
        return { events: [...events], state: stream.state, version: result.version, positions: result.positions, duplicate: false };
      } catch (err) {
        if (!isConcurrencyConflict(err) || attempt >= retries) throw err;
        await sleep(Math.random() * Math.min(250, backoff * 2 ** attempt));
      }
    }
  });
};

/**
 * Starts a stream with events already decided (a body built by the engine from a
 * record, a copy, a checked backup), through the same path: it refuses a stream that
 * exists, with `exists` as the typed error.
 */
export const seedStream = <E extends LogEvent, S>(
  stream: FoldedStream<E, S>,
  events: readonly E[],
  options: HandleOptions & { exists: () => Error },
): Promise<HandleResult<E, S>> =>
  handleCommand(
    stream,
    {
      decide: (given: readonly E[]) => {
        if (stream.version > 0) throw options.exists();
        return given;
      },
    },
    events,
    undefined,
    { ...options, retries: 0 },
  ).catch((err: unknown) => {
    if (isConcurrencyConflict(err)) throw options.exists();
    throw err;
  });

/** A typed "already there" for `seedStream`. */
export const streamExists = (code: string, message: string, field?: string) => () => conflict(code, message, field);

/** Events per INSERT chunk of a streamed seed: memory holds about this many, whatever the total. */
const SEED_CHUNK = 2000;

export interface SeedCommandsOptions<T> {
  audit: Audit;
  realNow?: () => number;
  /** The typed error for a stream that already exists. */
  exists: () => Error;
  /**
   * A command `decide` refused (any error it threw): record it and say whether to go on
   * deciding the rest, so one run can list every refusal. Rethrow to abort at once.
   */
  refused(err: unknown, item: T): boolean;
  /** The error that ends a run in which anything was refused; nothing is appended. */
  rejected(): Error;
  chunkSize?: number;
}

/**
 * Starts a stream with many commands as one write (an import): each command is decided
 * against the state the ones before it built and folded in at once, and their events
 * are appended chunk by chunk inside one transaction, so memory holds the state and one
 * chunk of events, never the whole log. All or nothing: if any command is refused, or
 * anything throws, nothing is appended and the stream's state starts over.
 */
export const seedStreamFromCommands = <C, E extends LogEvent, S, M, T extends { command: C; meta: M }>(
  stream: FoldedStream<E, S>,
  decider: Pick<Decider<C, E, S, M>, 'decide'>,
  commands: Iterable<T>,
  options: SeedCommandsOptions<T>,
): Promise<{ version: number; events: number }> => {
  const { store, streamId } = stream;
  const size = options.chunkSize ?? SEED_CHUNK;
  const chunks = function* (): Generator<E[]> {
    let chunk: E[] = [];
    let refused = false;
    for (const item of commands) {
      let events: readonly E[];
      try {
        events = decider.decide(item.command, stream.state, item.meta);
      } catch (err) {
        if (!options.refused(err, item)) throw options.rejected();
        refused = true;
        continue;
      }
      for (const e of events) stream.state = stream.fold.evolve(stream.state, e);
      if (refused) continue;
      chunk.push(...events);
      if (chunk.length >= size) {
        yield chunk;
        chunk = [];
      }
    }
    if (refused) throw options.rejected();
    if (chunk.length) yield chunk;
  };
  return stream.exclusive(async () => {
    await stream.catchUp();
    if (stream.version > 0) throw options.exists();
    try {
      const meta = metaOf(options.audit, options.realNow ?? Date.now);
      const result = await store.appendChunks(streamId, chunks(), { expectedVersion: 0, meta });
      stream.version = result.version;
      stream.position = Math.max(stream.position, result.lastPosition);
      return { version: result.version, events: result.version };
    } catch (err) {
      stream.state = stream.fold.initialState();
      stream.version = 0;
      if (isConcurrencyConflict(err)) throw options.exists();
      throw err;
    }
  });
};
