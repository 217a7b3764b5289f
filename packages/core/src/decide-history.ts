import type { CommandMeta, CommandOf } from './commands.ts';
import { rowOf } from './rows.ts';
import { requireMessage } from './decide-correspondence.ts';
import { requireDecision } from './decide-items.ts';
import { requireMeeting } from './decide-meetings.ts';
import { conflict, illegal, invalid, notFound } from './errors.ts';
import type { BodyEvent, EventOf } from './events.ts';
import {
  requireActor,
  requireDate,
  requireInstant,
  requireMember,
  requireNewId,
  requireNonEmpty,
  requireSteering,
  requireSystem,
} from './guards.ts';
import type { Provenance } from './provenance.ts';
import type { Body } from './state.ts';
import { CORRECTABLE_FIELDS, DECISION_MODES, isOneOf, MEETING_RECORD_STATUSES, MESSAGE_KINDS, VOTES } from './vocabulary.ts';

/**
 * Facts from the archives. They need not follow a live body's workflow (no ballots
 * behind most decisions, numbers with gaps, vague dates), so these commands check
 * only what any record must satisfy: ids unique and resolvable, dates well formed,
 * protocol item numbers not used twice, mail not received before it was sent.
 */
const provenance = (b: Body, p: Provenance): Provenance => withProvenance(b, p, {});

/** `provenance`, set on `into` (after the fields it has). */
const withProvenance = <T extends Provenance>(b: Body, p: Provenance, into: T): T => {
  if (p.sourceId && !rowOf(b.sources, p.sourceId)) throw notFound('UNKNOWN_SOURCE', `No source "${p.sourceId}".`, 'sourceId');
  if (p.sourceId) into.sourceId = p.sourceId;
  if (p.synthetic !== undefined) into.synthetic = p.synthetic;
  if (p.extra?.length) into.extra = p.extra;
  return into;
};

export const registerSource = (b: Body, c: CommandOf<'RegisterSource'>, meta: CommandMeta): BodyEvent[] => {
  requireSteering(b, meta, 'register sources');
  requireNewId(b.sources, c.source.id, 'id', 'source');
  requireNonEmpty(c.source.title, 'title');
  if (!['verified', 'secondary', 'unverified'].includes(c.source.status)) {
    throw invalid('BAD_STATUS', `"${c.source.status}" is not a source status; use verified, secondary or unverified.`, 'status');
  }
  return [{ type: 'SourceRegistered', source: c.source }];
};

export const setRecordMeta = (b: Body, c: CommandOf<'SetRecordMeta'>, meta: CommandMeta): BodyEvent[] => {
  requireSteering(b, meta, 'describe the record');
  return [{ type: 'RecordMetaSet', meta: c.meta }];
};

export const recordMeeting = (b: Body, c: CommandOf<'RecordMeeting'>, meta: CommandMeta): BodyEvent[] => {
  requireSystem(meta, 'record historical meetings');
  requireNewId(b.meetings, c.meetingId, 'meetingId', 'meeting');
  requireDate(c.date, 'date');
  if (c.chairId) requireMember(b, c.chairId, 'chairId');
  c.attendees?.forEach((id, i) => requireMember(b, id, `attendees[${i}]`));
  if (c.status !== undefined && !isOneOf(MEETING_RECORD_STATUSES, c.status)) {
    throw invalid('BAD_STATUS', `"${c.status}" is not a sitting status; use held, scheduled or cancelled.`, 'status');
  }
  return [
    {
      type: 'HistoricalMeetingRecorded',
      meeting: {
        id: c.meetingId,
        date: c.date,
        attendees: c.attendees ? [...c.attendees] : null,
        ...(c.chairId ? { chairId: c.chairId } : {}),
        ...provenance(b, c),
      },
      ...(c.status === 'scheduled' || c.status === 'cancelled' ? { status: c.status } : {}),
    },
  ];
};

export const recordDecision = (b: Body, c: CommandOf<'RecordDecision'>, meta: CommandMeta): BodyEvent[] => {
  requireSystem(meta, 'record historical decisions');
  requireNewId(b.decisions, c.decisionId, 'decisionId', 'decision');
  requireDate(c.date, 'date');
  if (c.protocolDate) requireDate(c.protocolDate, 'protocolDate');
  if (!Number.isInteger(c.protocolNo) || c.protocolNo < 0) throw invalid('BAD_NUMBER', 'protocol_no is a whole number.', 'protocolNo');
  if (!Number.isInteger(c.itemNo) || c.itemNo < 0) throw invalid('BAD_NUMBER', 'item_no is a whole number.', 'itemNo');
  if (!isOneOf(DECISION_MODES, c.mode)) throw invalid('BAD_MODE', `"${c.mode}" is not a mode; use ${DECISION_MODES.join(', ')}.`, 'mode');
  if (c.meetingId) requireMeeting(b, c.meetingId);
  if (c.mode === 'poll' && c.meetingId) throw invalid('POLL_WITH_MEETING', 'A decision by poll has no meeting.', 'meetingId');
  if (c.mode === 'without-poll' && c.meetingId) throw invalid('POLL_WITH_MEETING', 'A decision entered without a poll has no meeting.', 'meetingId');
  if (c.visaById) requireMember(b, c.visaById, 'visaById');
  const taken = b.protocols.used[String(c.protocolNo)]?.[String(c.itemNo)];
  if (taken) {
    throw conflict('DUPLICATE_PROTOCOL_ITEM', `Protocol ${c.protocolNo} item ${c.itemNo} is already used by decision "${taken}".`, 'itemNo');
  }
  if (c.initiatorId) requireMember(b, c.initiatorId, 'initiatorId');
  if (c.amendsId) requireDecision(b, c.amendsId, 'amendsId', meta);
  if (c.revokesId) requireDecision(b, c.revokesId, 'revokesId', meta);
  // Optional fields set one by one in the order they always had, not spread in: an import
  // makes one of these per archival decision, and each conditional spread cost a copy.
  const decision: EventOf<'DecisionRegistered'>['decision'] = {
    id: c.decisionId,
    protocolNo: c.protocolNo,
    itemNo: c.itemNo,
    date: c.date,
    mode: c.mode,
    title: c.title,
    restricted: c.restricted,
  };
  if (c.meetingId) decision.meetingId = c.meetingId;
  if (c.initiatorId) decision.initiatorId = c.initiatorId;
  if (c.visaById) decision.visaById = c.visaById;
  if (c.itemLabel) decision.itemLabel = c.itemLabel;
  if (c.protocolDate) decision.protocolDate = c.protocolDate;
  if (c.amendsId) decision.amendsId = c.amendsId;
  if (c.revokesId) decision.revokesId = c.revokesId;
  if (c.datePrecision) decision.datePrecision = c.datePrecision;
  withProvenance(b, c, decision);
  return [{ type: 'DecisionRegistered', historical: true, at: `${c.date}T00:00`, decision }];
};

export const recordMessage = (b: Body, c: CommandOf<'RecordMessage'>, meta: CommandMeta): BodyEvent[] => {
  requireSystem(meta, 'record historical correspondence');
  requireNewId(b.messages, c.messageId, 'messageId', 'message');
  if (!isOneOf(MESSAGE_KINDS, c.kind)) throw invalid('BAD_KIND', `"${c.kind}" is not a kind of message; use letter, telegram or telephone.`, 'kind');
  requireMember(b, c.fromId, 'fromId');
  c.toIds.forEach((id, i) => requireMember(b, id, `toIds[${i}]`));
  c.decisionIds.forEach((id, i) => requireDecision(b, id, `decisionIds[${i}]`, meta));
  if (c.sentAt) requireInstant(c.sentAt, 'sentAt');
  if (c.receivedAt) requireInstant(c.receivedAt, 'receivedAt');
  if (c.sentAt && c.receivedAt && c.receivedAt < c.sentAt) {
    throw invalid('RECEIVED_BEFORE_SENT', `Received at ${c.receivedAt}, before it was sent at ${c.sentAt}.`, 'receivedAt');
  }
  if (c.inReplyTo) {
    const answered = requireMessage(b, c.inReplyTo, 'inReplyTo');
    if (c.sentAt && answered.receivedAt && c.sentAt < answered.receivedAt) {
      throw invalid('REPLY_BEFORE_RECEIPT', `Sent at ${c.sentAt}, before the message it answers arrived (${answered.receivedAt}).`, 'sentAt');
    }
  }
  return [
    {
      type: 'MessageRecorded',
      message: {
        id: c.messageId,
        kind: c.kind,
        fromId: c.fromId,
        toIds: [...c.toIds],
        itemIds: [],
        decisionIds: [...c.decisionIds],
        summary: c.summary,
        answers: [],
        points: [],
        ...(c.number ? { number: c.number } : {}),
        ...(c.series ? { series: c.series } : {}),
        ...(c.sentAt ? { sentAt: c.sentAt } : {}),
        ...(c.receivedAt ? { receivedAt: c.receivedAt } : {}),
        ...(c.inReplyTo ? { inReplyTo: c.inReplyTo } : {}),
        ...(c.archiveRef ? { archiveRef: c.archiveRef } : {}),
        ...provenance(b, c),
      },
    },
  ];
};

export const recordBallot = (b: Body, c: CommandOf<'RecordBallot'>, meta: CommandMeta): BodyEvent[] => {
  requireSystem(meta, 'record historical ballots');
  const d = requireDecision(b, c.decisionId, 'decisionId', meta);
  requireMember(b, c.memberId, 'memberId');
  if (!isOneOf(VOTES, c.vote)) throw invalid('BAD_VOTE', `"${c.vote}" is not a vote.`, 'vote');
  if (c.at) requireInstant(c.at, 'at');
  const it = d.itemId ? b.items[d.itemId] : undefined;
  if (it && (it.votes[c.memberId] || it.opinions[c.memberId])) {
    throw conflict('ALREADY_VOTED', `A ballot of "${c.memberId}" on decision "${d.id}" is already recorded.`, 'memberId');
  }
  const ballot = {
    memberId: c.memberId,
    vote: c.vote,
    ...(c.at ? { at: c.at } : {}),
    ...(c.sourceId ? { sourceId: c.sourceId } : {}),
    ...(c.synthetic !== undefined ? { synthetic: c.synthetic } : {}),
    ...(c.extra?.length ? { extra: c.extra } : {}),
  };
  return [{ type: 'BallotRecorded', decisionId: d.id, ballot }];
};

/** Editorial corrections fix a transcription; they are not the body amending itself. */
export const correctRecord = (b: Body, c: CommandOf<'CorrectRecord'>, meta: CommandMeta): BodyEvent[] => {
  const author = requireActor(b, meta, (r) => r === 'secretariat', 'correct the record');
  const fields: readonly string[] | undefined = Object.hasOwn(CORRECTABLE_FIELDS, c.table) ? CORRECTABLE_FIELDS[c.table] : undefined;
  if (!fields) throw invalid('BAD_TABLE', `"${c.table}" cannot be corrected.`, 'table');
  if (!fields.includes(c.field)) throw invalid('BAD_FIELD', `Field "${c.field}" of ${c.table} cannot be corrected; correctable: ${fields.join(', ')}.`, 'field');
  requireNonEmpty(c.reason, 'reason');
  const rows: Record<string, object> =
    c.table === 'decisions' ? b.decisions : c.table === 'meetings' ? b.meetings : c.table === 'correspondence' ? b.messages : c.table === 'members' ? b.members : b.interventions;
  const row = rowOf(rows, c.id) as Record<string, unknown> | undefined;
  if (!row) throw notFound('UNKNOWN_ROW', `No ${c.table} row "${c.id}".`, 'id');
  if (c.table === 'decisions') {
    const d = b.decisions[c.id]!;
    if (d.itemId && b.items[d.itemId]?.route) {
      throw illegal('NOT_HISTORICAL', `Decision "${d.id}" was registered in the app and is never edited: amend or revoke it by a new decision.`);
    }
  }
  if (c.table === 'meetings' && b.meetings[c.id]!.status !== 'historical') {
    throw illegal('NOT_HISTORICAL', `Meeting "${c.id}" was held in the app; only archival records are corrected.`);
  }
  if (['date', 'protocolDate'].includes(c.field)) requireDate(c.to, 'to');
  if (['sentAt', 'receivedAt'].includes(c.field)) {
    requireInstant(c.to, 'to');
    const m = b.messages[c.id]!;
    // A correction may move a receipt, but not deliver a message: only the channel does that.
    if (c.field === 'receivedAt' && !m.receivedAt) throw illegal('NOT_DELIVERED', `Message "${m.id}" has no receipt to correct.`);
    const sentAt = c.field === 'sentAt' ? c.to : m.sentAt;
    const receivedAt = c.field === 'receivedAt' ? c.to : m.receivedAt;
    if (sentAt && receivedAt && receivedAt < sentAt) {
      throw invalid('RECEIVED_BEFORE_SENT', `Received at ${receivedAt}, before it was sent at ${sentAt}.`, 'to');
    }
  }
  if (c.field === 'chairId' || c.field === 'initiatorId') requireMember(b, c.to, 'to');
  return [
    {
      type: 'RecordCorrected',
      correction: {
        target: { table: c.table, id: c.id },
        field: c.field,
        from: row[c.field] === undefined ? '' : String(row[c.field]),
        to: c.to,
        authorId: author?.id ?? 'system',
        reason: c.reason,
        at: meta.now,
      },
    },
  ];
};
