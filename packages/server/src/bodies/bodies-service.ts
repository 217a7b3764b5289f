import { type Actor, type BodyEvent, type BodySettings, DomainError, Engine, type ErrorDetail, evolve, eventsAsOf, isIsoDate, type QuorumRule, type Role, referenceProblem } from '@politburo/core';
import { type RecordCommand, recordBodyName, sourceImport } from '@politburo/importer';
import { FoldedStream, handleCommand, type StreamLink, verifyLinkSet, verifyLinks, verifyStream } from '@politburo/store';
import { createHash } from 'node:crypto';
import { type PolitburoRecord, type RecordSource, readRecord, recordSource } from '@politburo/record';
import { describeScenario, scenarioPath } from '@politburo/scenarios';
import { randomBytes } from 'node:crypto';
import { bodyNow, instantFromMs } from '../clock/body-clock.ts';
import { newId } from '../http/ids.ts';
import { accountCommand, copyEvents, DEMO_ROLES, type DemoAccount, fold, seedDemo } from './body-factory.ts';
import { activeOf, type BodyEntry, type BodyRepository, type WriteContext } from './body-repository.ts';
import { bodyEventSchema } from './event-schema.ts';
import { accountEventSchema, type Backup, type BackupLink, backupSchema, linkSchema, settingsEventSchema } from './backup-schema.ts';
import { type AccountsCommand, accountCommandOf, invitesDecider, type SettingsCommand } from './server-deciders.ts';
import { type ClockConfig, DEFAULT_LATENCIES, type Listing, type ListingCopy, streams } from './server-events.ts';
import { copyName, listingName } from '../views/body-name.ts';

/** Where a copy of a scenario starts its replay clock: the first day of the leader's 1934 holiday. */
export const SCENARIO_CLOCK_START: Record<string, string> = { '1934': '1934-07-30T09:00', '1934-evidence': '1934-07-30T09:00' };
const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const tokenHash = (token: string): string => createHash('sha256').update(token).digest('base64url');

/** Body minutes per real minute in a fresh copy: an hour of 1934 passes in a minute. */
export const DEFAULT_REPLAY_SPEED = 60;

export interface NewBody {
  id?: string | undefined;
  name: string;
  settings?: { quorum?: QuorumRule | undefined; hideResultsUntilClosed?: boolean | undefined } | undefined;
  /** The founding member and his login; a body made from the CLI may start with nobody. */
  founder?: { memberId: string; name: string; role: Role; username: string; password: string } | undefined;
}

const defaultSettings: SettingsCommand[] = [
  { type: 'SetClock', clock: { mode: 'real' } },
  { type: 'SetLatencies', latencies: DEFAULT_LATENCIES },
];

const badBackup = (problems: ErrorDetail[]): DomainError =>
  new DomainError(
    'BAD_BACKUP',
    'validation',
    `The backup is not a valid body (${problems.length} problem(s); first: ${problems[0]!.field}: ${problems[0]!.message}). Nothing was restored.`,
    problems,
  );

const chainBroken = (field: string, message: string): DomainError =>
  new DomainError('BACKUP_CHAIN_BROKEN', 'validation', `The backup's hash chain does not hold (${field}: ${message}). Nothing was restored.`, [{ field, message }]);

/**
 * The bodies of a store: create, copy, import, restore, back up, list, get and give a
 * member a login. The server's routes and the CLI both call these, so a body made by
 * any command is a body `serve` lists, and every write takes the one path (the
 * repository's command handler, deciders in front).
 */
export class Bodies {
  constructor(
    readonly repo: BodyRepository,
    readonly realNow: () => number = Date.now,
    readonly demoPassword?: string,
  ) {}

  list(): Promise<Listing[]> {
    return this.repo.list();
  }

  get(bodyId: string): Promise<BodyEntry> {
    return this.repo.get(bodyId);
  }

  /** A new, empty body with its founding member and his login. */
  async create(input: NewBody, ctx: WriteContext = {}, actor = 'system'): Promise<BodyEntry> {
    const id = input.id ?? newId('body');
    const now = instantFromMs(this.realNow());
    const sys = { now, actor: { kind: 'system' as const } };
    const settings: Partial<BodySettings> = {
      ...(input.settings?.quorum ? { quorum: input.settings.quorum } : {}),
      ...(input.settings?.hideResultsUntilClosed !== undefined ? { hideResultsUntilClosed: input.settings.hideResultsUntilClosed } : {}),
    };
    const events = new Engine();
    events.execute({ type: 'CreateBody', bodyId: id, name: input.name, ...(Object.keys(settings).length ? { settings } : {}) }, sys);
    const founder = input.founder;
    if (founder) events.execute({ type: 'AdmitMember', memberId: founder.memberId, name: founder.name, role: founder.role }, sys);
    return this.repo.create(
      { bodyId: id, name: input.name, readOnly: false, scenario: null },
      { body: events.log, settings: defaultSettings, accounts: founder ? [await accountCommand(founder.username, founder.password, founder.memberId)] : [] },
      actor,
      ctx,
    );
  }

  /** A record (CSV folder or JSON, already read) through the engine as a new body: all of it, or nothing. */
  importRecord(
    record: PolitburoRecord,
    options: { bodyId: string; name?: string; readOnly?: boolean; scenario?: string | null; actor?: string },
    ctx: WriteContext = {},
  ): Promise<{ entry: BodyEntry; events: number }> {
    return this.importRecordSource(recordSource(record), options, ctx);
  }

  /**
   * A record read row by row (a folder already validated by `scanRecord`) through the engine
   * as a new body, its rows decided and appended as they are read inside one transaction:
   * all of it, or nothing, and never the whole record in memory.
   */
  async importRecordSource(
    source: RecordSource,
    options: { bodyId: string; name?: string; readOnly?: boolean; scenario?: string | null; actor?: string },
    ctx: WriteContext = {},
  ): Promise<{ entry: BodyEntry; events: number }> {
    const run = sourceImport(source, { bodyId: options.bodyId, ...(options.name ? { name: options.name } : {}) });
    const name = options.name ?? recordBodyName(source);
    // Named after the record's title, the body takes the title's Russian too.
    const nameRu = name === source.meta.title && typeof source.meta.title_ru === 'string' ? source.meta.title_ru : undefined;
    return this.repo.createFromCommands<RecordCommand>(
      { bodyId: options.bodyId, name, readOnly: options.readOnly ?? false, scenario: options.scenario ?? null, ...(nameRu ? { nameRu } : {}) },
      run,
      defaultSettings,
      options.actor ?? 'system',
      ctx,
    );
  }

  /** A body from events the engine has just decided in memory (an import, the CLI's demo run). */
  createFromEvents(listing: Listing, events: readonly BodyEvent[], actor: string, ctx: WriteContext = {}): Promise<BodyEntry> {
    return this.repo.create(listing, { body: events, settings: defaultSettings, accounts: [] }, actor, ctx);
  }

  /**
   * Lists body streams that have no index entry: bodies made by `politburo init` or
   * `restore` before those commands went through this service wrote only the stream.
   */
  async adoptUnlisted(): Promise<string[]> {
    const listed = new Set((await this.repo.list()).map((l) => l.bodyId));
    const adopted: string[] = [];
    for (const { streamId } of await this.repo.store.streams()) {
      if (!streamId.startsWith('body-')) continue;
      const id = streamId.slice(5);
      if (listed.has(id)) continue;
      const [first] = await this.repo.store.read<BodyEvent>(streamId, { limit: 1 });
      if (first?.event.type !== 'BodyCreated') continue;
      await this.repo.listExisting(id, first.event.name);
      adopted.push(id);
    }
    return adopted;
  }

  /** A shipped scenario as a read-only body named after it, once per store. */
  async ensureScenario(name: string): Promise<void> {
    if (await this.repo.exists(name)) return;
    const record = await readRecord(scenarioPath(name));
    try {
      await this.importRecord(record, { bodyId: name, name: describeScenario(name).title, readOnly: true, scenario: name });
    } catch (err) {
      if (await this.repo.exists(name)) return; // another process imported it first
      throw err;
    }
  }

  /**
   * A writable copy of a body (above all the read-only scenario): the same history
   * under a new id, its own replay clock, and one demo account per role. With `asOf`,
   * the history as it stood at the end of that day (core `eventsAsOf`), and the replay
   * clock starts that morning.
   */
  async copy(
    sourceId: string,
    options: {
      id?: string | undefined;
      name?: string | undefined;
      asOf?: string | undefined;
      /** Without a name of its own, the copy is named for what it is: a demo copy or a copy (in each language, `listingName`). */
      kind?: ListingCopy['kind'];
      /** A classroom's group: no demo accounts (students get their own), and the clock waits for the teacher. */
      forClass?: boolean;
    },
    ctx: WriteContext = {},
  ): Promise<{ entry: BodyEntry; demoAccounts: DemoAccount[] }> {
    const { asOf } = options;
    if (asOf !== undefined && !isIsoDate(asOf)) {
      throw new DomainError('BAD_DATE', 'validation', `asOf "${asOf}" is not a date (YYYY-MM-DD).`, [{ field: 'asOf', message: 'expected YYYY-MM-DD' }]);
    }
    const source = await this.repo.get(sourceId);
    const realNow = this.realNow();
    const id = options.id ?? newId(sourceId);
    const copyOf: ListingCopy | undefined =
      options.name === undefined ? { kind: options.kind ?? 'copy', asOf: asOf ?? null, of: source.listing.name, ofRu: listingName('ru', source.listing, activeOf(source).meta) ?? null } : undefined;
    const name = copyOf ? copyName('en', copyOf) : (options.name ?? source.listing.name);
    // A copy as of a date replays from that day; a whole copy of a scenario from the leader's holiday.
    const start = asOf ? `${asOf}T09:00` : SCENARIO_CLOCK_START[source.listing.scenario ?? ''];
    const clock: ClockConfig = start
      ? { mode: 'replay', anchorBody: start, anchorReal: realNow, speed: DEFAULT_REPLAY_SPEED, paused: options.forClass === true }
      : source.clock.mode === 'replay'
        ? { ...source.clock, anchorBody: bodyNow(source.clock, realNow), anchorReal: realNow }
        : { mode: 'real' };
    // The source's own links are checked first: a copy of a tampered body is refused, and the
    // copy's first event records the head it was taken from.
    const checked = await verifyStream(this.repo.store, streams.body(sourceId));
    if (!checked.ok) {
      throw new DomainError('CHAIN_BROKEN', 'corrupt', `Body "${sourceId}" cannot be copied: its log is damaged at position ${checked.problem?.position} (${checked.problem?.message}).`);
    }
    const all = (await this.repo.exportBody(sourceId)).events.map((s) => s.event);
    const history = copyEvents(asOf ? eventsAsOf(all, asOf) : all, id, name);
    const seeded = options.forClass ? { extraEvents: [], accounts: [], accountCommands: [] } : await seedDemo(history, bodyNow(clock, realNow), this.demoPassword);
    const entry = await this.repo.create(
      { bodyId: id, name, readOnly: false, scenario: source.listing.scenario, ...(copyOf ? { copy: copyOf } : {}) },
      {
        body: [...history, ...seeded.extraEvents],
        settings: [
          { type: 'SetClock', clock },
          { type: 'SetLatencies', latencies: source.latencies },
        ],
        accounts: seeded.accountCommands,
      },
      'system',
      { ...ctx, ...(checked.head ? { sourceHead: { streamId: streams.body(sourceId), ...checked.head } } : {}) },
    );
    return { entry, demoAccounts: seeded.accounts };
  }

  /** New passwords for a demo body's role accounts (the store keeps only hashes, so `serve` re-issues them to print). */
  async reissueDemoAccounts(bodyId: string): Promise<DemoAccount[]> {
    const entry = await this.repo.get(bodyId);
    const out: DemoAccount[] = [];
    for (const role of DEMO_ROLES) {
      const account = entry.accounts.get(role);
      const member = account && entry.state.status === 'active' && Object.hasOwn(entry.state.body.members, account.memberId) ? entry.state.body.members[account.memberId] : undefined;
      if (!account || !member) continue;
      const password = this.demoPassword ?? randomBytes(8).toString('base64url');
      await this.repo.account(bodyId, await accountCommand(role, password, member.id, true), 'system');
      out.push({ username: role, password, role, memberId: member.id, name: member.name, ...(member.nameRu ? { nameRu: member.nameRu } : {}) });
    }
    return out;
  }

  /** A login for a member (refused for an unknown member or a taken username, by the accounts decider). */
  async createAccount(bodyId: string, input: { username: string; password: string; memberId: string }, actor: string, ctx: WriteContext = {}): Promise<BodyEntry> {
    if (input.password.length < 8) throw new DomainError('PASSWORD_TOO_SHORT', 'validation', 'A password has at least 8 characters.', [{ field: 'password', message: 'too short' }]);
    return this.repo.account(bodyId, await accountCommand(input.username, input.password, input.memberId), actor, ctx);
  }

  /** A new password for an existing login (the account keeps its member). */
  async setPassword(bodyId: string, username: string, password: string, actor: string, ctx: WriteContext = {}): Promise<BodyEntry> {
    if (password.length < 8) throw new DomainError('PASSWORD_TOO_SHORT', 'validation', 'A password has at least 8 characters.', [{ field: 'password', message: 'too short' }]);
    const account = (await this.repo.get(bodyId)).accounts.get(username);
    if (!account) throw new DomainError('UNKNOWN_ACCOUNT', 'not-found', `Body "${bodyId}" has no login "${username}".`, [{ field: 'username', message: 'unknown' }]);
    return this.repo.account(bodyId, await accountCommand(username, password, account.memberId, true), actor, ctx);
  }

  /**
   * A one-time link for a member to set his own password (steering roles): the token is
   * returned once and only its hash is kept. Valid for 7 days, or until used.
   */
  async invite(bodyId: string, input: { username: string; memberId: string }, actor: string, ctx: WriteContext = {}): Promise<{ token: string; expiresAt: number }> {
    const entry = await this.repo.get(bodyId);
    this.repo.requireWritable(entry);
    const token = randomBytes(24).toString('base64url');
    const expiresAt = this.realNow() + INVITE_TTL_MS;
    const stream = new FoldedStream(this.repo.store, streams.invites(bodyId), invitesDecider);
    await handleCommand(stream, invitesDecider, { type: 'IssueInvite', ...input, tokenHash: tokenHash(token), expiresAt }, this.invitesMeta(entry), {
      audit: { actor, ...(ctx.requestId ? { requestId: ctx.requestId } : {}) },
      realNow: this.realNow,
    });
    return { token, expiresAt };
  }

  /** The invited member sets his password: the link is spent, the login made. Returns the username. */
  async acceptInvite(bodyId: string, token: string, password: string, ctx: WriteContext = {}): Promise<string> {
    if (password.length < 8) throw new DomainError('PASSWORD_TOO_SHORT', 'validation', 'A password has at least 8 characters.', [{ field: 'password', message: 'too short' }]);
    const entry = await this.repo.get(bodyId);
    const stream = new FoldedStream(this.repo.store, streams.invites(bodyId), invitesDecider);
    await stream.refresh();
    const hash = tokenHash(token);
    const invite = stream.state.get(hash);
    const audit = { actor: `invite:${invite?.username ?? 'unknown'}`, ...(ctx.requestId ? { requestId: ctx.requestId } : {}) };
    await handleCommand(stream, invitesDecider, { type: 'UseInvite', tokenHash: hash, nowMs: this.realNow() }, this.invitesMeta(entry), { audit, realNow: this.realNow });
    const used = stream.state.get(hash)!;
    await this.repo.account(bodyId, await accountCommand(used.username, password, used.memberId), audit.actor, ctx);
    return used.username;
  }

  private invitesMeta(entry: BodyEntry) {
    const b = activeOf(entry);
    return { bodyId: b.id, hasMember: (id: string) => Object.hasOwn(b.members, id), usernameTaken: (u: string) => entry.accounts.has(u) };
  }

  /**
   * Everything of a body: its events, its clock and channels, its accounts, each with its
   * link in the log's chain. A body whose own links are broken is refused, as for a copy.
   */
  async backup(bodyId: string): Promise<Backup> {
    const entry = await this.repo.get(bodyId);
    const [events, server, accounts] = await Promise.all([streams.body(bodyId), streams.server(bodyId), streams.accounts(bodyId)].map((s) => this.linkedStream(s)));
    return {
      format: 'politburo-backup/2',
      bodyId,
      name: entry.listing.name,
      events: events!.events as BodyEvent[],
      server: server!.events as Backup['server'],
      accounts: accounts!.events as Backup['accounts'],
      chain: { events: events!.links, server: server!.links, accounts: accounts!.links },
    };
  }

  private async linkedStream(streamId: string): Promise<{ events: unknown[]; links: BackupLink[] }> {
    const rows = await this.repo.store.readStreamLinks(streamId);
    const checked = verifyLinks(streamId, rows);
    if (!checked.ok) {
      throw new DomainError('CHAIN_BROKEN', 'corrupt', `Stream "${streamId}" cannot be backed up: its log is damaged at position ${checked.problem?.position} (${checked.problem?.message}).`);
    }
    return {
      events: rows.map((r) => JSON.parse(r.data) as unknown),
      links: rows.map((r) => ({ position: r.position, version: r.version, previousHash: r.previousHash ?? '', hash: r.hash ?? '', meta: JSON.parse(r.meta) as Record<string, unknown> })),
    };
  }

  /**
   * A format-2 backup's chain, checked before anything is written: every event, as the
   * file has it, must give the hash its link records, chained from the hash before it,
   * versions without a gap, and events that stood side by side in the log still linked.
   * Where this store still holds the source's last event, its hash must agree. Returns
   * the source head the restored body's first event records.
   */
  private async checkBackupChain(backup: { bodyId: string; events: unknown[]; server: unknown[]; accounts: unknown[]; chain: Record<'events' | 'server' | 'accounts', unknown[]> }) {
    const parts = [
      { key: 'events', streamId: streams.body(backup.bodyId), raw: backup.events, links: backup.chain.events },
      { key: 'server', streamId: streams.server(backup.bodyId), raw: backup.server, links: backup.chain.server },
      { key: 'accounts', streamId: streams.accounts(backup.bodyId), raw: backup.accounts, links: backup.chain.accounts },
    ] as const;
    const typeOf = (raw: unknown): string => String((raw as { type?: unknown }).type);
    const links = new Map<string, BackupLink[]>();
    for (const p of parts) {
      if (p.links.length !== p.raw.length) {
        throw chainBroken(`backup.chain.${p.key}`, `${p.links.length} links for ${p.raw.length} events: an event was added to or removed from the file`);
      }
      links.set(
        p.key,
        p.links.map((raw, i) => {
          const l = linkSchema.safeParse(raw);
          if (!l.success) throw chainBroken(`backup.chain.${p.key}.${i}${l.error.issues[0]?.path.length ? `.${l.error.issues[0].path.join('.')}` : ''}`, l.error.issues[0]?.message ?? 'not a link');
          return l.data;
        }),
      );
    }
    const result = verifyLinkSet(
      parts.map((p) => ({
        streamId: p.streamId,
        rows: links.get(p.key)!.map(
          (l, i): StreamLink => ({ position: l.position, streamId: p.streamId, version: l.version, type: typeOf(p.raw[i]), data: JSON.stringify(p.raw[i]), meta: JSON.stringify(l.meta), hash: l.hash, previousHash: l.previousHash }),
        ),
      })),
    );
    if (result.problem) {
      const { position, streamId, message } = result.problem;
      const part = parts.find((p) => p.streamId === streamId) ?? parts[0];
      const i = Math.max(0, links.get(part.key)!.findIndex((l) => l.position === position));
      throw chainBroken(`backup.${part.key}.${i} (${typeOf(part.raw[i])})`, `${message}; the file is not the body as it was backed up`);
    }
    const head = result.heads.get(streams.body(backup.bodyId));
    if (!head) throw chainBroken('backup.chain.events', 'no chain for the events');
    const [row] = await this.repo.store.readChain(head.position - 1, 1);
    if (row && row.streamId === streams.body(backup.bodyId) && row.hash !== head.hash) {
      throw chainBroken(`backup.events.${backup.events.length - 1}`, `this database holds the source body's event ${head.position} with another hash: the file was rewritten`);
    }
    return { streamId: streams.body(backup.bodyId), ...head };
  }

  /**
   * A backup as a new body. Every event is checked against its strict schema, then the
   * whole history is folded in memory with the core's reference checks (each event
   * finds what it refers to), the settings and accounts are decided by their deciders,
   * and, for a format-2 file, its chain is verified; only then is anything written. A
   * forged, truncated, reordered or edited backup is refused with the first bad event
   * named, and leaves nothing behind. The restored body's first event records the
   * source's head (`sourceHead`), as a copy's does; a format-1 file has none to record.
   */
  async restore(input: unknown, options: { id?: string | undefined; actor: string }, ctx: WriteContext = {}): Promise<BodyEntry> {
    const parsed = backupSchema.safeParse(input);
    if (!parsed.success) {
      throw badBackup(parsed.error.issues.slice(0, 20).map((i) => ({ field: ['backup', ...i.path.map(String)].join('.'), message: i.message })));
    }
    const backup = parsed.data;
    const id = options.id ?? newId(backup.bodyId);
    const events = this.checkHistory(backup.events, id, backup.name);
    const settings: SettingsCommand[] = [];
    backup.server.forEach((raw, i) => {
      const e = settingsEventSchema.safeParse(raw);
      if (!e.success) throw badBackup([{ field: `backup.server.${i}`, message: e.error.issues[0]?.message ?? 'not a settings event' }]);
      settings.push(e.data.type === 'ServerClockSet' ? { type: 'SetClock', clock: e.data.clock } : { type: 'SetLatencies', latencies: e.data.latencies });
    });
    const accounts: AccountsCommand[] = [];
    backup.accounts.forEach((raw, i) => {
      const e = accountEventSchema.safeParse(raw);
      if (!e.success) throw badBackup([{ field: `backup.accounts.${i}`, message: e.error.issues[0]?.message ?? 'not an account event' }]);
      accounts.push(accountCommandOf(e.data));
    });
    const sourceHead = backup.format === 'politburo-backup/2' ? await this.checkBackupChain(backup) : undefined;
    return this.repo.create({ bodyId: id, name: backup.name, readOnly: false, scenario: null }, { body: events, settings, accounts }, options.actor, { ...ctx, ...(sourceHead ? { sourceHead } : {}) });
  }

  /** Strict schema per event, then a fold in memory with the reference checks: the events, or BAD_BACKUP naming the first bad one. */
  checkHistory(raw: readonly unknown[], bodyId: string, name: string): BodyEvent[] {
    const events: BodyEvent[] = [];
    for (const [i, r] of raw.entries()) {
      const e = bodyEventSchema.safeParse(r);
      if (!e.success) {
        const issue = e.error.issues[0];
        const type = typeof r === 'object' && r !== null && typeof (r as { type?: unknown }).type === 'string' ? ` (${(r as { type: string }).type})` : '';
        throw badBackup([{ field: `backup.events.${i}${type}${issue?.path.length ? `.${issue.path.join('.')}` : ''}`, message: issue?.message ?? 'not an event' }]);
      }
      events.push(e.data);
    }
    if (events[0]?.type !== 'BodyCreated') throw badBackup([{ field: 'backup.events.0', message: 'a body starts with BodyCreated' }]);
    const copied = copyEvents(events, bodyId, name);
    // A fold of clones: evolve keeps what it is given, and the events are still to be written.
    let state = fold([structuredClone(copied[0]!)]);
    for (let i = 1; i < copied.length; i++) {
      const e = copied[i]!;
      if (state.status !== 'active') break;
      const problem = referenceProblem(state.body, e);
      if (problem) throw badBackup([{ field: `backup.events.${i} (${e.type})`, message: problem }]);
      try {
        state = evolve(state, structuredClone(e));
      } catch (err) {
        throw badBackup([{ field: `backup.events.${i} (${e.type})`, message: `cannot be applied: ${err instanceof Error ? err.message : String(err)}` }]);
      }
    }
    return copied;
  }
}

export const actorOf = (actor: Actor): string => (actor.kind === 'system' ? 'system' : `member:${actor.id}`);
export { activeOf };
