/**
 * The record's rules, as a pure function of the typed tables and where their rows
 * came from. Errors are what the engine cannot accept; warnings are oddities real
 * archives have (gaps in numbering, vague dates) and must not block an import.
 */
import { isInstant, isIsoDate } from '@politburo/core';
import type { PolitburoRecord } from './record.ts';
import { DEFAULT_PROBLEM_LIMIT, fact, ProblemCollector, type ProblemFact, type ProblemParams, type RecordProblems } from './record-problem.ts';
import type { LooseRow } from './row-codec.ts';
import { allColumns, type ColumnSpec, TABLE_SPECS, type TableName, tableSpec } from './table-specs.ts';

/** Where each table's rows came from; without it row n of a table is data row n of `<table>.csv`. */
export type RecordLocations = Partial<
  Record<
    TableName,
    {
      file: string;
      /** The data row of each array element (rows the reader dropped leave gaps). */
      rows: number[];
      /** Required columns the header lacked: already reported, so not reported again per row. */
      missingColumns: string[];
    }
  >
>;

export interface ValidateOptions {
  locations?: RecordLocations;
  limit?: number;
}

export const validateRecord = (record: PolitburoRecord, options: ValidateOptions = {}): RecordProblems => {
  const problems = new ProblemCollector(options.limit ?? DEFAULT_PROBLEM_LIMIT);
  checkRecord(record, options.locations ?? {}, problems);
  return problems.result();
};

const rowsOf = (record: PolitburoRecord, table: TableName): LooseRow[] => record[table] as unknown as LooseRow[];

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export const checkRecord = (record: PolitburoRecord, locations: RecordLocations, problems: ProblemCollector): void => {
  const where = (table: TableName, index: number): { file: string; row: number } => {
    const loc = locations[table];
    return { file: loc?.file ?? tableSpec(table).file, row: loc?.rows[index] ?? index + 1 };
  };
  const error = (table: TableName, index: number, column: string, problem: ProblemFact): void => {
    const { file, row } = where(table, index);
    problems.error(file, row, column, problem);
  };
  const warning = (table: TableName, index: number, column: string, problem: ProblemFact): void => {
    const { file, row } = where(table, index);
    problems.warning(file, row, column, problem);
  };

  // Ids first, so references can be checked in any order and duplicates reported once.
  const ids = new Map<TableName, Map<string, number>>();
  for (const spec of TABLE_SPECS) {
    if (!spec.idColumn) continue;
    const seen = new Map<string, number>();
    rowsOf(record, spec.name).forEach((row, i) => {
      const id = str(row[spec.idColumn!]);
      if (id === undefined) return;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else error(spec.name, i, spec.idColumn!, fact('ID_DUPLICATE', { id, first: where(spec.name, first).row }));
    });
    ids.set(spec.name, seen);
  }

  for (const spec of TABLE_SPECS) {
    const columns = allColumns(spec);
    const missing = new Set(locations[spec.name]?.missingColumns ?? []);
    rowsOf(record, spec.name).forEach((row, i) => {
      for (const col of columns) {
        if (missing.has(col.name)) continue;
        const problem = checkCell(col, row[col.name]);
        if (problem !== undefined) error(spec.name, i, col.name, problem);
        if (col.ref) {
          const known = ids.get(col.ref)!;
          const v = row[col.name];
          const refs = Array.isArray(v) ? (v as string[]) : str(v) !== undefined ? [v as string] : [];
          for (const ref of refs) {
            if (!known.has(ref)) error(spec.name, i, col.name, fact('REF_UNKNOWN', { table: col.ref, id: ref, file: tableSpec(col.ref).file }));
          }
        }
      }
    });
  }

  checkDateRanges(record, 'memberships', error);
  checkDateRanges(record, 'absences', error);
  checkDecisions(record, error, warning);
  checkCorrespondence(record, ids, error);
  checkInterventions(record, error);
  checkBallots(record, error);
};

type Report = (table: TableName, index: number, column: string, problem: ProblemFact) => void;

/** What is wrong with one cell, if anything (returned, not reported through a callback: no closure per cell). */
const checkCell = (col: ColumnSpec, v: unknown): ProblemFact | undefined => {
  if (v === undefined || v === '') {
    if (col.nonEmpty && col.kind.type !== 'int' && col.kind.type !== 'bool') return fact('CELL_EMPTY');
    return undefined;
  }
  switch (col.kind.type) {
    case 'date':
      return typeof v !== 'string' || !isIsoDate(v) ? fact('DATE_INVALID', { value: String(v) }) : undefined;
    case 'instant':
      return typeof v !== 'string' || !isInstant(v) ? fact('INSTANT_INVALID', { value: String(v) }) : undefined;
    case 'enum':
      return typeof v !== 'string' || !col.kind.values.includes(v) ? fact('ENUM_INVALID', { value: String(v), values: col.kind.values.join(', ') }) : undefined;
    case 'int':
      // NaN was reported when the cell was read.
      return typeof v === 'number' && !Number.isNaN(v) && !(Number.isInteger(v) && v >= 1) ? fact('INT_TOO_SMALL', { value: v }) : undefined;
    default:
      return undefined;
  }
};

const checkDateRanges = (record: PolitburoRecord, table: 'memberships' | 'absences', error: Report): void => {
  record[table].forEach((row, i) => {
    const to = row.to;
    if (to && isIsoDate(row.from) && isIsoDate(to) && to < row.from) error(table, i, 'to', fact('RANGE_REVERSED', { to, from: row.from }));
  });
};

const checkDecisions = (record: PolitburoRecord, error: Report, warning: Report): void => {
  const items = new Map<string, number>();
  const byProtocol = new Map<number, Array<{ item: number; index: number }>>();
  const meetingDates = new Map(record.meetings.map((m) => [m.id, m.date]));
  record.decisions.forEach((d, i) => {
    if (Number.isInteger(d.protocol_no) && Number.isInteger(d.item_no)) {
      const key = `${d.protocol_no}/${d.item_no}`;
      const first = items.get(key);
      if (first === undefined) {
        items.set(key, i);
        const list = byProtocol.get(d.protocol_no) ?? [];
        list.push({ item: d.item_no, index: i });
        byProtocol.set(d.protocol_no, list);
      } else error('decisions', i, 'item_no', fact('ITEM_DUPLICATE', { protocol: d.protocol_no, item: d.item_no, other: String(record.decisions[first]?.id) }));
    }
    if (d.mode === 'poll' && d.meeting_id) error('decisions', i, 'meeting_id', fact('POLL_WITH_MEETING'));
    if (d.mode === 'without-poll' && d.meeting_id) error('decisions', i, 'meeting_id', fact('WITHOUT_POLL_WITH_MEETING'));
    if (d.visa_by && d.mode !== 'without-poll') warning('decisions', i, 'visa_by', fact('VISA_MODE', { mode: d.mode }));
    if (d.mode === 'meeting' && !d.meeting_id) warning('decisions', i, 'meeting_id', fact('MEETING_UNNAMED'));
    const meetingDate = d.meeting_id ? meetingDates.get(d.meeting_id) : undefined;
    if (meetingDate && d.date && meetingDate !== d.date) warning('decisions', i, 'date', fact('DATE_MEETING_MISMATCH', { date: d.date, meeting: String(d.meeting_id), meetingDate }));
    if (d.date_precision === 'month' || d.date_precision === 'approx') warning('decisions', i, 'date', fact('DATE_VAGUE', { precision: d.date_precision }));
  });
  // Gaps: archives lose items and whole protocols; worth a look, not a refusal.
  const protocols = [...byProtocol.keys()].sort((a, b) => a - b);
  protocols.forEach((p, k) => {
    const prev = protocols[k - 1];
    const list = byProtocol.get(p)!.sort((a, b) => a.item - b.item);
    if (prev !== undefined && p > prev + 1) {
      warning('decisions', list[0]!.index, 'protocol_no', fact('PROTOCOL_GAP', span(prev + 1, p - 1)));
    }
    let expected = 1;
    for (const { item, index } of list) {
      if (item > expected) warning('decisions', index, 'item_no', fact('ITEM_GAP', { protocol: p, ...span(expected, item - 1) }));
      expected = item + 1;
    }
  });
};

const span = (from: number, to: number): ProblemParams => ({ from, to, count: to - from + 1 });

const checkCorrespondence = (record: PolitburoRecord, ids: Map<TableName, Map<string, number>>, error: Report): void => {
  const messageIndex = ids.get('correspondence')!;
  record.correspondence.forEach((m, i) => {
    const sent = m.sent_at && isInstant(m.sent_at) ? m.sent_at : undefined;
    const received = m.received_at && isInstant(m.received_at) ? m.received_at : undefined;
    if (sent && received && received < sent) error('correspondence', i, 'received_at', fact('RECEIVED_BEFORE_SENT', { received, sent }));
    if (m.in_reply_to === m.id) error('correspondence', i, 'in_reply_to', fact('SELF_REPLY'));
    const answeredIndex = m.in_reply_to ? messageIndex.get(m.in_reply_to) : undefined;
    const answered = answeredIndex === undefined ? undefined : record.correspondence[answeredIndex];
    const answeredReceived = answered?.received_at && isInstant(answered.received_at) ? answered.received_at : undefined;
    if (sent && answered && answeredReceived && sent < answeredReceived) {
      error('correspondence', i, 'sent_at', fact('REPLY_BEFORE_RECEIVED', { sent, answered: answered.id, received: answeredReceived }));
    }
  });
};

const checkInterventions = (record: PolitburoRecord, error: Report): void => {
  const seen = new Map<string, number>();
  record.interventions.forEach((v, i) => {
    if (!v.decision_id && !v.item_title) {
      error('interventions', i, 'decision_id', fact('INTERVENTION_UNNAMED'));
      return;
    }
    const key = `${v.decision_id ? `d:${v.decision_id}` : `t:${v.item_title}`}\u0000${v.member_id}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else {
      const target = v.decision_id ? { target: 'decision', name: v.decision_id } : { target: 'item', name: String(v.item_title) };
      error('interventions', i, v.decision_id ? 'decision_id' : 'item_title', fact('INTERVENTION_DUPLICATE', { ...target, member: v.member_id }));
    }
  });
};

const checkBallots = (record: PolitburoRecord, error: Report): void => {
  const seen = new Set<string>();
  record.ballots.forEach((b, i) => {
    const key = `${b.decision_id}\u0000${b.member_id}`;
    if (seen.has(key)) error('ballots', i, 'member_id', fact('BALLOT_DUPLICATE', { member: b.member_id, decision: b.decision_id }));
    seen.add(key);
  });
};
