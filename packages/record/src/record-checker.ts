/**
 * The record's rules, judged row by row: `accept` each row as it is read (tables in
 * `READ_ORDER`), `endTable` when a table is over, `finish` at the end. Errors are what
 * the engine cannot accept; warnings are oddities real archives have (gaps in
 * numbering, vague dates) and must not block an import.
 *
 * It holds compact indexes only, never the rows: each table's ids (id → first row),
 * the sittings' dates, the item numbers of each protocol, the time each message was
 * received, the keys of interventions and ballots; and, until the row they wait for
 * comes or the table ends, the references to rows not yet seen. Problems carry their
 * rank (see `OrderedProblems`), so the lists come out in the order the rules are
 * listed here whatever the order the rows came in: ids, cells and references table by
 * table, date ranges, decisions, gaps, correspondence, interventions, ballots.
 */
import { isInstant, isIsoDate } from '@politburo/core';
import type { OrderedProblems } from './ordered-problems.ts';
import type { CorrespondenceRow, DecisionRow } from './record.ts';
import { fact, type ProblemFact, type ProblemParams } from './record-problem.ts';
import type { RecordItem, TableRow } from './record-rows.ts';
import type { LooseRow } from './row-codec.ts';
import { allColumns, type ColumnSpec, TABLE_SPECS, type TableName, tableSpec } from './table-specs.ts';

/** Which check a problem comes from: the first number of its rank. */
const Phase = { Read: 0, Id: 1, Cell: 2, Range: 3, Decision: 4, Gap: 5, Message: 6, Intervention: 7, Ballot: 8 } as const;

/** The rank of a problem the reader finds: by table (in TABLE_SPECS order), then row; `-1` before every table, `TABLE_SPECS.length` after. */
export const readRank = (table: TableName | 'before' | 'after', row: number): readonly number[] => [
  Phase.Read,
  table === 'before' ? -1 : table === 'after' ? TABLE_SPECS.length : TABLE_RANK.get(table)!,
  row,
];

const TABLE_RANK = new Map<TableName, number>(TABLE_SPECS.map((t, i) => [t.name, i]));

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

const span = (from: number, to: number): ProblemParams => ({ from, to, count: to - from + 1 });

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

interface Place {
  file: string;
  row: number;
}

/** A reference to a row of a table not yet read to its end. */
interface PendingRef extends Place {
  id: string;
  column: string;
  rank: readonly number[];
  table: TableName;
}

/** A reply whose answered message is not read yet. */
interface PendingReply extends Place {
  sent: string;
  answered: string;
}

export class RecordChecker {
  private readonly ids = new Map<TableName, Map<string, number>>();
  private readonly ended = new Set<TableName>();
  private readonly refs = new Map<TableName, PendingRef[]>();
  private readonly columns = new Map<TableName, ColumnSpec[]>();
  private readonly meetingDates = new Map<string, string>();
  /** Protocol → item → the first decision with that number (its row and id). */
  private readonly protocols = new Map<number, Map<number, { row: number; id: string }>>();
  private decisionsFile = tableSpec('decisions').file;
  /** The first message of each id: when it was received (a valid instant, else ''). */
  private readonly received = new Map<string, string>();
  private readonly replies = new Map<string, PendingReply[]>();
  private readonly interventions = new Set<string>();
  private readonly ballots = new Set<string>();

  constructor(private readonly problems: OrderedProblems) {
    for (const spec of TABLE_SPECS) if (spec.idColumn) this.ids.set(spec.name, new Map());
  }

  /** One item of a record's stream: a row, or the end of a table. */
  see(item: RecordItem): void {
    if (item.kind === 'row') this.accept(item);
    else this.endTable(item.table);
  }

  accept(item: TableRow): void {
    const { table, file, line } = item;
    const row = item.row as unknown as LooseRow;
    const rank = TABLE_RANK.get(table)!;
    const spec = tableSpec(table);
    if (spec.idColumn) {
      const id = str(row[spec.idColumn]);
      if (id !== undefined) {
        const seen = this.ids.get(table)!;
        const first = seen.get(id);
        if (first === undefined) {
          seen.set(id, line);
          this.arrived(id, item);
        } else this.problems.error([Phase.Id, rank, line], file, line, spec.idColumn, fact('ID_DUPLICATE', { id, first }));
      }
    }
    let columns = this.columns.get(table);
    if (!columns) {
      columns = allColumns(spec);
      this.columns.set(table, columns);
    }
    for (let c = 0; c < columns.length; c++) {
      const col = columns[c]!;
      if (item.missing.has(col.name)) continue;
      const v = row[col.name];
      const problem = checkCell(col, v);
      if (problem !== undefined) this.problems.error([Phase.Cell, rank, line, c, 0], file, line, col.name, problem);
      if (!col.ref) continue;
      const refs = Array.isArray(v) ? (v as string[]) : str(v) !== undefined ? [v as string] : [];
      for (let k = 0; k < refs.length; k++) {
        const ref = refs[k]!;
        // Known ids cost nothing more: the rank and place are made only for a reference that must wait.
        if (!this.ids.get(col.ref)?.has(ref)) this.reference(col.ref, ref, [Phase.Cell, rank, line, c, k + 1], { file, row: line }, col.name);
      }
    }
    switch (item.table) {
      case 'memberships':
      case 'absences': {
        const { from, to } = item.row;
        if (to && isIsoDate(from) && isIsoDate(to) && to < from) this.problems.error([Phase.Range, item.table === 'memberships' ? 0 : 1, line], file, line, 'to', fact('RANGE_REVERSED', { to, from }));
        break;
      }
      case 'meetings':
        this.meetingDates.set(item.row.id, item.row.date);
        break;
      case 'decisions':
        this.decision(item.row, file, line);
        break;
      case 'correspondence':
        this.message(item.row, file, line);
        break;
      case 'interventions': {
        const v = item.row;
        if (!v.decision_id && !v.item_title) {
          this.problems.error([Phase.Intervention, line], file, line, 'decision_id', fact('INTERVENTION_UNNAMED'));
          break;
        }
        const key = `${v.decision_id ? `d:${v.decision_id}` : `t:${v.item_title}`}\u0000${v.member_id}`;
        if (!this.interventions.has(key)) this.interventions.add(key);
        else {
          const target = v.decision_id ? { target: 'decision', name: v.decision_id } : { target: 'item', name: String(v.item_title) };
          this.problems.error([Phase.Intervention, line], file, line, v.decision_id ? 'decision_id' : 'item_title', fact('INTERVENTION_DUPLICATE', { ...target, member: v.member_id }));
        }
        break;
      }
      case 'ballots': {
        const b = item.row;
        const key = `${b.decision_id}\u0000${b.member_id}`;
        if (this.ballots.has(key)) this.problems.error([Phase.Ballot, line], file, line, 'member_id', fact('BALLOT_DUPLICATE', { member: b.member_id, decision: b.decision_id }));
        this.ballots.add(key);
        break;
      }
      default:
        break;
    }
  }

  /** A table is read to its end: references to its rows not seen are unknown. */
  endTable(table: TableName): void {
    this.ended.add(table);
    const waiting = this.refs.get(table);
    if (waiting) {
      this.refs.delete(table);
      const known = this.ids.get(table)!;
      for (const r of waiting) if (!known.has(r.id)) this.unknownRef(r);
    }
    // A reply to a message never seen: nothing to compare (the reference is judged above).
    if (table === 'correspondence') this.replies.clear();
    if (table === 'decisions') this.gaps();
  }

  /** The record is over: every table not yet ended ends now. */
  finish(): void {
    for (const spec of TABLE_SPECS) if (!this.ended.has(spec.name)) this.endTable(spec.name);
  }

  /** A reference to an id not seen (yet): unknown now if its table is over, else judged when it is. */
  private reference(table: TableName, id: string, rank: readonly number[], at: Place, column: string): void {
    const r: PendingRef = { ...at, id, column, rank, table };
    if (this.ended.has(table)) this.unknownRef(r);
    else {
      const list = this.refs.get(table);
      if (list) list.push(r);
      else this.refs.set(table, [r]);
    }
  }

  private unknownRef(r: PendingRef): void {
    this.problems.error(r.rank, r.file, r.row, r.column, fact('REF_UNKNOWN', { table: r.table, id: r.id, file: tableSpec(r.table).file }));
  }

  /** The first row of an id has come: what waited for it can be judged. */
  private arrived(id: string, item: TableRow): void {
    if (item.table !== 'correspondence') return;
    const m = item.row;
    const received = m.received_at && isInstant(m.received_at) ? m.received_at : '';
    if (received) this.received.set(id, received);
    const waiting = this.replies.get(id);
    if (!waiting) return;
    this.replies.delete(id);
    for (const w of waiting) this.replyAfterReceived(w, w.sent, id, received);
  }

  private decision(d: DecisionRow, file: string, line: number): void {
    this.decisionsFile = file;
    const at = (sub: number) => [Phase.Decision, line, sub];
    if (Number.isInteger(d.protocol_no) && Number.isInteger(d.item_no)) {
      let items = this.protocols.get(d.protocol_no);
      if (!items) {
        items = new Map();
        this.protocols.set(d.protocol_no, items);
      }
      const first = items.get(d.item_no);
      if (first === undefined) items.set(d.item_no, { row: line, id: d.id });
      else this.problems.error(at(0), file, line, 'item_no', fact('ITEM_DUPLICATE', { protocol: d.protocol_no, item: d.item_no, other: String(first.id) }));
    }
    if (d.mode === 'poll' && d.meeting_id) this.problems.error(at(1), file, line, 'meeting_id', fact('POLL_WITH_MEETING'));
    if (d.mode === 'without-poll' && d.meeting_id) this.problems.error(at(2), file, line, 'meeting_id', fact('WITHOUT_POLL_WITH_MEETING'));
    if (d.visa_by && d.mode !== 'without-poll') this.problems.warning(at(3), file, line, 'visa_by', fact('VISA_MODE', { mode: d.mode }));
    if (d.mode === 'meeting' && !d.meeting_id) this.problems.warning(at(4), file, line, 'meeting_id', fact('MEETING_UNNAMED'));
    const meetingDate = d.meeting_id ? this.meetingDates.get(d.meeting_id) : undefined;
    if (meetingDate && d.date && meetingDate !== d.date) this.problems.warning(at(5), file, line, 'date', fact('DATE_MEETING_MISMATCH', { date: d.date, meeting: String(d.meeting_id), meetingDate }));
    if (d.date_precision === 'month' || d.date_precision === 'approx') this.problems.warning(at(6), file, line, 'date', fact('DATE_VAGUE', { precision: d.date_precision }));
  }

  /** Gaps: archives lose items and whole protocols; worth a look, not a refusal. */
  private gaps(): void {
    const file = this.decisionsFile;
    const protocols = [...this.protocols.keys()].sort((a, b) => a - b);
    protocols.forEach((p, k) => {
      const prev = protocols[k - 1];
      const list = [...this.protocols.get(p)!].sort((a, b) => a[0] - b[0]);
      if (prev !== undefined && p > prev + 1) {
        const row = list[0]![1].row;
        this.problems.warning([Phase.Gap, p, 0], file, row, 'protocol_no', fact('PROTOCOL_GAP', span(prev + 1, p - 1)));
      }
      let expected = 1;
      for (const [item, { row }] of list) {
        if (item > expected) this.problems.warning([Phase.Gap, p, 1, item], file, row, 'item_no', fact('ITEM_GAP', { protocol: p, ...span(expected, item - 1) }));
        expected = item + 1;
      }
    });
    this.protocols.clear();
  }

  private message(m: CorrespondenceRow, file: string, line: number): void {
    const sent = m.sent_at && isInstant(m.sent_at) ? m.sent_at : undefined;
    const received = m.received_at && isInstant(m.received_at) ? m.received_at : undefined;
    if (sent && received && received < sent) this.problems.error([Phase.Message, line, 0], file, line, 'received_at', fact('RECEIVED_BEFORE_SENT', { received, sent }));
    if (m.in_reply_to === m.id) this.problems.error([Phase.Message, line, 1], file, line, 'in_reply_to', fact('SELF_REPLY'));
    if (!sent || !m.in_reply_to) return;
    const answered = m.in_reply_to;
    if (this.ids.get('correspondence')!.has(answered)) this.replyAfterReceived({ file, row: line }, sent, answered, this.received.get(answered) ?? '');
    else {
      const list = this.replies.get(answered);
      const w = { file, row: line, sent, answered };
      if (list) list.push(w);
      else this.replies.set(answered, [w]);
    }
  }

  private replyAfterReceived(at: Place, sent: string, answered: string, received: string): void {
    if (received && sent < received) this.problems.error([Phase.Message, at.row, 2], at.file, at.row, 'sent_at', fact('REPLY_BEFORE_RECEIVED', { sent, answered, received }));
  }
}
