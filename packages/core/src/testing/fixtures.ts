import type { CommandMeta } from '../commands.ts';
import type { BodyEvent, EventOf } from '../events.ts';
import type { Role } from '../roles.ts';
import { DEFAULT_SETTINGS, type BodySettings } from '../settings.ts';
import type { Ballot, Decision, Message, Vote } from '../state.ts';
import type { Instant, IsoDate } from '../time.ts';

/**
 * A small body for specifications: five full members (the leader away in Sochi from
 * 1934-08-01 to 1934-10-15), two candidates, the secretariat, an observer and an
 * external correspondent. Events are written out by hand: a specification states
 * the past as facts, not as commands that the decider under test would have to accept.
 */
export const LEADER = 'stalin';
export const DEPUTY = 'kaganovich';
export const MEMBERS = ['molotov', 'voroshilov', 'kalinin'] as const;
export const [M1, M2, M3] = MEMBERS;
export const CANDIDATES = ['mikoyan', 'chubar'] as const;
export const [C1, C2] = CANDIDATES;
export const SECRETARIAT = 'poskrebyshev';
export const OBSERVER = 'observer';
export const EXTERNAL = 'gorky';
export const FULL = [LEADER, DEPUTY, ...MEMBERS] as const;

export const ABSENCE = { id: 'abs-sochi', from: '1934-08-01', to: '1934-10-15', location: 'Sochi' } as const;

/** A day inside the leader's absence, and one before it. */
export const DAY = '1934-08-20';
export const BEFORE = '1934-07-20';
export const t = (time: string, day: IsoDate = DAY): Instant => `${day}T${time}`;

export const system = (now: Instant = t('09:00')): CommandMeta => ({ now, actor: { kind: 'system' } });
export const as = (id: string, now: Instant = t('09:00')): CommandMeta => ({ now, actor: { kind: 'member', id } });

const START = '1934-07-01T09:00';

export const bodyCreated = (settings: Partial<BodySettings> = {}): BodyEvent => ({
  type: 'BodyCreated',
  bodyId: 'pb',
  name: 'Politburo',
  settings: { ...DEFAULT_SETTINGS, ...settings },
  convocation: '17',
  at: START,
});

export const admitted = (id: string, role: Role, from?: IsoDate): BodyEvent => ({
  type: 'MemberAdmitted',
  member: { id, name: id[0]!.toUpperCase() + id.slice(1), role, ...(from ? { from } : {}) },
  at: START,
});

export const absence = (memberId = LEADER, from: IsoDate = ABSENCE.from, to: IsoDate = ABSENCE.to, id: string = ABSENCE.id): BodyEvent => ({
  type: 'AbsenceRecorded',
  absence: { id, memberId, from, to, location: ABSENCE.location },
  at: START,
});

/** The body with its people and the leader's absence. */
export const standardBody = (settings: Partial<BodySettings> = {}): BodyEvent[] => [
  bodyCreated(settings),
  admitted(LEADER, 'leader'),
  admitted(DEPUTY, 'deputy'),
  ...MEMBERS.map((m) => admitted(m, 'member')),
  ...CANDIDATES.map((m) => admitted(m, 'candidate')),
  admitted(SECRETARIAT, 'secretariat'),
  admitted(OBSERVER, 'observer'),
  admitted(EXTERNAL, 'external'),
  absence(),
];

export const scheduled = (meetingId: string, date: IsoDate = DAY): BodyEvent => ({ type: 'MeetingScheduled', meetingId, date, at: START });

export const opened = (meetingId: string, chairId: string, attendees: string[], at: Instant = t('10:00')): BodyEvent => ({
  type: 'MeetingOpened',
  meetingId,
  chairId,
  attendees,
  at,
});

export const closed = (meetingId: string, protocolNo: number, at: Instant = t('18:00')): BodyEvent => ({
  type: 'MeetingClosed',
  meetingId,
  protocolNo,
  at,
});

/** A meeting on DAY chaired by the deputy (the leader is away), everybody else present. */
export const meetingInSession = (meetingId = 'mtg-1', date: IsoDate = DAY): BodyEvent[] => [
  scheduled(meetingId, date),
  opened(meetingId, DEPUTY, [DEPUTY, ...MEMBERS, ...CANDIDATES, SECRETARIAT], `${date}T10:00`),
];

export const proposed = (
  itemId: string,
  extra: Partial<EventOf<'ItemProposed'>['item']> = {},
  at: Instant = t('08:00'),
): BodyEvent => ({
  type: 'ItemProposed',
  item: { id: itemId, title: `Question ${itemId}`, restricted: false, initiatorId: DEPUTY, ...extra },
  at,
});

export const putToMeeting = (itemId: string, meetingId = 'mtg-1', at: Instant = t('10:05')): BodyEvent => ({
  type: 'ItemPutToMeeting',
  itemId,
  meetingId,
  at,
});

export const pollCirculated = (itemId: string, deadline: Instant = t('20:00'), at: Instant = t('08:30')): BodyEvent => ({
  type: 'PollCirculated',
  itemId,
  deadline,
  at,
});

export const ballot = (memberId: string, vote: Vote, at: Instant = t('11:00'), viaMessageId?: string): Ballot => ({
  memberId,
  vote,
  at,
  ...(viaMessageId ? { viaMessageId } : {}),
});

export const voteCast = (itemId: string, memberId: string, vote: Vote = 'for', at: Instant = t('11:00')): BodyEvent => ({
  type: 'VoteCast',
  itemId,
  ballot: ballot(memberId, vote, at),
});

export const votingClosed = (itemId: string, counts: { for: number; against?: number; abstain?: number }, at: Instant = t('12:00')): BodyEvent => {
  const against = counts.against ?? 0;
  const abstain = counts.abstain ?? 0;
  const participants = counts.for + against + abstain;
  return {
    type: 'VotingClosed',
    itemId,
    adopted: counts.for > against && participants >= 3,
    for: counts.for,
    against,
    abstain,
    participants,
    fullMembers: 5,
    at,
  };
};

/** An item adopted by poll on DAY (four full members for). */
export const adoptedByPoll = (itemId: string, extra: Partial<EventOf<'ItemProposed'>['item']> = {}, day: IsoDate = DAY): BodyEvent[] => [
  proposed(itemId, extra, t('08:00', day)),
  pollCirculated(itemId, t('20:00', day), t('08:30', day)),
  ...[DEPUTY, ...MEMBERS].map((m) => voteCast(itemId, m, 'for', t('11:00', day))),
  votingClosed(itemId, { for: 4 }, t('20:00', day)),
];

export const registered = (
  decisionId: string,
  protocolNo: number,
  itemNo: number,
  extra: Partial<Omit<Decision, 'amendedBy' | 'revokedBy' | 'extracts'>> = {},
  at: Instant = t('21:00'),
): BodyEvent => ({
  type: 'DecisionRegistered',
  decision: {
    id: decisionId,
    protocolNo,
    itemNo,
    date: at.slice(0, 10),
    mode: 'poll',
    title: `Decision ${decisionId}`,
    restricted: false,
    ...extra,
  },
  historical: false,
  at,
});

export const sent = (message: Partial<Omit<Message, 'readBy' | 'receivedAt'>> & { id: string; fromId: string; toIds: string[] }, at: Instant = t('09:00')): BodyEvent => ({
  type: 'MessageSent',
  message: {
    kind: 'telegram',
    sentAt: at,
    itemIds: [],
    decisionIds: [],
    summary: 'telegram',
    answers: [],
    points: [],
    series: message.fromId,
    number: '1',
    ...message,
  },
  at,
});

export const delivered = (messageId: string, at: Instant = t('13:00')): BodyEvent => ({ type: 'MessageDelivered', messageId, at });
