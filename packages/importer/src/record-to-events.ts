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
import type { PolitburoRecord } from '@politburo/record';

/**
 * Loads a record through the engine: every row becomes a command, decided against
 * the state the rows before it built. The record is a whole: the result is all of
 * its events or, if any row is refused, a DomainError listing every refusal with
 * file, row and column — never a part of a record.
 */
export interface RecordToEventsOptions {
  bodyId?: string;
  name?: string;
  /** Stop collecting problems after this many. */
  maxProblems?: number;
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

function* inOrder<T>(rows: readonly T[]): Generator<[T, number]> {
  for (let i = 0; i < rows.length; i++) yield [rows[i]!, i];
}

/** Orders rows so that every row comes after the rows it refers to (amends, replies). */
const referencesFirst = <T>(rows: T[], id: (r: T) => string, refs: (r: T) => Array<string | undefined>): Iterable<[T, number]> => {
  // Most records refer to nothing in the same table: then the rows keep their order, and no index is built.
  if (!rows.some((r) => refs(r).some((x) => x))) return inOrder(rows);
  const indexed = rows.map((r, i) => [r, i] as [T, number]);
  const known = new Set(rows.map(id));
  const placed = new Set<string>();
  const out: Array<[T, number]> = [];
  let pending = indexed;
  while (pending.length) {
    const next: Array<[T, number]> = [];
    for (const entry of pending) {
      const waiting = refs(entry[0]).some((x) => x && known.has(x) && !placed.has(x) && x !== id(entry[0]));
      if (waiting) next.push(entry);
      else {
        out.push(entry);
        placed.add(id(entry[0]));
      }
    }
    if (next.length === pending.length) {
      out.push(...next); // a cycle: let the engine report the dangling references
      break;
    }
    pending = next;
  }
  return out;
};

/** The name a body imported from this record gets unless it is given one. */
export const recordBodyName = (record: PolitburoRecord): string => (typeof record.meta.description === 'string' ? record.meta.description : 'Imported record');

/** The earliest date of the record's decisions and sittings: its body starts then. */
const firstDate = (record: PolitburoRecord): string | undefined => {
  let first: string | undefined;
  for (const r of record.decisions) if (first === undefined || r.date < first) first = r.date;
  for (const r of record.meetings) if (first === undefined || r.date < first) first = r.date;
  return first;
};

/** The record's rows as commands, one at a time, in the order the engine takes them. */
export function* recordCommands(record: PolitburoRecord, opts: RecordToEventsOptions = {}): Generator<Located> {
  const first = firstDate(record);
  yield {
    command: {
      type: 'CreateBody',
      bodyId: opts.bodyId ?? 'body',
      name: opts.name ?? recordBodyName(record),
    },
    now: at(first),
    file: 'meta.json',
    row: 0,
  };
  if (Object.keys(record.meta).length) yield { command: { type: 'SetRecordMeta', meta: record.meta }, now: at(first), file: 'meta.json', row: 0 };
  for (const [i, s] of record.sources.entries()) {
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
      now: at(first),
      file: 'sources.csv',
      row: i + 1,
    };
  }
  for (const [i, m] of record.members.entries()) {
    yield {
      command: { type: 'AdmitMember', memberId: m.id, name: m.name, ...(m.name_ru ? { nameRu: m.name_ru } : {}), role: m.role, ...prov(m) },
      now: at(first),
      file: 'members.csv',
      row: i + 1,
      columns: { memberId: 'id' },
    };
  }
  for (const [i, m] of record.memberships.entries()) {
    yield {
      command: { type: 'ChangeRole', memberId: m.member_id, role: m.role, from: m.from, ...(m.to ? { to: m.to } : {}), ...prov(m) },
      now: at(m.from),
      file: 'memberships.csv',
      row: i + 1,
    };
  }
  for (const [i, a] of record.absences.entries()) {
    yield {
      command: { type: 'RecordAbsence', absenceId: `${a.member_id}:${a.from}:${i}`, memberId: a.member_id, from: a.from, to: a.to, location: a.location, ...prov(a) },
      now: at(a.from),
      file: 'absences.csv',
      row: i + 1,
    };
  }
  for (const [i, m] of record.meetings.entries()) {
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
      file: 'meetings.csv',
      row: i + 1,
      columns: { meetingId: 'id' },
    };
  }
  for (const [d, i] of referencesFirst(record.decisions, (d) => d.id, (d) => [d.amends_id, d.revokes_id])) {
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
    yield {
      command,
      now: at(d.date),
      file: 'decisions.csv',
      row: i + 1,
      columns: { decisionId: 'id' },
    };
  }
  for (const [c, i] of referencesFirst(record.correspondence, (c) => c.id, (c) => [c.in_reply_to])) {
    yield {
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
      file: 'correspondence.csv',
      row: i + 1,
      columns: { messageId: 'id' },
    };
  }
  for (const [i, v] of record.interventions.entries()) {
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
      now: at(first),
      file: 'interventions.csv',
      row: i + 1,
      columns: { messageIds: 'correspondence_ids', interventionId: 'decision_id' },
    };
  }
  for (const [i, b] of record.ballots.entries()) {
    yield {
      command: { type: 'RecordBallot', decisionId: b.decision_id, memberId: b.member_id, vote: b.vote, ...(b.at ? { at: b.at } : {}), ...prov(b) },
      now: at(first),
      file: 'ballots.csv',
      row: i + 1,
    };
  }
  for (const [i, it] of record.items.entries()) {
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
      file: 'items.csv',
      row: i + 1,
      columns: { itemId: 'id' },
    };
  }
}

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
export const recordImport = (
  record: PolitburoRecord,
  opts: RecordToEventsOptions = {},
): {
  commands: Iterable<RecordCommand>;
  /** The body time of the import: the record's first day. */
  bodyTime: string;
  refused(err: unknown, l: Located): boolean;
  rejected(): DomainError;
  problems: readonly ErrorDetail[];
} => {
  const problems: ErrorDetail[] = [];
  const max = opts.maxProblems ?? 100;
  return {
    bodyTime: at(firstDate(record)),
    commands: (function* () {
      // The located command is made fresh for each row: it takes its meta in place (a spread of objects of many shapes is slow).
      for (const l of recordCommands(record, opts)) yield Object.assign(l, { meta: { now: l.now, actor: SYSTEM } });
    })(),
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
export const recordToEvents = (record: PolitburoRecord, opts: RecordToEventsOptions & { keepLog?: boolean } = {}): ImportedRecord => {
  const engine = new Engine(opts.keepLog ?? true);
  const run = recordImport(record, opts);
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
