import { deliveredTo } from './decide-correspondence.ts';
import type { BodyEvent, EventOf } from './events.ts';
import { canSeeRestricted, canSteer, type Role } from './roles.ts';
import { rowOf } from './rows.ts';
import type { Ballot, Body, Correction, Decision, Intervention, Item, Meeting, Message } from './state.ts';
import type { Instant } from './time.ts';

/**
 * What a reader may see: the one rule, for every edge (routes, the live stream, CSV, PDF,
 * drill-down, search, the register).
 *
 * - **The special folder.** Restricted items and decisions, and the rows that hang on them
 *   (interventions, corrections, meeting agenda entries), are open to full members,
 *   candidates and the secretariat. To anyone else they do not exist: not in lists,
 *   searches, lookups, exports or the stream, and no visible row points at them (its
 *   `amendsId`, `amendedBy`, … are stripped). Aggregate counts still include them.
 * - **Mail.** A message is for its sender, for a recipient once it has reached him, and
 *   for the steering roles (but mail addressed to one of them only once delivered, as in
 *   his inbox). Anonymous viewers see no mail.
 * - **Ballots.** While a poll is open under `hideResultsUntilClosed`, how each member
 *   voted is for the secretariat alone.
 */
export interface Viewer {
  role: Role | 'anonymous';
  /** The viewer's member id, or null for an anonymous reader. */
  memberId: string | null;
  /** The body clock's present: mail is delivered, or not, by then. */
  now: Instant;
}

/** A row of a body, named by table and id (the tables of the record format where they have one). */
export type RowRef = {
  table: 'items' | 'decisions' | 'interventions' | 'correspondence' | 'meetings' | 'members' | 'absences' | 'sources';
  id: string;
};

export { rowOf };

/** Whether the viewer's role opens the special folder. */
export const seesSpecialFolder = (v: Pick<Viewer, 'role'>): boolean => canSeeRestricted(v.role);

const restrictedItem = (b: Body, id: string | undefined): boolean => rowOf(b.items, id)?.restricted === true;
const restrictedDecision = (b: Body, id: string | undefined): boolean => rowOf(b.decisions, id)?.restricted === true;

/** An intervention is in the special folder when its decision or its item is. */
const interventionInFolder = (b: Body, iv: Pick<Intervention, 'decisionId' | 'itemId'>): boolean =>
  restrictedDecision(b, iv.decisionId) || restrictedItem(b, iv.itemId);

/** The row is in the special folder: restricted itself, or hanging on a restricted row. Existence is not checked. */
export const inSpecialFolder = (b: Body, ref: RowRef): boolean => {
  switch (ref.table) {
    case 'items':
      return restrictedItem(b, ref.id);
    case 'decisions':
      return restrictedDecision(b, ref.id);
    case 'interventions': {
      const iv = rowOf(b.interventions, ref.id);
      return iv !== undefined && interventionInFolder(b, iv);
    }
    default:
      return false;
  }
};

/** The mail rule: sender, delivered recipient, or a steering role (mail to himself only once delivered). */
export const maySeeMessage = (v: Viewer, m: Pick<Message, 'fromId' | 'toIds' | 'receivedAt'>): boolean => {
  if (v.role === 'anonymous' || v.memberId === null) return false;
  if (m.fromId === v.memberId) return true;
  if (deliveredTo(m, v.memberId, v.now)) return true;
  return canSteer(v.role) && !m.toIds.includes(v.memberId);
};

const TABLES: { [K in RowRef['table']]: (b: Body) => Readonly<Record<string, unknown>> } = {
  items: (b) => b.items,
  decisions: (b) => b.decisions,
  interventions: (b) => b.interventions,
  correspondence: (b) => b.messages,
  meetings: (b) => b.meetings,
  members: (b) => b.members,
  absences: (b) => b.absences,
  sources: (b) => b.sources,
};

/**
 * May this viewer see this row? False for a row the body does not have, for a row of the
 * special folder outside it, and for mail that is not his.
 */
export const maySee = (b: Body, v: Viewer, ref: RowRef): boolean => {
  if (ref.table === 'correspondence') {
    const m = rowOf(b.messages, ref.id);
    return m !== undefined && maySeeMessage(v, m);
  }
  if (rowOf(TABLES[ref.table](b), ref.id) === undefined) return false;
  return seesSpecialFolder(v) || !inSpecialFolder(b, ref);
};

/** A correction is shown to whoever may see the corrected row. */
export const maySeeCorrection = (b: Body, v: Viewer, c: Pick<Correction, 'target'>): boolean => maySee(b, v, c.target);

/** While a poll is open under `hideResultsUntilClosed`, how each member voted is the secretariat's alone (who voted is not). */
export const maySeeBallots = (b: Body, v: Pick<Viewer, 'role'>, it: Pick<Item, 'status'>): boolean =>
  !(b.settings.hideResultsUntilClosed && it.status === 'polling' && v.role !== 'secretariat');

/** The visible row of that table with that id, or undefined (a hidden row answers as a missing one). */
export const visibleItem = (b: Body, v: Viewer, id: string): Item | undefined => (maySee(b, v, { table: 'items', id }) ? b.items[id] : undefined);
export const visibleDecision = (b: Body, v: Viewer, id: string): Decision | undefined =>
  maySee(b, v, { table: 'decisions', id }) ? b.decisions[id] : undefined;
export const visibleMessage = (b: Body, v: Viewer, id: string): Message | undefined =>
  maySee(b, v, { table: 'correspondence', id }) ? b.messages[id] : undefined;
export const visibleMeeting = (b: Body, v: Viewer, id: string): Meeting | undefined =>
  maySee(b, v, { table: 'meetings', id }) ? b.meetings[id] : undefined;

// ---- The projection: a visible row, with its references to hidden rows removed ----

/** Drops the keys whose reference fails `keep` (a reference to a hidden row does not exist either). */
const stripRefs = <T extends object>(row: T, keep: (key: keyof T, id: string) => boolean, keys: ReadonlyArray<keyof T>): T => {
  let out: T | undefined;
  for (const k of keys) {
    const id = row[k];
    if (typeof id === 'string' && !keep(k, id)) {
      out ??= { ...row };
      delete out[k];
    }
  }
  return out ?? row;
};

const decisionShown = (b: Body, v: Viewer, id: string): boolean => seesSpecialFolder(v) || !restrictedDecision(b, id);
const itemShown = (b: Body, v: Viewer, id: string): boolean => seesSpecialFolder(v) || !restrictedItem(b, id);

/** A decision as the viewer sees it: no amends/revokes link, either way, to a hidden decision. */
export const decisionAsSeenBy = <D extends Partial<Pick<Decision, 'itemId' | 'amendsId' | 'revokesId' | 'revokedBy' | 'amendedBy'>>>(b: Body, v: Viewer, d: D): D => {
  if (seesSpecialFolder(v)) return d;
  const out = stripRefs(d, (k, id) => (k === 'itemId' ? itemShown(b, v, id) : decisionShown(b, v, id)), ['itemId', 'amendsId', 'revokesId', 'revokedBy']);
  if (!d.amendedBy?.some((id) => !decisionShown(b, v, id))) return out;
  return { ...out, amendedBy: d.amendedBy.filter((id) => decisionShown(b, v, id)) };
};

/** An item as the viewer sees it: no link to a hidden decision. */
export const itemAsSeenBy = <I extends Partial<Pick<Item, 'amendsId' | 'revokesId' | 'reconsidersId' | 'decisionId' | 'answerMessageId'>>>(b: Body, v: Viewer, it: I): I => {
  // The answer an item carries out is mail: named only to whoever may read that message.
  const m = it.answerMessageId ? b.messages[it.answerMessageId] : undefined;
  const own = it.answerMessageId && !(m && maySeeMessage(v, m)) ? stripRefs(it, () => false, ['answerMessageId']) : it;
  return seesSpecialFolder(v) ? own : stripRefs(own, (_, id) => decisionShown(b, v, id), ['amendsId', 'revokesId', 'reconsidersId', 'decisionId']);
};

/** A meeting as the viewer sees it: hidden items are not on its agenda. */
export const meetingAsSeenBy = (b: Body, v: Viewer, m: Meeting): Meeting =>
  seesSpecialFolder(v) || m.agenda.every((id) => itemShown(b, v, id)) ? m : { ...m, agenda: m.agenda.filter((id) => itemShown(b, v, id)) };

type MessageLike = Pick<Message, 'itemIds' | 'decisionIds' | 'answers' | 'points'> & { inReplyTo?: string };

/**
 * A message as the viewer sees it: references to hidden items and decisions removed, points
 * raised in the special folder removed, and no `inReplyTo` to mail that is not his.
 */
export const messageAsSeenBy = <M extends MessageLike>(b: Body, v: Viewer, m: M): M => {
  const replyHidden = m.inReplyTo !== undefined && !maySee(b, v, { table: 'correspondence', id: m.inReplyTo });
  const out: M = replyHidden ? stripRefs(m, () => false, ['inReplyTo']) : m;
  if (seesSpecialFolder(v)) return out;
  return {
    ...out,
    itemIds: m.itemIds.filter((id) => itemShown(b, v, id)),
    decisionIds: m.decisionIds.filter((id) => decisionShown(b, v, id)),
    answers: m.answers.filter((a) => itemShown(b, v, a.itemId)),
    points: m.points.filter((p) => !p.restricted && itemShown(b, v, p.itemId)),
  };
};

const visibleRows = <T>(rows: Record<string, T>, ok: (row: T) => boolean, shown: (row: T) => T): Record<string, T> => {
  const out: Record<string, T> = {};
  for (const [id, row] of Object.entries(rows)) if (ok(row)) out[id] = shown(row);
  return out;
};

/**
 * The body as one viewer may see it: hidden rows removed, references from visible rows to
 * hidden ones stripped, mail limited to his. Every other projection here is a piece of it.
 */
export const bodyAsSeenBy = (b: Body, v: Viewer): Body => {
  const seen = (table: RowRef['table']) => (row: { id: string }) => maySee(b, v, { table, id: row.id });
  const hiddenDecision = (id: string) => !decisionShown(b, v, id);
  return {
    ...b,
    items: visibleRows(b.items, seen('items'), (it) => itemAsSeenBy(b, v, it)),
    decisions: visibleRows(b.decisions, seen('decisions'), (d) => decisionAsSeenBy(b, v, d)),
    interventions: visibleRows(b.interventions, seen('interventions'), (iv) => iv),
    messages: visibleRows(b.messages, seen('correspondence'), (m) => messageAsSeenBy(b, v, m)),
    meetings: visibleRows(b.meetings, () => true, (m) => meetingAsSeenBy(b, v, m)),
    corrections: b.corrections.filter((c) => maySeeCorrection(b, v, c)),
    protocols: {
      ...b.protocols,
      used: Object.fromEntries(
        Object.entries(b.protocols.used).map(([no, slots]) => [no, Object.fromEntries(Object.entries(slots).filter(([, id]) => !hiddenDecision(id)))]),
      ),
    },
  };
};

/** An event as a viewer sees it: a body event, or a ballot without its vote while the poll's results are hidden. */
export type SeenEvent =
  | BodyEvent
  | (Omit<EventOf<'VoteCast'>, 'ballot'> & { ballot: Omit<Ballot, 'vote'> })
  | (Omit<EventOf<'OpinionRecorded'>, 'ballot'> & { ballot: Omit<Ballot, 'vote'> });

/**
 * One event as the viewer may see it, judged against the body's current state (a row
 * restricted now stays hidden in its past events), or null. Mail travels to its sender and
 * the steering roles when it leaves, and to a recipient only with its delivery.
 */
export const eventAsSeenBy = (b: Body, v: Viewer, e: BodyEvent): SeenEvent | null => {
  const item = (id: string) => (itemShown(b, v, id) ? e : null);
  const decision = (id: string) => (decisionShown(b, v, id) ? e : null);
  switch (e.type) {
    case 'ItemProposed':
      if (!seesSpecialFolder(v) && (e.item.restricted || restrictedItem(b, e.item.id))) return null;
      return { ...e, item: itemAsSeenBy(b, v, e.item) };
    case 'ItemPutToMeeting':
    case 'PollCirculated':
    case 'VotingClosed':
    case 'ItemModified':
    case 'ItemPostponed':
    case 'ItemWithdrawn':
      return item(e.itemId);
    case 'VoteCast':
    case 'OpinionRecorded': {
      if (!itemShown(b, v, e.itemId)) return null;
      const it = rowOf(b.items, e.itemId);
      if (!it || maySeeBallots(b, v, it)) return e;
      const { vote: _, ...ballot } = e.ballot;
      return { ...e, ballot };
    }
    case 'DecisionRegistered':
      if (!seesSpecialFolder(v) && (e.decision.restricted || restrictedDecision(b, e.decision.id))) return null;
      return { ...e, decision: decisionAsSeenBy(b, v, e.decision) };
    case 'BallotRecorded':
    case 'ExtractSent':
      return decision(e.decisionId);
    case 'InterventionRecorded':
      return seesSpecialFolder(v) || !interventionInFolder(b, e.intervention) ? e : null;
    case 'MessageSent': {
      const m = rowOf(b.messages, e.message.id) ?? { ...e.message, readBy: [] };
      if (!maySeeMessage(v, m)) return null;
      // A recipient learns of a message when it is delivered, never when it leaves.
      if (m.fromId !== v.memberId && v.memberId !== null && m.toIds.includes(v.memberId)) return null;
      return { ...e, message: messageAsSeenBy(b, v, e.message) };
    }
    case 'MessageRecorded': {
      const m = rowOf(b.messages, e.message.id) ?? e.message;
      return maySeeMessage(v, m) ? { ...e, message: messageAsSeenBy(b, v, e.message) } : null;
    }
    case 'MessageDelivered':
    case 'MessageRead':
      return maySee(b, v, { table: 'correspondence', id: e.messageId }) ? e : null;
    case 'RecordCorrected':
      return maySeeCorrection(b, v, e.correction) ? e : null;
    case 'MeetingOpened':
    case 'MeetingScheduled':
    case 'MeetingClosed':
    case 'HistoricalMeetingRecorded':
    case 'BodyCreated':
    case 'SettingsChanged':
    case 'ConvocationStarted':
    case 'RecordMetaSet':
    case 'SourceRegistered':
    case 'MemberAdmitted':
    case 'RoleChanged':
    case 'MemberRetired':
    case 'AbsenceRecorded':
      return e;
    default: {
      const unreachable: never = e;
      return unreachable;
    }
  }
};
