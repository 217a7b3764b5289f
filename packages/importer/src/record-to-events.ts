import {
  type BodyCommand,
  type BodyEvent,
  type CommandMeta,
  type CommandOf,
  DomainError,
  Engine,
  type ErrorDetail,
  isDomainError,
} from '@politburo/core';
import { type CorrespondenceRow, type DecisionRow, type PolitburoRecord, type RecordMeta, type RecordSource, recordSource, type TableName, tableSpec } from '@politburo/record';

/**
 * Loads a record through the engine: every row becomes a command, decided against
 * the state the rows before it built. The rows come as a stream (`RecordSource`: a
 * folder read row by row, or a record in memory walked row by row) and the commands go
 * out as they come, so the record need not be in memory. The record is still a whole:
 * the result is all of its events or, if any row is refused, a DomainError listing
 * every refusal with file, row and column — never a part of a record.
 */
export interface RecordToEventsOptions {
  bodyId?: string;
  name?: string;
  /** Stop collecting problems after this many. */
  maxProblems?: number;
  /** Rows held back at most while they wait for a later row of their table (default `MAX_HELD_BACK`). */
  maxHeldBack?: number;
}

interface Located {
  command: BodyCommand;
  now: string;
  file: string;
  /** 1-based data row (the header is row 0), as the record validator counts. */
  row: number;
  /** Command field → CSV column, where the snake-case rule does not give it. */
  columns?: Record<string, string>;
}

const snake = (field: string): string => field.replace(/\[\d+\]$/, '').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const columnOf = (l: Located, field: string | undefined): string | undefined => {
  if (!field) return undefined;
  const bare = field.replace(/\[\d+\]$/, '');
  return l.columns?.[bare] ?? snake(bare);
};

const FAR_PAST = '1900-01-01';
const at = (date: string | undefined): string => `${date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : FAR_PAST}T00:00`;

const prov = (r: { source_id?: string; synthetic?: boolean; extra?: Array<[string, string]> }) => ({
  ...(r.source_id ? { sourceId: r.source_id } : {}),
  ...(r.synthetic !== undefined ? { synthetic: r.synthetic } : {}),
  ...(r.extra?.length ? { extra: r.extra } : {}),
});

/** Which tables have rows referring to rows of the same table, and through which columns. */
const SELF_REFS = {
  decisions: (d: DecisionRow) => [d.amends_id, d.revokes_id],
  correspondence: (c: CorrespondenceRow) => [c.in_reply_to],
} as const;

/** Rows waiting at most, by default, for the rows they refer to (see `HeldBack`). */
export const MAX_HELD_BACK = 100_000;

interface Held<T> {
  row: T;
  index: number;
  line: number;
  /** Distinct ids it waits for, not yet yielded. */
  waits: number;
  done: boolean;
}

/**
 * The rows of one table in an order the engine can take: a row that refers to a row of
 * the same table not yet yielded (an amendment of a later decision, a reply placed
 * before the message it answers) is held back until that row has been yielded, then
 * released, in file order. What still waits when the table ends (a reference to a row
 * that never comes, or a cycle) goes to the engine in file order, which reports the
 * dangling reference. The buffer is bounded: past `max` rows waiting, the oldest goes to
 * the engine as it is, which refuses it as any reference to a row it does not know.
 */
class HeldBack<T> {
  private readonly placed = new Set<string>();
  private readonly waiting = new Map<string, Array<Held<T>>>();
  private order: Array<Held<T>> = [];
  private oldest = 0;
  private count = 0;

  constructor(
    private readonly id: (r: T) => string,
    private readonly refs: (r: T) => ReadonlyArray<string | undefined>,
    private readonly emit: (r: T, index: number, line: number) => Located,
    private readonly max: number,
  ) {}

  *offer(row: T, index: number, line: number): Generator<Located> {
    const own = this.id(row);
    const awaited = new Set<string>();
    for (const x of this.refs(row)) if (x && x !== own && !this.placed.has(x)) awaited.add(x);
    if (awaited.size === 0) {
      yield* this.place({ row, index, line, waits: 0, done: false });
      return;
    }
    const held: Held<T> = { row, index, line, waits: awaited.size, done: false };
    for (const x of awaited) {
      const list = this.waiting.get(x);
      if (list) list.push(held);
      else this.waiting.set(x, [held]);
    }
    this.order.push(held);
    this.count += 1;
    while (this.count > this.max) {
      const first = this.nextHeld();
      if (!first) break;
      yield* this.place(first);
    }
  }

  /** The end of the table: whatever still waits, in file order. */
  *flush(): Generator<Located> {
    for (const h of this.order) {
      if (h.done) continue;
      h.done = true;
      yield this.emit(h.row, h.index, h.line);
    }
    this.order.length = 0;
    this.waiting.clear();
    this.count = 0;
    this.oldest = 0;
  }

  private nextHeld(): Held<T> | undefined {
    while (this.oldest < this.order.length && this.order[this.oldest]!.done) this.oldest += 1;
    return this.order[this.oldest];
  }

  /** Yields a row, then every row that waited only for it (and so on), in file order. */
  private *place(first: Held<T>): Generator<Located> {
    const queue = [first];
    for (let q = 0; q < queue.length; q++) {
      const h = queue[q]!;
      if (h.done && h !== first) continue;
      if (h.waits > 0 || h !== first) this.count -= 1;
      h.done = true;
      yield this.emit(h.row, h.index, h.line);
      const id = this.id(h.row);
      if (this.placed.has(id)) continue;
      this.placed.add(id);
      const freed = this.waiting.get(id);
      if (!freed) continue;
      this.waiting.delete(id);
      for (const f of freed) {
        f.waits -= 1;
        if (f.waits === 0 && !f.done) queue.push(f);
      }
    }
    // Drop the rows already out now and then, so a long table does not keep every row it once held.
    if (this.order.length > 1024 + 2 * this.count) {
      this.order = this.order.filter((h) => !h.done);
      this.oldest = 0;
    }
  }
}

/** The name a body imported from this record gets unless it is given one. */
export const recordBodyName = (record: { meta: RecordMeta }): string => (typeof record.meta.description === 'string' ? record.meta.description : 'Imported record');

const fileOf = (table: TableName): string => tableSpec(table).file;

/**
 * A record's rows as commands, one at a time, in the order the engine takes them, as the
 * rows come: memory holds what waits for a later row of its table (see `HeldBack`), not
 * the record.
 */
export function* sourceCommands(source: RecordSource, opts: RecordToEventsOptions = {}): Generator<Located> {
  const first = at(source.firstDate);
  const meta = source.meta;
  yield {
    command: {
      type: 'CreateBody',
      bodyId: opts.bodyId ?? 'body',
      name: opts.name ?? recordBodyName(source),
    },
    now: first,
    file: 'meta.json',
    row: 0,
  };
  if (Object.keys(meta).length) yield { command: { type: 'SetRecordMeta', meta }, now: first, file: 'meta.json', row: 0 };
  const max = opts.maxHeldBack ?? MAX_HELD_BACK;
  const decisions = new HeldBack<DecisionRow>((d) => d.id, SELF_REFS.decisions, decisionCommand, max);
  const messages = new HeldBack<CorrespondenceRow>((c) => c.id, SELF_REFS.correspondence, messageCommand, max);
  const counts = new Map<TableName, number>();
  for (const item of source.items()) {
    if (item.kind === 'end') {
      if (item.table === 'decisions') yield* decisions.flush();
      else if (item.table === 'correspondence') yield* messages.flush();
      continue;
    }
    const i = counts.get(item.table) ?? 0;
    counts.set(item.table, i + 1);
    const row = item.line;
    switch (item.table) {
      case 'sources': {
        const s = item.row;
        yield {
          command: {
            type: 'RegisterSource',
            source: {
              id: s.id,
              author: s.author,
              title: s.title,
              ...(s.title_original ? { titleOriginal: s.title_original } : {}),
              status: s.status,
              ...(s.locator ? { locator: s.locator } : {}),
              ...(s.url ? { url: s.url } : {}),
              ...(s.extra?.length ? { extra: s.extra } : {}),
            },
          },
          now: first,
          file: fileOf('sources'),
          row,
        };
        break;
      }
      case 'members': {
        const m = item.row;
        yield {
          command: { type: 'AdmitMember', memberId: m.id, name: m.name, ...(m.name_ru ? { nameRu: m.name_ru } : {}), role: m.role, ...prov(m) },
          now: first,
          file: fileOf('members'),
          row,
          columns: { memberId: 'id' },
        };
        break;
      }
      case 'memberships': {
        const m = item.row;
        yield {
          command: { type: 'ChangeRole', memberId: m.member_id, role: m.role, from: m.from, ...(m.to ? { to: m.to } : {}), ...prov(m) },
          now: at(m.from),
          file: fileOf('memberships'),
          row,
        };
        break;
      }
      case 'absences': {
        const a = item.row;
        yield {
          command: { type: 'RecordAbsence', absenceId: `${a.member_id}:${a.from}:${i}`, memberId: a.member_id, from: a.from, to: a.to, location: a.location, ...prov(a) },
          now: at(a.from),
          file: fileOf('absences'),
          row,
        };
        break;
      }
      case 'meetings': {
        const m = item.row;
        yield {
          command: {
            type: 'RecordMeeting',
            meetingId: m.id,
            date: m.date,
            attendees: m.attendees,
            ...(m.chair_id ? { chairId: m.chair_id } : {}),
            ...(m.status ? { status: m.status } : {}),
            ...prov(m),
          },
          now: at(m.date),
          file: fileOf('meetings'),
          row,
          columns: { meetingId: 'id' },
        };
        break;
      }
      case 'decisions':
        yield* decisions.offer(item.row, i, row);
        break;
      case 'correspondence':
        yield* messages.offer(item.row, i, row);
        break;
      case 'interventions': {
        const v = item.row;
        yield {
          command: {
            type: 'RecordIntervention',
            interventionId: v.decision_id ? `iv:${v.decision_id}:${v.member_id}` : `iv:row-${i + 1}:${v.member_id}`,
            memberId: v.member_id,
            origin: v.origin,
            outcome: v.outcome,
            messageIds: v.correspondence_ids,
            ...(v.decision_id ? { decisionId: v.decision_id } : {}),
            ...(v.item_title ? { itemTitle: v.item_title } : {}),
            ...(v.coded_by ? { codedBy: v.coded_by } : {}),
            ...(v.basis ? { basis: v.basis } : {}),
            ...prov(v),
          },
          now: first,
          file: fileOf('interventions'),
          row,
          columns: { messageIds: 'correspondence_ids', interventionId: 'decision_id' },
        };
        break;
      }
      case 'ballots': {
        const b = item.row;
        yield {
          command: { type: 'RecordBallot', decisionId: b.decision_id, memberId: b.member_id, vote: b.vote, ...(b.at ? { at: b.at } : {}), ...prov(b) },
          now: first,
          file: fileOf('ballots'),
          row,
        };
        break;
      }
      case 'items': {
        const it = item.row;
        yield {
          command: {
            type: 'ProposeItem',
            itemId: it.id,
            title: it.title,
            restricted: it.restricted ?? false,
            ...(it.initiator_id ? { initiatorId: it.initiator_id } : {}),
            ...prov(it),
          },
          now: at(it.date),
          file: fileOf('items'),
          row,
          columns: { itemId: 'id' },
        };
        break;
      }
      default: {
        const never: never = item;
        return never;
      }
    }
  }
}

const decisionCommand = (d: DecisionRow, _index: number, row: number): Located => {
  // Set field by field in the order the spreads gave: most rows of a big record are decisions.
  const command: CommandOf<'RecordDecision'> = {
    type: 'RecordDecision',
    decisionId: d.id,
    protocolNo: d.protocol_no,
    itemNo: d.item_no,
    date: d.date,
    mode: d.mode,
    title: d.title,
    restricted: d.restricted,
  };
  if (d.meeting_id) command.meetingId = d.meeting_id;
  if (d.initiator_id) command.initiatorId = d.initiator_id;
  if (d.item_label) command.itemLabel = d.item_label;
  if (d.protocol_date) command.protocolDate = d.protocol_date;
  if (d.amends_id) command.amendsId = d.amends_id;
  if (d.revokes_id) command.revokesId = d.revokes_id;
  if (d.date_precision) command.datePrecision = d.date_precision;
  if (d.visa_by) command.visaById = d.visa_by;
  if (d.source_id) command.sourceId = d.source_id;
  if (d.synthetic !== undefined) command.synthetic = d.synthetic;
  if (d.extra?.length) command.extra = d.extra;
  return { command, now: at(d.date), file: fileOf('decisions'), row, columns: { decisionId: 'id' } };
};

const messageCommand = (c: CorrespondenceRow, _index: number, row: number): Located => ({
  command: {
    type: 'RecordMessage',
    messageId: c.id,
    kind: c.kind,
    fromId: c.from_id,
    toIds: c.to_ids,
    decisionIds: c.decision_ids,
    summary: c.summary,
    ...(c.number ? { number: c.number } : {}),
    ...(c.series ? { series: c.series } : {}),
    ...(c.sent_at ? { sentAt: c.sent_at } : {}),
    ...(c.received_at ? { receivedAt: c.received_at } : {}),
    ...(c.in_reply_to ? { inReplyTo: c.in_reply_to } : {}),
    ...(c.archive_ref ? { archiveRef: c.archive_ref } : {}),
    ...prov(c),
  },
  now: at(c.sent_at),
  file: fileOf('correspondence'),
  row,
  columns: { messageId: 'id' },
});

/** An in-memory record's rows as commands: the streamed mapping over its rows. */
export const recordCommands = (record: PolitburoRecord, opts: RecordToEventsOptions = {}): Generator<Located> => sourceCommands(recordSource(record), opts);

export const recordToCommands = (record: PolitburoRecord, opts: RecordToEventsOptions = {}): Located[] => [...recordCommands(record, opts)];

const SYSTEM: CommandMeta['actor'] = { kind: 'system' };

/** A command of the record with its meta, and where it came from. */
export type RecordCommand = Located & { meta: CommandMeta };

/**
 * A record's import as the store's streamed seed takes it (`seedStreamFromCommands`): the
 * commands, one at a time; `refused` turns a refusal into a problem naming file, row and
 * column; `rejected` is the error listing them all. `recordToEvents` uses the very same,
 * so `validate` and `import` give one verdict.
 */
export interface RecordImportRun {
  commands: Iterable<RecordCommand>;
  /** The body time of the import: the record's first day. */
  bodyTime: string;
  refused(err: unknown, l: Located): boolean;
  rejected(): DomainError;
  problems: readonly ErrorDetail[];
}

/** The import of a record in memory: the streamed import over its rows. */
export const recordImport = (record: PolitburoRecord, opts: RecordToEventsOptions = {}): RecordImportRun => sourceImport(recordSource(record), opts);

/** The import of a record read row by row (each pull of `commands` reads its rows anew). */
export const sourceImport = (source: RecordSource, opts: RecordToEventsOptions = {}): RecordImportRun => {
  const problems: ErrorDetail[] = [];
  const max = opts.maxProblems ?? 100;
  return {
    bodyTime: at(source.firstDate),
    commands: {
      *[Symbol.iterator]() {
        // The located command is made fresh for each row: it takes its meta in place (a spread of objects of many shapes is slow).
        for (const l of sourceCommands(source, opts)) yield Object.assign(l, { meta: { now: l.now, actor: SYSTEM } });
      },
    },
    refused(err, l) {
      if (!isDomainError(err)) throw err;
      const column = columnOf(l, err.details[0]?.field);
      // The refusal's code and facts go along, so the CLI can say it in its reader's language (problem.<code>).
      problems.push({ file: l.file, row: l.row, ...(column ? { column } : {}), message: err.message, code: err.code, params: err.params });
      return problems.length < max;
    },
    rejected: () =>
      new DomainError('RECORD_INVALID', 'validation', `The record has ${problems.length}${problems.length >= max ? '+' : ''} problem(s); nothing was imported.`, problems),
    problems,
  };
};

export interface ImportedRecord {
  events: BodyEvent[];
  engine: Engine;
}

/** The whole record through an engine in memory (`keepLog: false` keeps only the state: what `validate` needs). */
export const recordToEvents = (record: PolitburoRecord, opts: RecordToEventsOptions & { keepLog?: boolean } = {}): ImportedRecord =>
  sourceToEvents(recordSource(record), opts);

/** A record read row by row through an engine in memory: `validate`'s dry run of the import. */
export const sourceToEvents = (source: RecordSource, opts: RecordToEventsOptions & { keepLog?: boolean } = {}): ImportedRecord => {
  const engine = new Engine(opts.keepLog ?? true);
  const run = sourceImport(source, opts);
  for (const l of run.commands) {
    try {
      engine.execute(l.command, l.meta);
    } catch (e) {
      if (!run.refused(e, l)) break;
    }
  }
  if (run.problems.length) throw run.rejected();
  return { events: engine.log, engine };
};
