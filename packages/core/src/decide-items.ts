import type { CommandMeta, CommandOf } from './commands.ts';
import { fullMembersOnCached, messageRaisingItem } from './body-index.ts';
import { rowOf } from './rows.ts';
import { requireMeeting } from './decide-meetings.ts';
import { conflict, forbidden, illegal, invalid, notFound } from './errors.ts';
import type { BodyEvent, EventOf } from './events.ts';
import {
  isAbsentOn,
  requireActor,
  requireInstant,
  requireMember,
  requireNewId,
  requireNonEmpty,
  requireSteering,
  roleOn,
} from './guards.ts';
import { canSeeRestricted, canSteer, isOfBody, type Role } from './roles.ts';
import { quorumFor } from './settings.ts';
import type { Ballot, Body, Decision, Item, Member } from './state.ts';
import { dateOf } from './time.ts';
import { capital, instantInWords, sittingInWords, statusInWords } from './in-words.ts';
import { isOneOf, VOTES, type Vote } from './vocabulary.ts';


/** Whether the command's actor may know of the special folder: the system, and the roles `canSeeRestricted` names. */
const actorSeesFolder = (b: Body, meta: CommandMeta): boolean => {
  if (meta.actor.kind === 'system') return true;
  const m = rowOf(b.members, meta.actor.id);
  const role = m ? roleOn(m, dateOf(meta.now)) : undefined;
  return role !== undefined && canSeeRestricted(role);
};

/**
 * The item, for a command. With the command's meta, an item in the special folder does
 * not exist for an actor who may not see it: he gets the very answer a missing id gets,
 * so no refusal tells him it is there.
 */
export const requireItem = (b: Body, id: string, field = 'itemId', meta?: CommandMeta): Item => {
  const it = rowOf(b.items, id);
  if (!it || (meta && it.restricted && !actorSeesFolder(b, meta))) throw notFound('UNKNOWN_ITEM', `No item with id "${id}".`, field);
  return it;
};

export const requireDecision = (b: Body, id: string, field = 'decisionId', meta?: CommandMeta): Decision => {
  const d = rowOf(b.decisions, id);
  if (!d || (meta && d.restricted && !actorSeesFolder(b, meta))) throw notFound('UNKNOWN_DECISION', `No decision with id "${id}".`, field);
  return d;
};

/**
 * An item id is taken by an item, or promised to a point raised in a message not yet
 * delivered (delivery turns the point into an item with that id and cannot be refused).
 */
export const requireNewItemId = (b: Body, id: string, field: string): void => {
  requireNewId(b.items, id, field, 'item');
  const promised = messageRaisingItem(b, id);
  if (promised !== undefined) throw conflict('DUPLICATE_ID', `Item id "${id}" is taken by a point raised in message "${promised}".`, field);
};

/** Intervention ids made by the core itself are derived, never random: replays agree. */
export const interventionIdFor = (itemId: string, memberId: string): string => `iv:${itemId}:${memberId}`;

export const proposeItem = (b: Body, c: CommandOf<'ProposeItem'>, meta: CommandMeta): BodyEvent[] => {
  const actor = requireActor(b, meta, (r) => isOfBody(r) && r !== 'observer', 'propose items');
  requireNewItemId(b, c.itemId, 'itemId');
  requireNonEmpty(c.title, 'title');
  const initiatorId = c.initiatorId ?? actor?.id;
  if (initiatorId) requireMember(b, initiatorId, 'initiatorId');
  if (c.importance !== undefined && !(c.importance >= 0 && c.importance <= 1)) {
    throw invalid('BAD_IMPORTANCE', 'importance is a number from 0 to 1.', 'importance');
  }
  const amended = c.amendsId ? requireDecision(b, c.amendsId, 'amendsId', meta) : undefined;
  if (amended?.revokedBy) {
    throw illegal('DECISION_REVOKED', `Decision "${amended.id}" was revoked by "${amended.revokedBy}": a revoked decision cannot be amended.`);
  }
  if (c.revokesId) {
    const d = requireDecision(b, c.revokesId, 'revokesId', meta);
    if (d.revokedBy) throw illegal('ALREADY_REVOKED', `Decision "${d.id}" was already revoked by "${d.revokedBy}".`);
  }
  return [
    {
      type: 'ItemProposed',
      item: {
        id: c.itemId,
        title: c.title,
        restricted: c.restricted ?? false,
        ...(c.text ? { text: c.text } : {}),
        ...(initiatorId ? { initiatorId } : {}),
        ...(c.importance !== undefined ? { importance: c.importance } : {}),
        ...(amended ? { amendsId: amended.id, amendsBasis: amended.amendedBy.length } : {}),
        ...(c.revokesId ? { revokesId: c.revokesId } : {}),
        ...(c.sourceId ? { sourceId: c.sourceId } : {}),
        ...(c.synthetic !== undefined ? { synthetic: c.synthetic } : {}),
        ...(c.extra?.length ? { extra: c.extra } : {}),
      },
      at: meta.now,
    },
  ];
};

const requireOpenItem = (it: Item): void => {
  if (it.status !== 'proposed' && it.status !== 'postponed') {
    throw illegal('ITEM_NOT_OPEN', `"${it.title}" is ${statusInWords(it.status)}; only a proposed or postponed item can be put to a vote.`, { title: it.title, status: it.status });
  }
};

export const putItemToMeeting = (b: Body, c: CommandOf<'PutItemToMeeting'>, meta: CommandMeta): BodyEvent[] => {
  requireSteering(b, meta, 'set meeting agendas');
  const it = requireItem(b, c.itemId, 'itemId', meta);
  requireOpenItem(it);
  const m = requireMeeting(b, c.meetingId);
  if (m.status !== 'scheduled' && m.status !== 'open') throw illegal('MEETING_CLOSED', `${capital(sittingInWords(m.date))} is ${statusInWords(m.status)}: nothing more goes on its agenda.`, { date: m.date, status: m.status });
  return [{ type: 'ItemPutToMeeting', itemId: it.id, meetingId: m.id, at: meta.now }];
};

export const circulatePoll = (b: Body, c: CommandOf<'CirculatePoll'>, meta: CommandMeta): BodyEvent[] => {
  requireSteering(b, meta, 'circulate polls');
  const it = requireItem(b, c.itemId, 'itemId', meta);
  requireOpenItem(it);
  requireInstant(c.deadline, 'deadline');
  if (c.deadline <= meta.now) throw invalid('DEADLINE_PASSED', 'A poll deadline must lie in the future.', 'deadline');
  return [{ type: 'PollCirculated', itemId: it.id, deadline: c.deadline, at: meta.now }];
};

/**
 * Where a vote may be cast: at the item's open meeting by someone present, or in its
 * open poll; an absent member's poll vote must come in a message he sent about the
 * item that has been delivered.
 */
const admitBallot = (
  b: Body,
  c: { itemId: string; memberId: string; vote: Vote; viaMessageId?: string },
  meta: CommandMeta,
  allowedRole: (r: Role) => boolean,
  refusal: (r: Role | undefined) => never,
): { it: Item; ballot: Ballot } => {
  const it = requireItem(b, c.itemId, 'itemId', meta);
  const member = requireMember(b, c.memberId, 'memberId');
  if (!isOneOf(VOTES, c.vote)) throw invalid('BAD_VOTE', `"${c.vote}" is not a vote; use for, against or abstain.`, 'vote');
  if (meta.actor.kind === 'member' && meta.actor.id !== member.id) {
    requireActor(b, meta, (r) => r === 'secretariat', 'record a vote for someone else');
  }
  const today = dateOf(meta.now);
  const role = roleOn(member, today);
  if (!role || !allowedRole(role)) refusal(role);
  if (it.route?.mode === 'meeting' && it.status === 'on-agenda') {
    const m = b.meetings[it.route.meetingId]!;
    if (m.status !== 'open') throw illegal('MEETING_NOT_OPEN', `${capital(sittingInWords(m.date))} is not in session.`, { date: m.date });
    if (!m.attendees?.includes(member.id)) throw illegal('NOT_PRESENT', `${member.name} is not present at ${sittingInWords(m.date)}.`, { name: member.name, date: m.date });
  } else if (it.route?.mode === 'poll' && it.status === 'polling') {
    if (meta.now > it.route.deadline) throw illegal('POLL_CLOSED', `The poll on "${it.title}" closed on ${instantInWords(it.route.deadline)}.`, { title: it.title, deadline: it.route.deadline });
    if (isAbsentOn(b, member.id, today) && !c.viaMessageId) {
      throw illegal('ABSENT_VOTES_BY_MESSAGE', `${member.name} is away: his vote must arrive in a delivered message.`);
    }
  } else {
    throw illegal('NOT_VOTING', `"${it.title}" is not being voted on: it is ${statusInWords(it.status)}.`, { title: it.title, status: it.status });
  }
  // A ballot that names the message it came in is acted on only once that message has arrived.
  if (c.viaMessageId) {
    const msg = rowOf(b.messages, c.viaMessageId);
    if (!msg) throw notFound('UNKNOWN_MESSAGE', `No message "${c.viaMessageId}".`, 'viaMessageId');
    if (msg.fromId !== member.id) throw invalid('NOT_SENDER', `Message "${msg.id}" was not sent by ${member.name}.`, 'viaMessageId');
    if (!msg.receivedAt || msg.receivedAt > meta.now) throw illegal('NOT_DELIVERED', `Message "${msg.id}" has not been delivered yet.`);
    if (!msg.itemIds.includes(it.id)) throw invalid('MESSAGE_NOT_ABOUT_ITEM', `Message "${msg.id}" does not concern item "${it.id}".`, 'viaMessageId');
  }
  const ballot: Ballot = { memberId: member.id, vote: c.vote, at: meta.now };
  if (c.viaMessageId) ballot.viaMessageId = c.viaMessageId;
  return { it, ballot };
};

// Made once, not per vote: a vote is the command the simulator issues most.
const isVoter = (r: Role): boolean => r === 'leader' || r === 'deputy' || r === 'member';
const refuseVoter = (r: Role | undefined): never => {
  if (r === 'candidate') {
    throw forbidden('CANDIDATE_CANNOT_VOTE', 'A candidate member has a consultative voice: record an opinion, which is not counted.');
  }
  throw forbidden('NOT_A_VOTER', `A ${r ?? 'retired member'} has no vote.`);
};
const isCandidate = (r: Role): boolean => r === 'candidate';
const refuseOpinion = (): never => {
  throw invalid('NOT_A_CANDIDATE', 'Only candidate members record consultative opinions; full members vote.', 'memberId');
};

/** Whether every full member but `memberId` has a ballot in `votes`: with his, the poll is complete. */
const allOthersVoted = (full: readonly Member[], votes: Record<string, Ballot>, memberId: string): boolean => {
  for (const m of full) if (m.id !== memberId && votes[m.id] === undefined) return false;
  return true;
};

export const castVote = (b: Body, c: CommandOf<'CastVote'>, meta: CommandMeta): BodyEvent[] => {
  const { it, ballot } = admitBallot(b, c, meta, isVoter, refuseVoter);
  if (it.votes[ballot.memberId]) throw conflict('ALREADY_VOTED', `${b.members[ballot.memberId]!.name} has already voted on "${it.title}".`, undefined, { name: b.members[ballot.memberId]!.name, title: it.title });
  const events: BodyEvent[] = [{ type: 'VoteCast', itemId: it.id, ballot }];
  if (it.route?.mode === 'poll' && allOthersVoted(fullMembersOnCached(b, dateOf(meta.now)), it.votes, ballot.memberId)) {
    events.push(...closing(b, it, meta, ballot));
  }
  return events;
};

export const recordOpinion = (b: Body, c: CommandOf<'RecordOpinion'>, meta: CommandMeta): BodyEvent[] => {
  const { it, ballot } = admitBallot(b, c, meta, isCandidate, refuseOpinion);
  if (it.opinions[ballot.memberId]) throw conflict('ALREADY_VOTED', `${b.members[ballot.memberId]!.name} has already given an opinion on "${it.title}".`, undefined, { name: b.members[ballot.memberId]!.name, title: it.title });
  return [{ type: 'OpinionRecorded', itemId: it.id, ballot }];
};

/**
 * Votes for must exceed votes against among full members, with the quorum taking part.
 * `cast` is a ballot being cast with this very command, not yet in the item's table (read
 * beside the table rather than spread into a copy of it: a copy of a hash table is slow).
 */
const tally = (b: Body, it: Item, meta: CommandMeta, cast?: Ballot): BodyEvent => {
  const votes = it.votes;
  const full = fullMembersOnCached(b, dateOf(meta.now));
  let participants = 0;
  let pro = 0;
  let contra = 0;
  let abstain = 0;
  for (const m of full) {
    const ballot = cast?.memberId === m.id ? cast : votes[m.id];
    if (ballot === undefined) continue;
    participants++;
    if (ballot.vote === 'for') pro++;
    else if (ballot.vote === 'against') contra++;
    else if (ballot.vote === 'abstain') abstain++;
  }
  const adopted = pro > contra && participants >= quorumFor(b.settings.quorum, full.length);
  return {
    type: 'VotingClosed',
    itemId: it.id,
    adopted,
    for: pro,
    against: contra,
    abstain,
    participants,
    fullMembers: full.length,
    at: meta.now,
  };
};

export const closeVoting = (b: Body, c: CommandOf<'CloseVoting'>, meta: CommandMeta): BodyEvent[] => {
  requireSteering(b, meta, 'close a vote');
  const it = requireItem(b, c.itemId, 'itemId', meta);
  if (it.route?.mode === 'poll' && it.status === 'polling') {
    const full = fullMembersOnCached(b, dateOf(meta.now));
    const allVoted = full.every((m) => it.votes[m.id]);
    if (meta.now < it.route.deadline && !allVoted) {
      const missing = full.filter((m) => !it.votes[m.id]).map((m) => m.name);
      // A few are named; a long list would bury the sentence.
      const waiting = missing.length <= 3 ? missing : [`the ${missing.length} full members who have not yet voted`];
      throw illegal(
        'POLL_STILL_OPEN',
        `The poll on "${it.title}" runs until ${instantInWords(it.route.deadline)}: it can be closed then, or as soon as ${waiting.join(', ')} ${missing.length === 1 ? 'has' : 'have'} voted.`,
        { title: it.title, deadline: it.route.deadline, waiting: waiting.join(', '), count: missing.length },
      );
    }
  } else if (it.route?.mode === 'meeting' && it.status === 'on-agenda') {
    const m = b.meetings[it.route.meetingId]!;
    if (m.status !== 'open') throw illegal('MEETING_NOT_OPEN', `${capital(sittingInWords(m.date))} is not in session.`, { date: m.date });
  } else {
    throw illegal('NOT_VOTING', `"${it.title}" is not being voted on: it is ${statusInWords(it.status)}.`, { title: it.title, status: it.status });
  }
  return closing(b, it, meta);
};

/** The tally, and for a point the leader raised himself that is voted down, his initiative's outcome. */
const closing = (b: Body, it: Item, meta: CommandMeta, cast?: Ballot): BodyEvent[] => {
  const result = tally(b, it, meta, cast);
  const events: BodyEvent[] = [result];
  if (
    result.type === 'VotingClosed' &&
    !result.adopted &&
    it.raisedInMessageId &&
    it.initiatorId &&
    !b.interventions[interventionIdFor(it.id, it.initiatorId)]
  ) {
    events.push(initiativeOutcome(b, it, 'rejected', meta));
  }
  return events;
};

const initiativeOutcome = (b: Body, it: Item, outcome: 'confirmed' | 'rejected', meta: CommandMeta, decisionId?: string): BodyEvent => ({
  type: 'InterventionRecorded',
  intervention: {
    id: interventionIdFor(it.id, it.initiatorId!),
    itemId: it.id,
    ...(decisionId ? { decisionId } : { itemTitle: it.title }),
    memberId: it.initiatorId!,
    origin: 'initiative',
    outcome,
    messageIds: [it.raisedInMessageId!],
    codedBy: 'politburo',
    basis: outcome === 'confirmed' ? 'point raised by message and adopted' : 'point raised by message and voted down',
    basisFact: { kind: 'point' },
  },
  at: meta.now,
});

/** A point the absent leader raised himself that becomes a decision, by whatever route: his initiative, confirmed. */
export const pointConfirmed = (b: Body, it: Item, meta: CommandMeta, decisionId: string): BodyEvent[] =>
  it.raisedInMessageId && it.initiatorId && !b.interventions[interventionIdFor(it.id, it.initiatorId)] ? [initiativeOutcome(b, it, 'confirmed', meta, decisionId)] : [];

/** The next slot of the protocol being compiled (opening the next number if none is open): gapless, never reused. */
export const nextProtocolSlot = (b: Body): { protocolNo: number; itemNo: number } => {
  const protocolNo = b.protocols.open?.no ?? b.protocols.lastNo + 1;
  const itemNo = b.protocols.open?.nextItemNo ?? 1;
  if (b.protocols.used[String(protocolNo)]?.[String(itemNo)]) {
    throw conflict('DUPLICATE_PROTOCOL_ITEM', `Protocol ${protocolNo} item ${itemNo} is already taken.`);
  }
  return { protocolNo, itemNo };
};

/**
 * What a live registration refuses whatever the route: revoking a decision already
 * revoked, amending a revoked decision, and a second amendment written against
 * wording that another amendment has since replaced (the two conflict: the later must
 * be proposed again against the decision as it now reads).
 */
export const requireRegistrable = (b: Body, it: Pick<Item, 'id' | 'amendsId' | 'revokesId' | 'amendsBasis'>): void => {
  if (it.revokesId) {
    const revoked = b.decisions[it.revokesId];
    if (revoked?.revokedBy) throw illegal('ALREADY_REVOKED', `Decision "${revoked.id}" was already revoked by "${revoked.revokedBy}".`);
  }
  if (it.amendsId) {
    const target = b.decisions[it.amendsId];
    if (target?.revokedBy) throw illegal('DECISION_REVOKED', `Decision "${target.id}" was revoked by "${target.revokedBy}": a revoked decision cannot be amended.`);
    if (target && it.amendsBasis !== undefined && target.amendedBy.length > it.amendsBasis) {
      const since = target.amendedBy.slice(it.amendsBasis).join(', ');
      throw conflict(
        'CONFLICTING_AMENDMENT',
        `Item "${it.id}" amends decision "${target.id}" as it read before amendment ${since}: two amendments of one decision conflict. Propose it again against the decision as it now reads.`,
        'itemId',
      );
    }
  }
};

/** The decision an item becomes, in a given slot, by a given route. */
export const decisionEvent = (
  it: Pick<Item, 'id' | 'title' | 'text' | 'restricted' | 'initiatorId' | 'amendsId' | 'revokesId' | 'synthetic'>,
  at: { id: string; protocolNo: number; itemNo: number; date: string; mode: Decision['mode']; meetingId?: string; visaById?: string },
): EventOf<'DecisionRegistered'>['decision'] => ({
  id: at.id,
  itemId: it.id,
  protocolNo: at.protocolNo,
  itemNo: at.itemNo,
  date: at.date,
  mode: at.mode,
  ...(at.meetingId ? { meetingId: at.meetingId } : {}),
  title: it.text ? `${it.title} — ${it.text}` : it.title,
  restricted: it.restricted,
  ...(it.initiatorId ? { initiatorId: it.initiatorId } : {}),
  ...(at.visaById ? { visaById: at.visaById } : {}),
  ...(it.amendsId ? { amendsId: it.amendsId } : {}),
  ...(it.revokesId ? { revokesId: it.revokesId } : {}),
  ...(it.synthetic !== undefined ? { synthetic: it.synthetic } : {}),
});

/**
 * An adopted item enters the protocol being compiled (opening the next number if none
 * is open) with the next item number: numbers made here are gapless and never reused.
 */
export const registerDecision = (b: Body, c: CommandOf<'RegisterDecision'>, meta: CommandMeta): BodyEvent[] => {
  requireActor(b, meta, canSteer, 'register decisions');
  const it = requireItem(b, c.itemId, 'itemId', meta);
  requireNewId(b.decisions, c.decisionId, 'decisionId', 'decision');
  if (it.status !== 'adopted' || !it.result || !it.route) {
    throw illegal('NOT_ADOPTED', `"${it.title}" is ${statusInWords(it.status)}; only an adopted item is registered.`, { title: it.title, status: it.status });
  }
  requireRegistrable(b, it);
  const slot = nextProtocolSlot(b);
  const decision = decisionEvent(it, {
    id: c.decisionId,
    ...slot,
    date: dateOf(it.result.at),
    mode: it.route.mode,
    ...(it.route.mode === 'meeting' ? { meetingId: it.route.meetingId } : {}),
  });
  return [{ type: 'DecisionRegistered', decision, historical: false, at: meta.now }, ...pointConfirmed(b, it, meta, c.decisionId)];
};

export const sendExtract = (b: Body, c: CommandOf<'SendExtract'>, meta: CommandMeta): BodyEvent[] => {
  const by = requireActor(b, meta, (r) => r === 'secretariat', 'send extracts');
  const d = requireDecision(b, c.decisionId, 'decisionId', meta);
  const recipients = c.recipients.map((r) => r.trim()).filter(Boolean);
  if (recipients.length === 0) throw invalid('NO_RECIPIENTS', 'An extract goes to at least one named recipient.', 'recipients');
  return [{ type: 'ExtractSent', decisionId: d.id, recipients, ...(by ? { byId: by.id } : {}), at: meta.now }];
};
