/**
 * The one implementation of the report's definitions, fed one row at a time. The
 * in-memory and the streaming report both drive it, so they cannot disagree.
 *
 * Feeding order: all interventions, then decisions, meetings and correspondence.
 * Interventions come first so that each decision is settled as it passes and
 * nothing is kept per decision: memory grows with the intervention rows and the
 * messages (whose latencies need keeping), never with the decisions.
 */
import { compareNatural, type CorrespondenceRow, type DecisionRow, type InterventionRow, type MeetingRow, type TableName } from '@politburo/record';
import { isInsideWindows } from './absence-windows.ts';
import { summarizeLatencies } from './nearest-rank.ts';
import type { ExplainedRow, MemberInitiatives, MonthModeCount, Report } from './report.ts';
import { type Counts, figureOf, RATE_DEFINITIONS, RATE_KEYS, type RateKey, rateOf } from './report-definitions.ts';
import { isSyntheticRow, type ReportContext } from './report-context.ts';

const digits = (t: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = t.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    n = n * 10 + d;
  }
  return n;
};

/**
 * Minutes since the epoch of a well-formed instant, else NaN (the streaming path
 * reads unvalidated cells). Hand-rolled because it runs once or twice per message,
 * millions of times; same arithmetic as core's toMinutes (days_from_civil).
 */
export const minutesOf = (t: string | undefined): number => {
  if (t === undefined || t.length !== 16 || t.charCodeAt(10) !== 84 /* T */) return Number.NaN;
  const m = digits(t, 5, 7);
  const y = digits(t, 0, 4) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + digits(t, 8, 10) - 1;
  const days = era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
  return days * 1440 + digits(t, 11, 13) * 60 + digits(t, 14, 16);
};

/**
 * The columns each table's rows must carry for the figures (explaining a figure
 * needs whole rows). The streaming report decodes only these, which is most of its
 * speed on wide tables.
 */
export const REPORT_COLUMNS = {
  decisions: ['id', 'date', 'mode', 'initiator_id', 'protocol_no', 'protocol_date', 'restricted', 'synthetic'],
  meetings: ['id', 'date', 'chair_id', 'attendees', 'status', 'synthetic'],
  interventions: ['decision_id', 'member_id', 'origin', 'outcome', 'synthetic'],
  correspondence: ['id', 'kind', 'sent_at', 'received_at', 'in_reply_to', 'synthetic'],
} as const;

/** Held: the default, and what every historical sitting is. */
export const isHeld = (row: Pick<MeetingRow, 'status'>): boolean => row.status === undefined || row.status === 'held';

interface Located<T> {
  row: T;
  rowNo: number;
}

/** Replies not yet matched to the message they answer: parallel arrays, cheap to pass between threads. */
export interface PendingReplies {
  answers: string[];
  sent: number[];
}

/**
 * What an accumulator fed one byte range of a table holds, as plain data that crosses
 * threads (structured clone). Everything in it adds up, so ranges merge in any order;
 * only the reply join needs both sides' arrival times (see resolveReplies).
 */
export interface AccumulatorPartial {
  counts: Counts;
  protocols: Array<[string, string]>;
  firstDate: string;
  lastDate: string;
  byMonth: MonthModeCount[];
  initiators: MemberInitiatives[];
  byChair: Array<[string | null, number]>;
  kinds: Array<{ kind: string; messages: number; delivered: number; latencies: Float64Array }>;
  replyCount: number;
  replyLatencies: Float64Array;
  replies: PendingReplies;
}

export class ReportAccumulator {
  private readonly counts: Counts = {
    decisionsTotal: 0,
    meetingsTotal: 0,
    decisionsDuringAbsence: 0,
    meetingsDuringAbsence: 0,
    meetingsWithoutLeader: 0,
    interventions: 0,
    responses: 0,
    initiatives: 0,
    confirmedUnchanged: 0,
    protocolsTotal: 0,
    protocolsDuringAbsence: 0,
    decisionsWithoutPoll: 0,
    decisionsRestricted: 0,
    meetingsWithAttendance: 0,
  };
  /**
   * Protocols by identity (number and protocol date, see protocolOf), each with its
   * date and, when explaining a protocol figure, its first item. Grows with the
   * protocols (a few dozen a year), not the decisions.
   */
  private readonly protocols = new Map<string, { date: string; first?: Located<DecisionRow> }>();
  private lastProtocol: { no: number; date: string | undefined; entry: { date: string; first?: Located<DecisionRow> } } | undefined;
  private firstDate = '';
  private lastDate = '';
  /** Intervention rows with a decision, by decision id, in file order. */
  private readonly interventionsByDecision = new Map<string, Array<Located<InterventionRow>>>();
  private decisionsSeen = false;
  private readonly byMonth = new Map<string, MonthModeCount>();
  private readonly byChair = new Map<string | null, number>();
  private readonly initiators = new Map<string | null, MemberInitiatives>();
  private readonly kinds = new Map<string, { messages: number; delivered: number; latencies: number[] }>();
  /**
   * Each delivered message's id and arrival, in file order. Plain arrays, not a Map by
   * id: filling a Map of a million messages was a sixth of the full report's time, and
   * only the messages some reply answers need finding (resolveReplies).
   */
  private readonly deliveredIds: string[] = [];
  private readonly deliveredAt: number[] = [];
  private replies: PendingReplies = { answers: [], sent: [] };
  /** Reply latencies already matched (by another thread's arrival times). */
  private readonly replyLatencies: number[] = [];
  private replyCount = 0;
  private readonly explained: ExplainedRow[] = [];
  /** The count whose rows `explain` lists (a rate lists its numerator's); '' when not explaining. */
  private readonly rowsKey: string;

  constructor(private readonly ctx: ReportContext) {
    const key = ctx.explain;
    this.rowsKey = key === undefined ? '' : (RATE_KEYS as readonly string[]).includes(key) ? RATE_DEFINITIONS[key as RateKey].numeratorRows : key;
  }

  private dropped(row: { synthetic?: boolean }): boolean {
    return this.ctx.onlyArchival && isSyntheticRow(row, this.ctx.recordSynthetic);
  }

  private explainIs(key: string): boolean {
    return this.rowsKey === key;
  }

  private note(table: TableName, rowNo: number, row: object): void {
    this.explained.push({ table, row: rowNo, values: { ...row } });
  }

  /** The last decision's date, whether it falls in an absence, and its month's counts (null: none yet). */
  private lastDay: { date: string | undefined | null; inside: boolean; month: MonthModeCount | undefined } = { date: null, inside: false, month: undefined };

  private monthOf(date: string | undefined): MonthModeCount {
    const month = (date ?? '').slice(0, 7);
    let m = this.byMonth.get(month);
    if (!m) {
      m = { month, meeting: 0, poll: 0, withoutPoll: 0 };
      this.byMonth.set(month, m);
    }
    return m;
  }

  private initiator(memberId: string | null): MemberInitiatives {
    let who = this.initiators.get(memberId);
    if (!who) {
      who = { memberId, decisions: 0, decisionsDuringAbsence: 0, responses: 0, initiatives: 0 };
      this.initiators.set(memberId, who);
    }
    return who;
  }

  intervention(row: InterventionRow, rowNo: number): void {
    if (this.decisionsSeen) throw new Error('ReportAccumulator: interventions must be fed before decisions');
    // Rows of dropped (synthetic) interventions, and rows on no decision, enter no figure.
    if (this.dropped(row) || !row.decision_id) return;
    const list = this.interventionsByDecision.get(row.decision_id);
    if (list) list.push({ row, rowNo });
    else this.interventionsByDecision.set(row.decision_id, [{ row, rowNo }]);
  }

  decision(row: DecisionRow, rowNo: number): void {
    this.decisionsSeen = true;
    if (this.dropped(row)) return;
    const c = this.counts;
    c.decisionsTotal += 1;
    // Decisions come day by day: a row of the same date as the last is placed as it was
    // (a binary search of string comparisons on every row was most of `decision`'s time).
    const date = row.date;
    if (date !== this.lastDay.date) this.lastDay = { date, inside: isInsideWindows(date, this.ctx.windows), month: this.monthOf(date) };
    const inside = this.lastDay.inside;
    const m = this.lastDay.month!;
    if (row.mode === 'meeting') m.meeting += 1;
    else if (row.mode === 'poll') m.poll += 1;
    else if (row.mode === 'without-poll') m.withoutPoll += 1;
    if (row.mode === 'without-poll') {
      c.decisionsWithoutPoll += 1;
      if (this.explainIs('decisionsWithoutPoll')) this.note('decisions', rowNo, row);
    }
    // The special folder's size is public (as in 1934); its rows are not: the server hides them from a drill-down.
    if (row.restricted === true) {
      c.decisionsRestricted += 1;
      if (this.explainIs('decisionsRestricted')) this.note('decisions', rowNo, row);
    }
    const who = this.initiator(row.initiator_id ?? null);
    who.decisions += 1;
    this.protocolOf(row, rowNo);
    if (this.explainIs('decisionsTotal')) this.note('decisions', rowNo, row);
    if (!inside) return;

    c.decisionsDuringAbsence += 1;
    who.decisionsDuringAbsence += 1;
    if (this.explainIs('decisionsDuringAbsence')) this.note('decisions', rowNo, row);
    let leaderRow: Located<InterventionRow> | undefined;
    for (const located of this.interventionsByDecision.get(row.id) ?? []) {
      const v = located.row;
      const member = this.initiator(v.member_id);
      if (v.origin === 'response') member.responses += 1;
      else if (v.origin === 'initiative') member.initiatives += 1;
      // The first of the leader's rows decides (validation forbids a second).
      if (v.member_id === this.ctx.leaderId && leaderRow === undefined) leaderRow = located;
    }
    const response = leaderRow?.row.origin === 'response';
    const confirmed = response && leaderRow?.row.outcome === 'confirmed';
    if (leaderRow) {
      c.interventions += 1;
      if (response) c.responses += 1;
      if (confirmed) c.confirmedUnchanged += 1;
      if (this.explainIs('interventions') || (response && this.explainIs('responses')) || (!response && this.explainIs('initiatives')) || (confirmed && this.explainIs('confirmedUnchanged'))) {
        this.note('interventions', leaderRow.rowNo, leaderRow.row);
      }
    }
    if ((!leaderRow || confirmed) && this.explainIs('untouchedOrConfirmed')) this.note('decisions', rowNo, row);
  }

  /**
   * A protocol is its number and its protocol date. An item without a protocol_date
   * belongs to the protocol of its number that has none, dated by its latest item (a
   * protocol is dated at or after every item it holds).
   */
  private protocolOf(row: DecisionRow, rowNo: number): void {
    const date = row.date ?? '';
    if (date !== '') {
      if (this.firstDate === '' || date < this.firstDate) this.firstDate = date;
      if (date > this.lastDate) this.lastDate = date;
    }
    if (row.protocol_no === undefined || row.protocol_no === null || Number.isNaN(row.protocol_no)) return;
    // Items of one protocol come together: the last one's entry is reused without building its key.
    const last = this.lastProtocol;
    const p =
      last !== undefined && last.no === row.protocol_no && last.date === row.protocol_date
        ? last.entry
        : this.protocols.get(`${row.protocol_no}|${row.protocol_date ?? ''}`);
    const explaining = this.explainIs('protocolsTotal') || this.explainIs('protocolsDuringAbsence');
    if (!p) {
      const entry = { date: row.protocol_date || date, ...(explaining ? { first: { row, rowNo } } : {}) };
      this.protocols.set(`${row.protocol_no}|${row.protocol_date ?? ''}`, entry);
      this.lastProtocol = { no: row.protocol_no, date: row.protocol_date, entry };
    } else {
      if (p !== last?.entry) this.lastProtocol = { no: row.protocol_no, date: row.protocol_date, entry: p };
      if (!row.protocol_date && date > p.date) p.date = date;
    }
  }

  meeting(row: MeetingRow, rowNo: number): void {
    if (this.dropped(row)) return;
    // A sitting scheduled and never opened, or cancelled, was not held: it counts in no figure.
    if (!isHeld(row)) return;
    const c = this.counts;
    c.meetingsTotal += 1;
    const inside = isInsideWindows(row.date, this.ctx.windows);
    if (inside) c.meetingsDuringAbsence += 1;
    // An empty attendance list means "unknown", which says nothing about the leader.
    const recorded = row.attendees !== null && row.attendees.length > 0;
    if (recorded) c.meetingsWithAttendance += 1;
    const without = recorded && !row.attendees!.includes(this.ctx.leaderId);
    if (without) c.meetingsWithoutLeader += 1;
    if (
      this.explainIs('meetingsTotal') ||
      (inside && this.explainIs('meetingsDuringAbsence')) ||
      (without && this.explainIs('meetingsWithoutLeader')) ||
      (recorded && this.explainIs('meetingsWithAttendance'))
    ) {
      this.note('meetings', rowNo, row);
    }
    const chair = row.chair_id ? row.chair_id : null;
    this.byChair.set(chair, (this.byChair.get(chair) ?? 0) + 1);
  }

  message(row: CorrespondenceRow): void {
    if (this.dropped(row)) return;
    let k = this.kinds.get(row.kind);
    if (!k) {
      k = { messages: 0, delivered: 0, latencies: [] };
      this.kinds.set(row.kind, k);
    }
    k.messages += 1;
    const received = minutesOf(row.received_at);
    const sent = minutesOf(row.sent_at);
    if (!Number.isNaN(received)) {
      k.delivered += 1;
      this.deliveredIds.push(row.id);
      this.deliveredAt.push(received);
      if (!Number.isNaN(sent)) k.latencies.push(received - sent);
    }
    if (row.in_reply_to) {
      this.replyCount += 1;
      if (!Number.isNaN(sent)) {
        this.replies.answers.push(row.in_reply_to);
        this.replies.sent.push(sent);
      }
    }
  }

  /**
   * Matches replies to the arrival times this accumulator holds; returns the latencies
   * and the replies it could not match. A later message with the same id wins, as in
   * one pass, when the later range resolves first.
   */
  resolveReplies(replies: PendingReplies): { latencies: number[]; unresolved: PendingReplies } {
    const latencies: number[] = [];
    const unresolved: PendingReplies = { answers: [], sent: [] };
    if (replies.answers.length === 0) return { latencies, unresolved };
    // The arrival of each answered message: the last delivered message with that id.
    const arrival = new Map<string, number>();
    for (const id of replies.answers) arrival.set(id, Number.NaN);
    const ids = this.deliveredIds;
    for (let i = 0; i < ids.length; i++) {
      if (arrival.has(ids[i]!)) arrival.set(ids[i]!, this.deliveredAt[i]!);
    }
    for (let i = 0; i < replies.answers.length; i++) {
      const received = arrival.get(replies.answers[i]!)!;
      if (!Number.isNaN(received)) latencies.push(replies.sent[i]! - received);
      else {
        unresolved.answers.push(replies.answers[i]!);
        unresolved.sent.push(replies.sent[i]!);
      }
    }
    return { latencies, unresolved };
  }

  /** Hands over the replies not yet matched (for a thread holding later arrivals), keeping none. */
  takeReplies(): PendingReplies {
    const r = this.replies;
    this.replies = { answers: [], sent: [] };
    return r;
  }

  /**
   * This accumulator's sums, and its unmatched replies, which it hands over (takeReplies);
   * its arrival times stay here for resolveReplies.
   */
  partial(): AccumulatorPartial {
    return {
      counts: { ...this.counts },
      protocols: [...this.protocols.entries()].map(([key, p]) => [key, p.date]),
      firstDate: this.firstDate,
      lastDate: this.lastDate,
      byMonth: [...this.byMonth.values()],
      initiators: [...this.initiators.values()],
      byChair: [...this.byChair.entries()],
      kinds: [...this.kinds.entries()].map(([kind, k]) => ({ kind, messages: k.messages, delivered: k.delivered, latencies: Float64Array.from(k.latencies) })),
      replyCount: this.replyCount,
      replyLatencies: Float64Array.from(this.replyLatencies),
      replies: this.takeReplies(),
    };
  }

  /** Adds another range's sums, as if its rows had been fed here (explaining needs one pass: not merged). */
  absorb(p: AccumulatorPartial): void {
    for (const key of Object.keys(p.counts) as Array<keyof Counts>) this.counts[key] += p.counts[key];
    for (const [key, date] of p.protocols) {
      const mine = this.protocols.get(key);
      // Dated by its protocol date (equal on both sides) or by its latest item: the later date.
      if (!mine) this.protocols.set(key, { date });
      else if (date > mine.date) mine.date = date;
    }
    if (p.firstDate !== '' && (this.firstDate === '' || p.firstDate < this.firstDate)) this.firstDate = p.firstDate;
    if (p.lastDate > this.lastDate) this.lastDate = p.lastDate;
    for (const m of p.byMonth) {
      const mine = this.byMonth.get(m.month);
      if (!mine) this.byMonth.set(m.month, { ...m });
      else {
        mine.meeting += m.meeting;
        mine.poll += m.poll;
        mine.withoutPoll += m.withoutPoll;
      }
    }
    for (const w of p.initiators) {
      const mine = this.initiator(w.memberId);
      mine.decisions += w.decisions;
      mine.decisionsDuringAbsence += w.decisionsDuringAbsence;
      mine.responses += w.responses;
      mine.initiatives += w.initiatives;
    }
    for (const [chair, n] of p.byChair) this.byChair.set(chair, (this.byChair.get(chair) ?? 0) + n);
    for (const k of p.kinds) {
      let mine = this.kinds.get(k.kind);
      if (!mine) {
        mine = { messages: 0, delivered: 0, latencies: [] };
        this.kinds.set(k.kind, mine);
      }
      mine.messages += k.messages;
      mine.delivered += k.delivered;
      for (const v of k.latencies) mine.latencies.push(v);
    }
    this.replyCount += p.replyCount;
    this.addReplyLatencies(p.replyLatencies);
    this.addReplies(p.replies);
  }

  /** Replies to match against this accumulator's arrival times when it finishes. */
  addReplies(replies: PendingReplies): void {
    for (let i = 0; i < replies.answers.length; i++) {
      this.replies.answers.push(replies.answers[i]!);
      this.replies.sent.push(replies.sent[i]!);
    }
  }

  addReplyLatencies(latencies: ArrayLike<number>): void {
    for (let i = 0; i < latencies.length; i++) this.replyLatencies.push(latencies[i]!);
  }

  finish(): Report {
    // The year: the calendar year(s) of the record's decision dates. A protocol dated in another year (a December poll entered in January's protocol) is not counted.
    const firstYear = this.firstDate.slice(0, 4);
    const lastYear = this.lastDate.slice(0, 4);
    let protocolsTotal = 0;
    let protocolsDuringAbsence = 0;
    for (const p of this.protocols.values()) {
      if (p.date.slice(0, 4) < firstYear || p.date.slice(0, 4) > lastYear) continue;
      protocolsTotal += 1;
      const inside = isInsideWindows(p.date, this.ctx.windows);
      if (inside) protocolsDuringAbsence += 1;
      if (p.first && (this.explainIs('protocolsTotal') || (inside && this.explainIs('protocolsDuringAbsence')))) this.note('decisions', p.first.rowNo, p.first.row);
    }
    const counts: Counts = { ...this.counts, initiatives: this.counts.interventions - this.counts.responses, protocolsTotal, protocolsDuringAbsence };
    this.addReplyLatencies(this.resolveReplies(this.takeReplies()).latencies);
    const replyLatencies = this.replyLatencies;
    // Intervention rows are listed in their file's order, whatever order the decisions came in.
    const explained = this.explained.some((r) => r.table === 'interventions') || this.rowsKey.startsWith('protocols') ? [...this.explained].sort((a, b) => a.row - b.row) : this.explained;
    const rates = Object.fromEntries(RATE_KEYS.map((k) => [k, rateOf(k, counts)])) as Record<RateKey, number | null>;
    const byNullableId = (a: string | null, b: string | null): number => (a === null ? 1 : b === null ? -1 : compareNatural(a, b));
    const key = this.ctx.explain;
    return {
      ...counts,
      meetingsWithoutLeader: figureOf('meetingsWithoutLeader', counts),
      ...rates,
      leaderId: this.ctx.leaderId,
      absences: this.ctx.windows,
      onlyArchival: this.ctx.onlyArchival,
      decisionsByMonth: [...this.byMonth.values()].sort((a, b) => compareNatural(a.month, b.month)),
      meetingsByChair: [...this.byChair.entries()].map(([chairId, meetings]) => ({ chairId, meetings })).sort((a, b) => byNullableId(a.chairId, b.chairId)),
      correspondenceByKind: [...this.kinds.entries()]
        .map(([kind, k]) => ({ kind, messages: k.messages, delivered: k.delivered, ...summarizeLatencies(k.latencies) }))
        .sort((a, b) => compareNatural(a.kind, b.kind)),
      replyLatency: { replies: this.replyCount, ...summarizeLatencies(replyLatencies) },
      initiators: [...this.initiators.values()].sort((a, b) => byNullableId(a.memberId, b.memberId)),
      ...(key === undefined ? {} : { explanation: { key, rowsOf: this.rowsKey, rows: explained } }),
    };
  }
}
