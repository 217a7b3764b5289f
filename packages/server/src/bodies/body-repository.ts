import {
  type Actor,
  type Body,
  type BodyCommand,
  type BodyEvent,
  type BodyState,
  DomainError,
  decide,
  evolve,
  type Instant,
  initialState,
} from '@politburo/core';
import { bodyNow } from '../clock/body-clock.ts';
import { HttpProblem } from '../http/problem.ts';
import { type AnyEvent, type CommitNotice, type EventStorePort, isConcurrencyConflict, type StoredEvent } from '../ports.ts';
import { type ClockConfig, DEFAULT_LATENCIES, type Latencies, type ServerEvent, streams } from './server-events.ts';

export interface Listing {
  bodyId: string;
  name: string;
  readOnly: boolean;
  scenario: string | null;
}

export interface Account {
  username: string;
  memberId: string;
  salt: string;
  hash: string;
}

/** A body as this process knows it: its state folded from the store, kept fresh by commit notices. */
export interface BodyEntry {
  listing: Listing;
  state: BodyState;
  version: number;
  clock: ClockConfig;
  latencies: Latencies;
  serverVersion: number;
  accounts: Map<string, Account>;
  accountsVersion: number;
  /** Highest store position folded in from the body's own stream or its server stream. */
  position: number;
  stale: boolean;
  lock: Promise<unknown>;
}

const MAX_RETRIES = 20;

/**
 * The command handler and the cache of bodies. Writes read the stream's tail, decide,
 * append with the expected version and retry on a lost race (another process won);
 * reads serve the cached state, refreshed when a commit notice says a stream moved.
 */
export class BodyRepository {
  private readonly entries = new Map<string, Promise<BodyEntry>>();
  private index = new Map<string, Listing>();
  private indexVersion = 0;
  private unsubscribe: (() => void) | null = null;
  private readonly listeners = new Set<(notice: CommitNotice) => void>();

  constructor(
    readonly store: EventStorePort,
    readonly realNow: () => number = Date.now,
  ) {}

  async start(): Promise<void> {
    this.unsubscribe = this.store.subscribe((n) => this.onNotice(n));
    await this.refreshIndex();
  }

  stop(): void {
    this.unsubscribe?.();
  }

  /** Commit notices for anyone interested (the SSE hub). */
  onCommit(listener: (notice: CommitNotice) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private onNotice(n: CommitNotice): void {
    if (n.streamId === streams.index) void this.refreshIndex().catch(() => {});
    const id = n.streamId.replace(/^(body|srv|acct)-/, '');
    const cached = this.entries.get(id);
    if (cached) void cached.then((e) => (e.stale = true)).catch(() => {});
    for (const l of this.listeners) l(n);
  }

  async refreshIndex(): Promise<void> {
    const events = await this.store.read(streams.index, { fromVersion: this.indexVersion + 1 });
    for (const se of events) {
      if (se.version !== this.indexVersion + 1) continue;
      this.indexVersion = se.version;
      const e = se.event as ServerEvent;
      if (e.type === 'ServerBodyListed') this.index.set(e.bodyId, { bodyId: e.bodyId, name: e.name, readOnly: e.readOnly, scenario: e.scenario });
    }
  }

  async list(): Promise<Listing[]> {
    await this.refreshIndex();
    return [...this.index.values()];
  }

  async exists(bodyId: string): Promise<boolean> {
    if (this.index.has(bodyId)) return true;
    await this.refreshIndex();
    return this.index.has(bodyId);
  }

  /** The entry, fresh as of the last commit notice. 404 for an unknown body. */
  async get(bodyId: string): Promise<BodyEntry> {
    let p = this.entries.get(bodyId);
    if (!p) {
      if (!(await this.exists(bodyId))) throw new HttpProblem(404, 'BODY_NOT_FOUND', `No body "${bodyId}".`, [{ field: 'bodyId', message: 'unknown body' }]);
      p = this.load(this.index.get(bodyId)!);
      this.entries.set(bodyId, p);
      p.catch(() => this.entries.delete(bodyId));
    }
    const entry = await p;
    if (entry.stale) await this.locked(entry, () => this.catchUp(entry));
    return entry;
  }

  private async load(listing: Listing): Promise<BodyEntry> {
    const entry: BodyEntry = {
      listing,
      state: initialState(),
      version: 0,
      clock: { mode: 'real' },
      latencies: DEFAULT_LATENCIES,
      serverVersion: 0,
      accounts: new Map(),
      accountsVersion: 0,
      position: 0,
      stale: true,
      lock: Promise.resolve(),
    };
    await this.catchUp(entry);
    return entry;
  }

  /** Serialises work on one entry within this process (other processes are held off by versions). */
  locked<T>(entry: BodyEntry, fn: () => Promise<T>): Promise<T> {
    const run = entry.lock.then(fn, fn);
    entry.lock = run.catch(() => {});
    return run;
  }

  /** Folds in whatever the three streams gained since we last looked. */
  async catchUp(entry: BodyEntry): Promise<void> {
    entry.stale = false;
    const id = entry.listing.bodyId;
    const [body, server, accounts] = await Promise.all([
      this.store.read(streams.body(id), { fromVersion: entry.version + 1 }),
      this.store.read(streams.server(id), { fromVersion: entry.serverVersion + 1 }),
      this.store.read(streams.accounts(id), { fromVersion: entry.accountsVersion + 1 }),
    ]);
    for (const se of body) {
      if (se.version !== entry.version + 1) continue;
      entry.state = evolve(entry.state, se.event as BodyEvent);
      entry.version = se.version;
      entry.position = Math.max(entry.position, se.position);
    }
    for (const se of server) {
      if (se.version !== entry.serverVersion + 1) continue;
      const e = se.event as ServerEvent;
      if (e.type === 'ServerClockSet') entry.clock = e.clock;
      if (e.type === 'ServerLatenciesSet') entry.latencies = e.latencies;
      entry.serverVersion = se.version;
      entry.position = Math.max(entry.position, se.position);
    }
    for (const se of accounts) {
      if (se.version !== entry.accountsVersion + 1) continue;
      const e = se.event as ServerEvent;
      if (e.type === 'ServerAccountCreated') entry.accounts.set(e.username, { username: e.username, memberId: e.memberId, salt: e.salt, hash: e.hash });
      entry.accountsVersion = se.version;
    }
  }

  now(entry: BodyEntry): Instant {
    return bodyNow(entry.clock, this.realNow());
  }

  requireWritable(entry: BodyEntry): void {
    if (entry.listing.readOnly) {
      throw new HttpProblem(403, 'SCENARIO_READ_ONLY', `Body "${entry.listing.bodyId}" is a read-only scenario: copy it (POST /api/bodies/${entry.listing.bodyId}/copy) to work on it.`);
    }
  }

  /** Read, decide, append with the expected version; retried when another writer got there first. */
  async execute(bodyId: string, command: BodyCommand, actor: Actor, at?: Instant): Promise<{ events: BodyEvent[]; body: Body }> {
    const entry = await this.get(bodyId);
    this.requireWritable(entry);
    return this.locked(entry, async () => {
      for (let attempt = 0; ; attempt++) {
        await this.catchUp(entry);
        const events = decide(command, entry.state, { now: at ?? this.now(entry), actor });
        if (events.length > 0) {
          try {
            const appended = await this.store.append(streams.body(bodyId), events, { expectedVersion: entry.version });
            entry.position = Math.max(entry.position, ...appended.positions);
          } catch (err) {
            if (isConcurrencyConflict(err)) {
              if (attempt < MAX_RETRIES) continue;
              throw new DomainError('CONCURRENCY_CONFLICT', 'concurrency', 'The body changed under this request too often; try again.');
            }
            throw err;
          }
          for (const e of events) entry.state = evolve(entry.state, e);
          entry.version += events.length;
        }
        if (entry.state.status !== 'active') throw new HttpProblem(500, 'INTERNAL', 'Body has no state.');
        return { events, body: entry.state.body };
      }
    });
  }

  /** Appends a server fact to the body's server or accounts stream, retrying lost races. */
  async appendServer(bodyId: string, stream: 'server' | 'accounts', event: ServerEvent): Promise<BodyEntry> {
    const entry = await this.get(bodyId);
    return this.locked(entry, async () => {
      for (let attempt = 0; ; attempt++) {
        await this.catchUp(entry);
        const streamId = stream === 'server' ? streams.server(bodyId) : streams.accounts(bodyId);
        const expectedVersion = stream === 'server' ? entry.serverVersion : entry.accountsVersion;
        try {
          await this.store.append(streamId, [event], { expectedVersion });
        } catch (err) {
          if (isConcurrencyConflict(err) && attempt < MAX_RETRIES) continue;
          throw err;
        }
        await this.catchUp(entry);
        return entry;
      }
    });
  }

  /**
   * Creates a body from ready events (new, copy, restore, scenario): its streams
   * first, the index entry last, so a listed body is always complete.
   */
  async create(listing: Listing, bodyEvents: readonly BodyEvent[], serverEvents: readonly ServerEvent[], accountEvents: readonly ServerEvent[]): Promise<BodyEntry> {
    if (await this.exists(listing.bodyId)) throw new HttpProblem(409, 'BODY_EXISTS', `A body "${listing.bodyId}" already exists.`, [{ field: 'id', message: 'taken' }]);
    const id = listing.bodyId;
    const put = async (streamId: string, events: readonly AnyEvent[]) => {
      if (events.length === 0) return;
      try {
        await this.store.append(streamId, events, { expectedVersion: 0 });
      } catch (err) {
        if (isConcurrencyConflict(err)) throw new HttpProblem(409, 'BODY_EXISTS', `A body "${id}" already exists.`, [{ field: 'id', message: 'taken' }]);
        throw err;
      }
    };
    await put(streams.body(id), bodyEvents);
    await put(streams.server(id), serverEvents);
    await put(streams.accounts(id), accountEvents);
    for (let attempt = 0; ; attempt++) {
      await this.refreshIndex();
      try {
        await this.store.append(streams.index, [{ type: 'ServerBodyListed', ...listing }], { expectedVersion: this.indexVersion });
        break;
      } catch (err) {
        if (!isConcurrencyConflict(err) || attempt >= MAX_RETRIES) throw err;
      }
    }
    await this.refreshIndex();
    return this.get(id);
  }

  /** All stored events of a body's three streams, for backups. */
  async exportBody(bodyId: string): Promise<{ events: StoredEvent[]; server: StoredEvent[]; accounts: StoredEvent[] }> {
    const [events, server, accounts] = await Promise.all([
      this.store.read(streams.body(bodyId)),
      this.store.read(streams.server(bodyId)),
      this.store.read(streams.accounts(bodyId)),
    ]);
    return { events, server, accounts };
  }

  /** Every listed body's entry (the scheduler walks these). */
  async all(): Promise<BodyEntry[]> {
    const out: BodyEntry[] = [];
    for (const l of await this.list()) out.push(await this.get(l.bodyId));
    return out;
  }
}

export const activeOf = (entry: BodyEntry): Body => {
  if (entry.state.status !== 'active') throw new HttpProblem(404, 'BODY_NOT_FOUND', `Body "${entry.listing.bodyId}" has no events.`);
  return entry.state.body;
};
