import { noteEvent, settleAwaitingInterventions } from './body-index.ts';
import type { BodyEvent } from './events.ts';
import { roleOn } from './guards.ts';
import { DEFAULT_SETTINGS } from './settings.ts';
import type { Ballot, Body, BodyState, Decision, Item } from './state.ts';

/**
 * Folds one event into the state. The state object is owned by whoever replays the
 * stream, and is updated in place: a body with a hundred thousand decisions must
 * replay in linear time, which copying maps on every event would not allow.
 * `decide` never mutates; only `evolve` does, and only the state it is given.
 */
export const evolve = (state: BodyState, event: BodyEvent): BodyState => {
  if (event.type === 'BodyCreated') {
    const body: Body = {
      id: event.bodyId,
      name: event.name,
      settings: { ...DEFAULT_SETTINGS, ...event.settings },
      createdAt: event.at,
      members: {},
      absences: {},
      meetings: {},
      items: {},
      decisions: {},
      messages: {},
      interventions: {},
      sources: {},
      corrections: [],
      protocols: { convocation: event.convocation, lastNo: 0, open: null, used: {} },
      messageSeries: {},
      meta: {},
    };
    return { status: 'active', body };
  }
  if (state.status !== 'active') return state;
  applyTo(state.body, event);
  noteEvent(state.body, event);
  return state;
};

const item = (b: Body, id: string): Item => b.items[id]!;

/**
 * `{ ...row, ...more }`. Rows are copied from their events with `Object.assign`: the rows of
 * one table come in several shapes (optional fields), and V8's object spread over sources of
 * many shapes falls to a slow path that cost microseconds a row (measured: ~20× assign). A
 * row parsed from JSON may carry an own `__proto__` key, which assign would take for the
 * prototype: such a row is spread, as before.
 */
/**
 * The one empty list every row starts with (a decision's amendments and extracts, a
 * message's readers, answers and points, a sitting's agenda). Most rows of a large record
 * never get an entry, and an empty array of their own was a sixth of a million-row import's
 * folded state. Frozen, so a push into it fails at once; `added` copies it on first write.
 */
const NONE = Object.freeze([]) as unknown as never[];
const orNone = <T>(list: T[]): T[] => (list.length === 0 ? NONE : list);
/** `list` with `value` at its end: the same array grown in place, or a new one in place of `NONE`. */
const added = <T>(list: T[], value: T): T[] => {
  if (list === NONE) return [value];
  list.push(value);
  return list;
};

const copied = <T extends object, U extends object>(row: T, more: U): T & U =>
  Object.hasOwn(row, '__proto__') ? { ...row, ...more } : Object.assign({}, row, more);

/**
 * An empty table of ballots keyed by member id. Without a prototype, V8 keeps it as a
 * hash table from the start: as plain `{}`, each order in which fifteen members happen
 * to vote became a hidden class of its own, and every vote stored and read through the
 * slow megamorphic path (a quarter of the simulator's engine time).
 */
const ballots = (): Record<string, Ballot> => Object.create(null);

/** A new route is a new vote: ballots of an unfinished meeting or an earlier poll do not carry over. */
const startVote = (it: Item): void => {
  it.votes = ballots();
  it.opinions = ballots();
  delete it.result;
};

function applyTo(b: Body, e: Exclude<BodyEvent, { type: 'BodyCreated' }>): void {
  switch (e.type) {
    // The events a body has most come first (a switch on strings tests its cases in turn).
    case 'VoteCast':
      item(b, e.itemId).votes[e.ballot.memberId] = e.ballot;
      return;
    case 'OpinionRecorded':
      item(b, e.itemId).opinions[e.ballot.memberId] = e.ballot;
      return;
    case 'VotingClosed': {
      const it = item(b, e.itemId);
      const { type: _t, itemId: _i, ...result } = e;
      it.result = result;
      it.status = e.adopted ? 'adopted' : 'rejected';
      return;
    }
    case 'ItemProposed':
      b.items[e.item.id] = copied(e.item, { proposedAt: e.at, status: 'proposed' as const, votes: ballots(), opinions: ballots() });
      return;
    case 'PollCirculated': {
      const it = item(b, e.itemId);
      startVote(it);
      it.status = 'polling';
      it.route = { mode: 'poll', openedAt: e.at, deadline: e.deadline };
      return;
    }
    case 'DecisionRegistered': {
      const d: Decision = copied(e.decision, { amendedBy: NONE, extracts: NONE });
      b.decisions[d.id] = d;
      const used = (b.protocols.used[String(d.protocolNo)] ??= {});
      used[String(d.itemNo)] = d.id;
      if (!e.historical) {
        b.protocols.open = { no: d.protocolNo, nextItemNo: d.itemNo + 1 };
      } else {
        // A body that goes on from an imported record numbers its new protocols after the archival ones.
        b.protocols.lastNo = Math.max(b.protocols.lastNo, d.protocolNo);
      }
      const amended = d.amendsId ? b.decisions[d.amendsId] : undefined;
      if (amended) amended.amendedBy = added(amended.amendedBy, d.id);
      if (d.revokesId) {
        const revoked = b.decisions[d.revokesId];
        if (revoked) revoked.revokedBy = d.id;
      }
      if (d.itemId) {
        const it = b.items[d.itemId];
        if (it) {
          it.status = 'registered';
          it.decisionId = d.id;
        }
        settleAwaitingInterventions(b, d.itemId, d.id);
      }
      return;
    }
    case 'ItemPutToMeeting': {
      const it = item(b, e.itemId);
      startVote(it);
      it.status = 'on-agenda';
      it.route = { mode: 'meeting', meetingId: e.meetingId };
      const sitting = b.meetings[e.meetingId]!;
      sitting.agenda = added(sitting.agenda, e.itemId);
      return;
    }
    case 'BallotRecorded': {
      // Historical ballots are kept on a pseudo-item keyed by the decision, so that
      // "who voted how" reads the same for live and archival decisions.
      const d = b.decisions[e.decisionId]!;
      const key = d.itemId ?? `decision:${d.id}`;
      const it = (b.items[key] ??= {
        id: key,
        title: d.title,
        restricted: d.restricted,
        status: 'registered',
        votes: ballots(),
        opinions: ballots(),
        decisionId: d.id,
        ...(d.initiatorId ? { initiatorId: d.initiatorId } : {}),
      });
      const ballot = copied(e.ballot, { at: e.ballot.at ?? `${d.date}T00:00` });
      // The role on the day of the decision decides whether the ballot counts, not today's role.
      const voter = b.members[e.ballot.memberId];
      const role = voter ? (roleOn(voter, d.date) ?? voter.role) : undefined;
      const target = role === 'candidate' ? it.opinions : it.votes;
      target[e.ballot.memberId] = ballot;
      if (!d.itemId) d.itemId = key;
      return;
    }
    case 'SettingsChanged':
      // Settings added later take their defaults when an older log is replayed.
      b.settings = { ...DEFAULT_SETTINGS, ...e.settings };
      return;
    case 'ConvocationStarted':
      // Numbers restart with each convocation, so the numbers already used are those of this one.
      b.protocols = { convocation: e.convocation, lastNo: 0, open: null, used: {} };
      return;
    case 'RecordMetaSet':
      b.meta = { ...b.meta, ...e.meta };
      return;
    case 'SourceRegistered':
      b.sources[e.source.id] = e.source;
      return;
    case 'MemberAdmitted': {
      const { from, ...m } = e.member;
      b.members[m.id] = { ...m, roles: [{ role: m.role, ...(from ? { from } : {}) }] };
      return;
    }
    case 'RoleChanged': {
      const m = b.members[e.memberId]!;
      const current = m.roles.findLast((s) => !s.to);
      if (current && (!current.from || current.from < e.from)) {
        current.to = e.from;
        // A different role held for a period (acting deputy) ends with a return to the role it
        // interrupted; the same role with an end date is the end of membership.
        if (e.to && current.role !== e.role) m.roles.push({ role: current.role, from: e.to });
      }
      const { type: _t, memberId: _m, at: _a, ...span } = e;
      m.roles.push({ ...span, recorded: true });
      m.roles.sort((a, z) => (a.from ?? '').localeCompare(z.from ?? ''));
      if (!e.to) m.role = e.role;
      return;
    }
    case 'MemberRetired': {
      const m = b.members[e.memberId]!;
      m.retiredOn = e.on;
      const last = m.roles[m.roles.length - 1];
      if (last && !last.to) last.to = e.on;
      return;
    }
    case 'AbsenceRecorded':
      b.absences[e.absence.id] = e.absence;
      return;
    case 'MeetingScheduled':
      b.meetings[e.meetingId] = { id: e.meetingId, date: e.date, status: 'scheduled', attendees: null, agenda: NONE };
      return;
    case 'MeetingOpened': {
      const m = b.meetings[e.meetingId]!;
      m.status = 'open';
      m.chairId = e.chairId;
      m.attendees = [...e.attendees];
      return;
    }
    case 'MeetingClosed': {
      const m = b.meetings[e.meetingId]!;
      m.status = 'closed';
      // Items the meeting did not get to go back to the pile.
      for (const id of m.agenda) {
        const it = b.items[id];
        if (it && it.status === 'on-agenda') {
          it.status = 'proposed';
          delete it.route;
        }
      }
      b.protocols.lastNo = Math.max(b.protocols.lastNo, e.protocolNo);
      b.protocols.open = null;
      return;
    }
    case 'HistoricalMeetingRecorded':
      b.meetings[e.meeting.id] = copied(e.meeting, { status: e.status ?? ('historical' as const), agenda: NONE });
      return;
    case 'ItemModified':
      item(b, e.itemId).text = e.text;
      return;
    case 'ItemPostponed':
      item(b, e.itemId).status = 'postponed';
      return;
    case 'ItemWithdrawn':
      item(b, e.itemId).status = 'withdrawn';
      return;
    case 'ExtractSent': {
      const extracted = b.decisions[e.decisionId]!;
      extracted.extracts = added(extracted.extracts, { recipients: e.recipients, at: e.at, ...(e.byId ? { byId: e.byId } : {}) });
      return;
    }
    case 'MessageSent': {
      b.messages[e.message.id] = copied(e.message, { readBy: NONE });
      const series = e.message.series ?? e.message.fromId;
      const n = Number(e.message.number);
      if (Number.isInteger(n)) b.messageSeries[series] = Math.max(b.messageSeries[series] ?? 0, n);
      return;
    }
    case 'MessageRecorded': {
      // An archival letter: its lists come empty from the record more often than not.
      const m = e.message;
      b.messages[m.id] = copied(m, { readBy: NONE, itemIds: orNone(m.itemIds), answers: orNone(m.answers), points: orNone(m.points) });
      return;
    }
    case 'MessageDelivered':
      b.messages[e.messageId]!.receivedAt = e.at;
      return;
    case 'MessageRead': {
      const read = b.messages[e.messageId]!;
      read.readBy = added(read.readBy, e.memberId);
      return;
    }
    case 'InterventionRecorded':
      b.interventions[e.intervention.id] = copied(e.intervention, {});
      return;
    case 'RecordCorrected': {
      b.corrections.push(e.correction);
      applyCorrection(b, e.correction.target.table, e.correction.target.id, e.correction.field, e.correction.to);
      return;
    }
    default: {
      const unreachable: never = e;
      throw new Error(`unknown event ${(unreachable as { type: string }).type}`);
    }
  }
}

/** Editorial corrections change a transcribed field; the correction itself is kept in `corrections`. */
function applyCorrection(b: Body, table: string, id: string, field: string, to: string): void {
  const rows: Record<string, Record<string, unknown>> | undefined =
    table === 'decisions'
      ? (b.decisions as unknown as Record<string, Record<string, unknown>>)
      : table === 'meetings'
        ? (b.meetings as unknown as Record<string, Record<string, unknown>>)
        : table === 'correspondence'
          ? (b.messages as unknown as Record<string, Record<string, unknown>>)
          : table === 'members'
            ? (b.members as unknown as Record<string, Record<string, unknown>>)
            : table === 'interventions'
              ? (b.interventions as unknown as Record<string, Record<string, unknown>>)
              : undefined;
  const row = rows?.[id];
  if (!row) return;
  const current = row[field];
  row[field] = typeof current === 'number' ? Number(to) : typeof current === 'boolean' ? to === 'true' : to;
}

export const replay = (events: Iterable<BodyEvent>, from: BodyState = { status: 'empty' }): BodyState => {
  let s = from;
  for (const e of events) s = evolve(s, e);
  return s;
};
