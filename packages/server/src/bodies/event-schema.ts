import { z } from '@hono/zod-openapi';
import {
  ANSWER_ROUTES,
  type BodyEvent,
  CORRECTABLE_TABLES,
  DATE_PRECISIONS,
  DECISION_MODES,
  isAllowedId,
  isInstant,
  isIsoDate,
  MESSAGE_KINDS,
  ORIGINS,
  OUTCOMES,
  ROLES,
  SOURCE_STATUSES,
  VOTES,
} from '@politburo/core';

/**
 * The strict shape of every body event, for events that come from outside the engine
 * (a backup being restored). Unknown fields and unknown event types are refused; the
 * `satisfies` below makes the compiler hold this to the core's own event types.
 */
// The core's one id rule, not a copy of it.
const id = z.string().refine(isAllowedId, 'an id is 1–100 letters, digits, ".", "_", ":" or "-", and not the name of a built-in property');
const text = (max = 20_000) => z.string().max(max);
const instant = z.string().refine(isInstant, 'expected YYYY-MM-DDTHH:MM');
const date = z.string().refine(isIsoDate, 'expected YYYY-MM-DD');
const role = z.enum(ROLES);
const extra = z.array(z.tuple([text(200), text()])).max(200);
const provenance = { sourceId: id.optional(), synthetic: z.boolean().optional(), extra: extra.optional() };
const quorum = z.union([
  z.strictObject({ type: z.literal('half-plus-one') }),
  z.strictObject({ type: z.literal('at-least'), count: z.number().int().min(0) }),
  z.strictObject({ type: z.literal('none') }),
]);
// Settings added later default as the core's evolve does, so a backup made before them still restores.
const settings = z.strictObject({ quorum, hideResultsUntilClosed: z.boolean(), withoutPoll: z.boolean().default(false), answerRoute: z.enum(ANSWER_ROUTES).default('poll') });
const vote = z.enum(VOTES);
const outcome = z.enum(OUTCOMES);
const ballot = z.strictObject({ memberId: id, vote, at: instant, viaMessageId: id.optional(), ...provenance });
const basisFactSchema = z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('answer'), message: text(200) }), z.strictObject({ kind: z.literal('point') })]);
const message = {
  id,
  kind: z.enum(MESSAGE_KINDS),
  number: text(100).optional(),
  series: text(100).optional(),
  fromId: id,
  toIds: z.array(id).max(1000),
  sentAt: instant.optional(),
  itemIds: z.array(id).max(10_000),
  decisionIds: z.array(id).max(10_000),
  inReplyTo: id.optional(),
  summary: text(),
  archiveRef: text(500).optional(),
  answers: z.array(z.strictObject({ itemId: id, outcome, text: text().optional() })).max(10_000),
  points: z.array(z.strictObject({ itemId: id, title: text(1000), restricted: z.boolean() })).max(1000),
  ...provenance,
};

const events = [
  z.strictObject({ type: z.literal('BodyCreated'), bodyId: id, name: text(1000), settings, convocation: text(100), at: instant }),
  z.strictObject({ type: z.literal('SettingsChanged'), settings, at: instant }),
  z.strictObject({ type: z.literal('ConvocationStarted'), convocation: text(100), at: instant }),
  z.strictObject({ type: z.literal('RecordMetaSet'), meta: z.record(z.string().max(200), z.unknown()) }),
  z.strictObject({
    type: z.literal('SourceRegistered'),
    source: z.strictObject({
      id,
      author: text(1000),
      title: text(2000),
      titleOriginal: text(2000).optional(),
      locator: text(2000).optional(),
      url: text(2000).optional(),
      status: z.enum(SOURCE_STATUSES),
      extra: extra.optional(),
    }),
  }),
  z.strictObject({ type: z.literal('MemberAdmitted'), member: z.strictObject({ id, name: text(1000), nameRu: text(1000).optional(), role, from: date.optional(), ...provenance }), at: instant }),
  z.strictObject({ type: z.literal('RoleChanged'), memberId: id, role, from: date, to: date.optional(), at: instant, ...provenance }),
  z.strictObject({ type: z.literal('MemberRetired'), memberId: id, on: date, at: instant }),
  z.strictObject({ type: z.literal('AbsenceRecorded'), absence: z.strictObject({ id, memberId: id, from: date, to: date, location: text(1000), ...provenance }), at: instant }),
  z.strictObject({ type: z.literal('MeetingScheduled'), meetingId: id, date, at: instant }),
  z.strictObject({ type: z.literal('MeetingOpened'), meetingId: id, chairId: id, attendees: z.array(id).max(1000), at: instant }),
  z.strictObject({ type: z.literal('MeetingClosed'), meetingId: id, protocolNo: z.number().int().min(0), at: instant }),
  z.strictObject({
    type: z.literal('HistoricalMeetingRecorded'),
    meeting: z.strictObject({ id, date, chairId: id.optional(), attendees: z.array(id).max(1000).nullable(), ...provenance }),
    status: z.enum(['scheduled', 'cancelled']).optional(),
  }),
  z.strictObject({
    type: z.literal('ItemProposed'),
    item: z.strictObject({
      id,
      title: text(1000),
      text: text().optional(),
      initiatorId: id.optional(),
      restricted: z.boolean(),
      importance: z.number().min(0).max(1).optional(),
      proposedAt: instant.optional(),
      amendsId: id.optional(),
      revokesId: id.optional(),
      reconsidersId: id.optional(),
      amendsBasis: z.number().int().min(0).optional(),
      raisedInMessageId: id.optional(),
      answerMessageId: id.optional(),
      ...provenance,
    }),
    at: instant,
  }),
  z.strictObject({ type: z.literal('ItemPutToMeeting'), itemId: id, meetingId: id, at: instant }),
  z.strictObject({ type: z.literal('PollCirculated'), itemId: id, deadline: instant, at: instant }),
  z.strictObject({ type: z.literal('VoteCast'), itemId: id, ballot }),
  z.strictObject({ type: z.literal('OpinionRecorded'), itemId: id, ballot }),
  z.strictObject({
    type: z.literal('VotingClosed'),
    itemId: id,
    adopted: z.boolean(),
    for: z.number().int().min(0),
    against: z.number().int().min(0),
    abstain: z.number().int().min(0),
    participants: z.number().int().min(0),
    fullMembers: z.number().int().min(0),
    at: instant,
  }),
  z.strictObject({ type: z.literal('ItemModified'), itemId: id, text: text(), byId: id, at: instant }),
  z.strictObject({ type: z.literal('ItemPostponed'), itemId: id, byId: id, at: instant }),
  z.strictObject({ type: z.literal('ItemWithdrawn'), itemId: id, byId: id, reason: text(2000), rejectedIn: id.optional(), at: instant }),
  z.strictObject({
    type: z.literal('DecisionRegistered'),
    decision: z.strictObject({
      id,
      itemId: id.optional(),
      protocolNo: z.number().int().min(0),
      itemNo: z.number().int().min(0),
      itemLabel: text(100).optional(),
      protocolDate: date.optional(),
      date,
      datePrecision: z.enum(DATE_PRECISIONS).optional(),
      mode: z.enum(DECISION_MODES),
      meetingId: id.optional(),
      title: text(2000),
      restricted: z.boolean(),
      initiatorId: id.optional(),
      visaById: id.optional(),
      amendsId: id.optional(),
      revokesId: id.optional(),
      ...provenance,
    }),
    historical: z.boolean(),
    at: instant,
  }),
  z.strictObject({
    type: z.literal('BallotRecorded'),
    decisionId: id,
    ballot: z.strictObject({ memberId: id, vote, at: instant.optional(), viaMessageId: id.optional(), ...provenance }),
  }),
  z.strictObject({ type: z.literal('ExtractSent'), decisionId: id, recipients: z.array(text(200)).max(1000), byId: id.optional(), at: instant }),
  z.strictObject({ type: z.literal('MessageSent'), message: z.strictObject(message), at: instant }),
  z.strictObject({ type: z.literal('MessageRecorded'), message: z.strictObject({ ...message, receivedAt: instant.optional() }) }),
  z.strictObject({ type: z.literal('MessageDelivered'), messageId: id, at: instant }),
  z.strictObject({ type: z.literal('MessageRead'), messageId: id, memberId: id, at: instant }),
  z.strictObject({
    type: z.literal('InterventionRecorded'),
    intervention: z.strictObject({
      id,
      decisionId: id.optional(),
      itemId: id.optional(),
      itemTitle: text(2000).optional(),
      memberId: id,
      origin: z.enum(ORIGINS),
      outcome,
      messageIds: z.array(id).max(1000),
      codedBy: text(200).optional(),
      basis: text(5000).optional(),
      basisFact: basisFactSchema.optional(),
      ...provenance,
    }),
    at: instant,
  }),
  z.strictObject({
    type: z.literal('RecordCorrected'),
    correction: z.strictObject({
      target: z.strictObject({ table: z.enum(CORRECTABLE_TABLES), id }),
      field: text(100),
      from: text(),
      to: text(),
      authorId: id,
      reason: text(2000),
      at: instant,
    }),
  }),
] as const;

export const bodyEventSchema = z.discriminatedUnion('type', events) satisfies z.ZodType<BodyEvent>;

/** The event types a backup may hold, for messages that name them. */
export const BODY_EVENT_TYPES: readonly string[] = events.map((e) => e.shape.type.value);
