import type {
  DecisionQuery,
  DecisionRow,
  InterventionQuery,
  InterventionRow,
  MeetingQuery,
  MeetingRow,
  MessageQuery,
  MessageRow,
  Page,
  Register,
} from './register.ts';
import type { SqlDialect } from './sql-dialect.ts';
import type { SqlExecutor, SqlValue } from './sql-driver.ts';
import { searchKey } from './transliterate.ts';

/** A WHERE clause under construction: conditions with their parameters, in order. */
class Where {
  readonly parts: string[] = [];
  readonly params: SqlValue[] = [];
  add(sql: string, ...params: SqlValue[]): this {
    this.parts.push(sql);
    this.params.push(...params);
    return this;
  }
  get sql(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}

/** `%text%` for LIKE over a search column, with LIKE's own wildcards escaped. */
const likePattern = (text: string): string => `%${searchKey(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const LIKE = "LIKE ? ESCAPE '\\'";

const MAX_LIMIT = 1000;
const page = (o: { limit?: number; offset?: number }): [number, number] => [
  Math.max(0, Math.min(o.limit ?? 100, MAX_LIMIT)),
  Math.max(0, o.offset ?? 0),
];

const bool = (v: unknown): boolean => v === true || v === 1 || v === '1' || v === 't';
const num = (v: unknown): number => Number(v);
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const list = (v: unknown): string[] => (typeof v === 'string' ? (JSON.parse(v) as string[]) : []);

type Raw = Record<string, unknown>;
const str = (v: unknown): string => String(v);
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/**
 * The register's queries, written once in SQL both dialects accept. Restricted rows
 * are filtered in SQL (not after the fact) so that `total` never counts what the
 * caller may not see.
 */
export class SqlRegister implements Register {
  constructor(
    private readonly db: SqlExecutor,
    private readonly dialect: SqlDialect,
  ) {}

  private async page<T>(select: string, from: string, where: Where, order: string, o: { limit?: number; offset?: number }, map: (r: Raw) => T): Promise<Page<T>> {
    const [limit, offset] = page(o);
    const c = this.dialect.compile.bind(this.dialect);
    const [count] = await this.db.all<{ n: number | string }>(c(`SELECT COUNT(*) AS n FROM ${from} ${where.sql}`), where.params);
    const rows = await this.db.all<Raw>(c(`SELECT ${select} FROM ${from} ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`), [...where.params, limit, offset]);
    return { rows: rows.map(map), total: num(count?.n ?? 0) };
  }

  private decisionWhere(streamId: string, q: Omit<DecisionQuery, 'limit' | 'offset'>): Where {
    const w = new Where().add('d.stream_id = ?', streamId);
    if (!q.canSeeRestricted) w.add('d.restricted = 0');
    if (q.restricted !== undefined) w.add('d.restricted = ?', q.restricted ? 1 : 0);
    if (q.from) w.add('d.date >= ?', q.from);
    if (q.to) w.add('d.date <= ?', q.to);
    if (q.mode) w.add('d.mode = ?', q.mode);
    if (q.initiatorId) w.add('d.initiator_id = ?', q.initiatorId);
    if (q.synthetic !== undefined) w.add('d.synthetic = ?', q.synthetic ? 1 : 0);
    if (q.protocolNo !== undefined) w.add('d.protocol_no = ?', q.protocolNo);
    if (q.hasIntervention !== undefined) w.add(`${q.hasIntervention ? '' : 'NOT '}${HAS_INTERVENTION}`);
    if (q.text?.trim()) {
      const p = likePattern(q.text);
      w.add(`(d.search ${LIKE} OR m.search ${LIKE})`, p, p);
    }
    return w;
  }

  listDecisions(streamId: string, q: DecisionQuery): Promise<Page<DecisionRow>> {
    return this.page(DECISION_COLUMNS, DECISION_FROM, this.decisionWhere(streamId, q), 'd.date, d.protocol_no, d.item_no, d.id', q, toDecision);
  }

  async getDecision(streamId: string, decisionId: string, canSeeRestricted: boolean): Promise<DecisionRow | undefined> {
    const w = this.decisionWhere(streamId, { canSeeRestricted }).add('d.id = ?', decisionId);
    const rows = await this.db.all<Raw>(this.dialect.compile(`SELECT ${DECISION_COLUMNS} FROM ${DECISION_FROM} ${w.sql}`), w.params);
    return rows[0] ? toDecision(rows[0]) : undefined;
  }

  listMeetings(streamId: string, q: MeetingQuery): Promise<Page<MeetingRow>> {
    const w = new Where().add('stream_id = ?', streamId);
    if (q.from) w.add('date >= ?', q.from);
    if (q.to) w.add('date <= ?', q.to);
    return this.page('*', 'rm_meetings', w, 'date, id', q, (r) => ({
      id: str(r.id),
      date: str(r.date),
      status: str(r.status),
      chairId: strOrNull(r.chair_id),
      attendees: r.attendees === null ? null : list(r.attendees),
      protocolNo: numOrNull(r.protocol_no),
      synthetic: bool(r.synthetic),
      sourceId: strOrNull(r.source_id),
    }));
  }

  async listCorrespondence(streamId: string, q: MessageQuery): Promise<Page<MessageRow>> {
    const w = new Where().add('stream_id = ?', streamId);
    if (q.from) w.add('COALESCE(sent_at, received_at) >= ?', q.from);
    // `to` is a date or an instant; anything on that date counts.
    if (q.to) w.add('COALESCE(sent_at, received_at) <= ?', q.to.length === 10 ? `${q.to}T99` : q.to);
    if (q.kind) w.add('kind = ?', q.kind);
    if (q.memberId) w.add(`(from_id = ? OR to_ids ${LIKE})`, q.memberId, `%${JSON.stringify(q.memberId).replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    if (q.text?.trim()) w.add(`search ${LIKE}`, likePattern(q.text));
    const result = await this.page('*', 'rm_correspondence', w, 'COALESCE(sent_at, received_at), id', q, toMessage);
    if (q.canSeeRestricted) return result;
    // Messages are not secret, but which restricted items they concern is.
    const [items, decisions] = await Promise.all([
      this.db.all<{ id: string }>(this.dialect.compile('SELECT id FROM rm_items WHERE stream_id = ? AND restricted = 1'), [streamId]),
      this.db.all<{ id: string }>(this.dialect.compile('SELECT id FROM rm_decisions WHERE stream_id = ? AND restricted = 1'), [streamId]),
    ]);
    const hidden = new Set([...items, ...decisions].map((r) => r.id));
    return {
      total: result.total,
      rows: result.rows.map((m) => ({ ...m, itemIds: m.itemIds.filter((id) => !hidden.has(id)), decisionIds: m.decisionIds.filter((id) => !hidden.has(id)) })),
    };
  }

  listInterventions(streamId: string, q: InterventionQuery): Promise<Page<InterventionRow>> {
    const w = new Where().add('iv.stream_id = ?', streamId);
    if (!q.canSeeRestricted) {
      w.add(
        'NOT EXISTS (SELECT 1 FROM rm_decisions d WHERE d.stream_id = iv.stream_id AND d.id = iv.decision_id AND d.restricted = 1)',
      ).add('NOT EXISTS (SELECT 1 FROM rm_items i WHERE i.stream_id = iv.stream_id AND i.id = iv.item_id AND i.restricted = 1)');
    }
    if (q.memberId) w.add('iv.member_id = ?', q.memberId);
    if (q.origin) w.add('iv.origin = ?', q.origin);
    if (q.outcome) w.add('iv.outcome = ?', q.outcome);
    if (q.decisionId) w.add('iv.decision_id = ?', q.decisionId);
    return this.page('iv.*', 'rm_interventions iv', w, 'iv.id', q, (r) => ({
      id: str(r.id),
      decisionId: strOrNull(r.decision_id),
      itemId: strOrNull(r.item_id),
      itemTitle: strOrNull(r.item_title),
      memberId: str(r.member_id),
      origin: str(r.origin) as InterventionRow['origin'],
      outcome: str(r.outcome) as InterventionRow['outcome'],
      messageIds: list(r.message_ids),
      codedBy: strOrNull(r.coded_by),
      basis: strOrNull(r.basis),
      synthetic: bool(r.synthetic),
      sourceId: strOrNull(r.source_id),
    }));
  }
}

const HAS_INTERVENTION = 'EXISTS (SELECT 1 FROM rm_interventions iv WHERE iv.stream_id = d.stream_id AND iv.decision_id = d.id)';
const DECISION_FROM = 'rm_decisions d LEFT JOIN rm_members m ON m.stream_id = d.stream_id AND m.id = d.initiator_id';
const DECISION_COLUMNS = `d.*, m.name AS initiator_name, CASE WHEN ${HAS_INTERVENTION} THEN 1 ELSE 0 END AS has_intervention`;

const toDecision = (r: Raw): DecisionRow => ({
  id: str(r.id),
  itemId: strOrNull(r.item_id),
  protocolNo: num(r.protocol_no),
  itemNo: num(r.item_no),
  itemLabel: strOrNull(r.item_label),
  protocolDate: strOrNull(r.protocol_date),
  date: str(r.date),
  datePrecision: strOrNull(r.date_precision),
  mode: str(r.mode) as DecisionRow['mode'],
  meetingId: strOrNull(r.meeting_id),
  title: str(r.title),
  restricted: bool(r.restricted),
  initiatorId: strOrNull(r.initiator_id),
  initiatorName: strOrNull(r.initiator_name),
  amendsId: strOrNull(r.amends_id),
  revokesId: strOrNull(r.revokes_id),
  revokedBy: strOrNull(r.revoked_by),
  historical: bool(r.historical),
  synthetic: bool(r.synthetic),
  sourceId: strOrNull(r.source_id),
  hasIntervention: bool(r.has_intervention),
});

const toMessage = (r: Raw): MessageRow => ({
  id: str(r.id),
  kind: str(r.kind) as MessageRow['kind'],
  number: strOrNull(r.number),
  series: strOrNull(r.series),
  fromId: str(r.from_id),
  toIds: list(r.to_ids),
  sentAt: strOrNull(r.sent_at),
  receivedAt: strOrNull(r.received_at),
  itemIds: list(r.item_ids),
  decisionIds: list(r.decision_ids),
  inReplyTo: strOrNull(r.in_reply_to),
  summary: str(r.summary),
  archiveRef: strOrNull(r.archive_ref),
  synthetic: bool(r.synthetic),
  sourceId: strOrNull(r.source_id),
});
