import { type Actor, type Body, type BodyCommand, type BodyEvent, type BodyState, bodyDecider, type CommandMeta, DomainError, type Instant } from '@politburo/core';
import { type Audit, type CommitNotice, type EventStore, FoldedStream, handleCommand, type SeedCommandsOptions, seedStream, seedStreamFromCommands, type StoredEvent } from '@politburo/store';
import { bodyNow } from '../clock/body-clock.ts';
import {
  type AccountsCommand,
  type AccountsState,
  accountsDecider,
  bodyExists,
  type IndexState,
  indexDecider,
  type SettingsCommand,
  type SettingsState,
  settingsDecider,
} from './server-deciders.ts';
import type { AccountEvent, ClockConfig, IndexEvent, Latencies, Listing, SettingsEvent } from './server-events.ts';
import { streams } from './server-events.ts';

export type { Account, Listing } from './server-events.ts';

/** Where a write comes from, for the log's metadata; `requestId` and `idempotencyKey` come with an HTTP request. */
export interface WriteContext {
  requestId?: string;
  /** A copy's verified source: recorded on the first event of the new body. */
  sourceHead?: { streamId: string; position: number; hash: string };
  idempotencyKey?: string;
  /** The body time to decide at (the scheduler delivers at the due instant); default: the body clock's now. */
  at?: Instant;
  /** Who the log names as the writer when it is not the command's actor: a teacher's event (`teacher:<name>`), a seat's agent (`agent:<member>`). */
  label?: string;
}

export const actorLabel = (actor: Actor): string => (actor.kind === 'system' ? 'system' : `member:${actor.id}`);

/** A body as this process knows it: its three streams folded from the store, kept fresh by commit notices. */
export class BodyEntry {
  stale = false;
  constructor(
    readonly listing: Listing,
    readonly body: FoldedStream<BodyEvent, BodyState>,
    readonly settings: FoldedStream<SettingsEvent, SettingsState>,
    readonly accountsStream: FoldedStream<AccountEvent, AccountsState>,
  ) {}
  get state(): BodyState {
    return this.body.state;
  }
  /** The body stream's version: what caches of derived views key on. */
  get version(): number {
    return this.body.version;
  }
  get clock(): ClockConfig {
    return this.settings.state.clock;
  }
  get latencies(): Latencies {
    return this.settings.state.latencies;
  }
  get accounts(): AccountsState {
    return this.accountsStream.state;
  }
  /** Highest store position folded in from the body's own stream or its settings stream. */
  get position(): number {
    return Math.max(this.body.position, this.settings.position);
  }
}

const bodyNotFound = (bodyId: string): DomainError => new DomainError('BODY_NOT_FOUND', 'not-found', `No body "${bodyId}".`, [{ field: 'bodyId', message: 'unknown body' }]);

/**
 * The cache of bodies and the one way the server writes: every write is a command
 * decided by a pure decider (the core's for a body's own events, the server's for its
 * index, clock and accounts) and appended by the one command handler with the actor,
 * times and request id in its metadata. Reads serve the folded state, refreshed when a
 * commit notice says a stream moved.
 */
export class BodyRepository {
  private readonly entries = new Map<string, Promise<BodyEntry>>();
  readonly index: FoldedStream<IndexEvent, IndexState>;
  private unsubscribe: (() => void) | null = null;
  private readonly listeners = new Set<(notice: CommitNotice) => void>();

  constructor(
    readonly store: EventStore,
    readonly realNow: () => number = Date.now,
  ) {
    this.index = new FoldedStream(store, streams.index, indexDecider);
  }

  async start(): Promise<void> {
    this.unsubscribe = this.store.subscribe((n) => this.onNotice(n));
    await this.index.refresh();
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
    if (n.streamId === streams.index) void this.index.refresh().catch(() => {});
    const id = n.streamId.replace(/^(body|srv|acct)-/, '');
    const cached = this.entries.get(id);
    if (cached) void cached.then((e) => (e.stale = true)).catch(() => {});
    for (const l of this.listeners) l(n);
  }

  async list(): Promise<Listing[]> {
    await this.index.refresh();
    return [...this.index.state.values()];
  }

  async exists(bodyId: string): Promise<boolean> {
    if (this.index.state.has(bodyId)) return true;
    await this.index.refresh();
    return this.index.state.has(bodyId);
  }

  /** The entry, fresh as of the last commit notice; BODY_NOT_FOUND for an unknown body. */
  async get(bodyId: string): Promise<BodyEntry> {
    let p = this.entries.get(bodyId);
    if (!p) {
      if (!(await this.exists(bodyId))) throw bodyNotFound(bodyId);
      p = this.load(this.index.state.get(bodyId)!);
      this.entries.set(bodyId, p);
      p.catch(() => this.entries.delete(bodyId));
    }
    const entry = await p;
    if (entry.stale) await this.refresh(entry);
    return entry;
  }

  private async load(listing: Listing): Promise<BodyEntry> {
    const id = listing.bodyId;
    const entry = new BodyEntry(
      listing,
      new FoldedStream(this.store, streams.body(id), bodyDecider),
      new FoldedStream(this.store, streams.server(id), settingsDecider),
      new FoldedStream(this.store, streams.accounts(id), accountsDecider),
    );
    await this.refresh(entry);
    return entry;
  }

  /** Folds in whatever the three streams gained since we last looked. */
  async refresh(entry: BodyEntry): Promise<void> {
    entry.stale = false;
    await Promise.all([entry.body.refresh(), entry.settings.refresh(), entry.accountsStream.refresh()]);
  }

  now(entry: BodyEntry): Instant {
    return bodyNow(entry.clock, this.realNow());
  }

  requireWritable(entry: BodyEntry): void {
    if (entry.listing.readOnly) {
      throw new DomainError(
        'SCENARIO_READ_ONLY',
        'forbidden',
        `Body "${entry.listing.bodyId}" is a read-only scenario: copy it (POST /api/bodies/${entry.listing.bodyId}/copy) to work on it.`,
      );
    }
  }

  private audit(actor: string, bodyTime: Instant | undefined, ctx: WriteContext): Audit {
    return { actor, ...(bodyTime !== undefined ? { bodyTime } : {}), ...(ctx.requestId !== undefined ? { requestId: ctx.requestId } : {}) };
  }

  /** A command on a body's own stream, decided by the core. */
  async execute(bodyId: string, command: BodyCommand, actor: Actor, ctx: WriteContext = {}): Promise<{ events: BodyEvent[]; body: Body }> {
    const entry = await this.get(bodyId);
    this.requireWritable(entry);
    const now = ctx.at ?? this.now(entry);
    const result = await handleCommand(entry.body, bodyDecider, command, { now, actor }, {
      audit: this.audit(ctx.label ?? actorLabel(actor), now, ctx),
      realNow: this.realNow,
      ...(ctx.idempotencyKey !== undefined ? { idempotencyKey: ctx.idempotencyKey } : {}),
    });
    if (result.state.status !== 'active') throw bodyNotFound(bodyId);
    return { events: result.events, body: result.state.body };
  }

  /** A change of a body's clock or channel latencies. */
  async configure(bodyId: string, command: SettingsCommand, actor: string, ctx: WriteContext = {}): Promise<BodyEntry> {
    const entry = await this.get(bodyId);
    await handleCommand(entry.settings, settingsDecider, command, undefined, { audit: this.audit(ctx.label ?? actor, undefined, ctx), realNow: this.realNow });
    return entry;
  }

  /** A login for a member of the body; refuses an unknown member or a taken username. */
  async account(bodyId: string, command: AccountsCommand, actor: string, ctx: WriteContext = {}): Promise<BodyEntry> {
    const entry = await this.get(bodyId);
    await entry.body.refresh();
    if (entry.state.status !== 'active') throw bodyNotFound(bodyId);
    await handleCommand(entry.accountsStream, accountsDecider, command, membersOf(entry.state.body), { audit: this.audit(actor, undefined, ctx), realNow: this.realNow });
    return entry;
  }

  /**
   * Creates a body from events already decided (new, copy, import, checked restore):
   * its streams first, the index entry last, so that a listed body is always complete.
   */
  async create(
    listing: Listing,
    seed: { body: readonly BodyEvent[]; settings: readonly SettingsCommand[]; accounts: readonly AccountsCommand[] },
    actor: string,
    ctx: WriteContext = {},
  ): Promise<BodyEntry> {
    const id = listing.bodyId;
    if (await this.exists(id)) throw bodyExists(id);
    dryRun(seed);
    const created = seed.body[0];
    const audit = this.audit(actor, created?.type === 'BodyCreated' ? created.at : undefined, ctx);
    const options = { audit: { ...audit, ...(ctx.sourceHead ? { sourceHead: ctx.sourceHead } : {}) }, realNow: this.realNow, exists: () => bodyExists(id) };
    const body = new FoldedStream(this.store, streams.body(id), bodyDecider);
    await seedStream(body, seed.body, options);
    if (body.state.status !== 'active') throw new DomainError('BODY_EMPTY', 'validation', 'A body starts with BodyCreated.', [{ field: 'events', message: 'no BodyCreated' }]);
    const settings = new FoldedStream(this.store, streams.server(id), settingsDecider);
    for (const c of seed.settings) await handleCommand(settings, settingsDecider, c, undefined, { audit, realNow: this.realNow });
    const accounts = new FoldedStream(this.store, streams.accounts(id), accountsDecider);
    for (const c of seed.accounts) await handleCommand(accounts, accountsDecider, c, membersOf(body.state.body), { audit, realNow: this.realNow });
    await handleCommand(this.index, indexDecider, { type: 'ListBody', listing }, undefined, { audit, realNow: this.realNow });
    return this.get(id);
  }

  /**
   * A body from commands decided one by one while they are written (an import of a
   * record of any size): the core decides each against the state the ones before built,
   * and the body stream is appended chunk by chunk inside one transaction, so neither
   * the whole log nor a second fold of it is ever held; all of it, or nothing. Then the
   * settings and the index entry, as `create` writes them; the entry is the one just
   * folded, not a re-read of the stream.
   */
  async createFromCommands<T extends { command: BodyCommand; meta: CommandMeta }>(
    listing: Listing,
    run: { commands: Iterable<T>; bodyTime?: Instant } & Pick<SeedCommandsOptions<T>, 'refused' | 'rejected'>,
    settingsSeed: readonly SettingsCommand[],
    actor: string,
    ctx: WriteContext = {},
  ): Promise<{ entry: BodyEntry; events: number }> {
    const id = listing.bodyId;
    if (await this.exists(id)) throw bodyExists(id);
    const audit = this.audit(actor, run.bodyTime, ctx);
    const body = new FoldedStream(this.store, streams.body(id), bodyDecider);
    const { events } = await seedStreamFromCommands(body, bodyDecider, run.commands, {
      audit,
      realNow: this.realNow,
      exists: () => bodyExists(id),
      refused: run.refused,
      rejected: run.rejected,
    });
    if (body.state.status !== 'active') throw new DomainError('BODY_EMPTY', 'validation', 'A body starts with BodyCreated.', [{ field: 'events', message: 'no BodyCreated' }]);
    const settings = new FoldedStream(this.store, streams.server(id), settingsDecider);
    for (const c of settingsSeed) await handleCommand(settings, settingsDecider, c, undefined, { audit, realNow: this.realNow });
    const accounts = new FoldedStream(this.store, streams.accounts(id), accountsDecider);
    await handleCommand(this.index, indexDecider, { type: 'ListBody', listing }, undefined, { audit, realNow: this.realNow });
    const entry = new BodyEntry(listing, body, settings, accounts);
    this.entries.set(id, Promise.resolve(entry));
    return { entry: await this.get(id), events };
  }

  /** Adds an index entry for a body stream that has none (see `Bodies.adoptUnlisted`). */
  async listExisting(bodyId: string, name: string): Promise<void> {
    await handleCommand(this.index, indexDecider, { type: 'ListBody', listing: { bodyId, name, readOnly: false, scenario: null } }, undefined, {
      audit: { actor: 'system' },
      realNow: this.realNow,
    });
  }

  /**
   * Takes a body out of the index and erases its streams as a unit (the store keeps each
   * erased event's position and hash, so the chain still verifies). For a deleted class's groups.
   */
  async erase(bodyId: string, actor: string): Promise<number> {
    await handleCommand(this.index, indexDecider, { type: 'UnlistBody', bodyId }, undefined, { audit: { actor }, realNow: this.realNow });
    this.entries.delete(bodyId);
    const n = await this.store.eraseStreams([streams.body(bodyId), streams.server(bodyId), streams.accounts(bodyId), streams.invites(bodyId), streams.signatures(bodyId)]);
    this.entries.delete(bodyId);
    return n;
  }

  /** All stored events of a body's three streams, for backups. */
  async exportBody(bodyId: string): Promise<{ events: StoredEvent<BodyEvent>[]; server: StoredEvent<SettingsEvent>[]; accounts: StoredEvent<AccountEvent>[] }> {
    const [events, server, accounts] = await Promise.all([
      this.store.read<BodyEvent>(streams.body(bodyId)),
      this.store.read<SettingsEvent>(streams.server(bodyId)),
      this.store.read<AccountEvent>(streams.accounts(bodyId)),
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

const membersOf = (b: Body) => ({ bodyId: b.id, hasMember: (id: string) => Object.hasOwn(b.members, id) });

/**
 * Decides a new body's settings and accounts in memory before anything is written, so
 * that a refusal (an account for an unknown member, say) leaves no half-made body.
 */
const dryRun = (seed: { body: readonly BodyEvent[]; settings: readonly SettingsCommand[]; accounts: readonly AccountsCommand[] }): void => {
  const created = seed.body[0];
  if (created?.type !== 'BodyCreated') throw new DomainError('BODY_EMPTY', 'validation', 'A body starts with BodyCreated.', [{ field: 'events', message: 'no BodyCreated' }]);
  const members = new Set(seed.body.flatMap((e) => (e.type === 'MemberAdmitted' ? [e.member.id] : [])));
  let settings = settingsDecider.initialState();
  for (const c of seed.settings) for (const e of settingsDecider.decide(c, settings, undefined)) settings = settingsDecider.evolve(settings, e);
  let accounts = accountsDecider.initialState();
  for (const c of seed.accounts) for (const e of accountsDecider.decide(c, accounts, { bodyId: created.bodyId, hasMember: (id) => members.has(id) })) accounts = accountsDecider.evolve(accounts, e);
};

export const activeOf = (entry: BodyEntry): Body => {
  if (entry.state.status !== 'active') throw bodyNotFound(entry.listing.bodyId);
  return entry.state.body;
};
