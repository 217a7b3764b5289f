import { z } from '@hono/zod-openapi';
import {
  type Absence,
  CORRECTABLE_TABLES,
  type Correction,
  DATE_PRECISIONS,
  DECISION_MODES,
  type Decision,
  type DecisionRef,
  type Intervention,
  type Item,
  type ItemAnswer,
  ITEM_STATUSES,
  type Lineage,
  MESSAGE_KINDS,
  type Meeting,
  type Member,
  type Message,
  ORIGINS,
  OUTCOMES,
  ROLES,
  type RaisedPoint,
  VOTES,
} from '@politburo/core';
import type { Same } from './same-type.ts';

/** The core's rows as the API sends them (packages/core/src/state.ts), each checked against its type. */
const provenance = {
  sourceId: z.string().optional(),
  synthetic: z.boolean().optional(),
  extra: z.array(z.tuple([z.string(), z.string()])).optional().openapi({ description: 'Unknown record columns, kept for a lossless round trip' }),
};
const instant = z.string().openapi({ description: 'Body time, YYYY-MM-DDTHH:MM', example: '1934-08-01T10:00' });
const isoDate = z.string().openapi({ description: 'YYYY-MM-DD', example: '1934-08-01' });
export const roleOut = z.enum(ROLES);

export const roleSpanSchema = z.object({ ...provenance, role: roleOut, from: isoDate.optional(), to: isoDate.optional(), recorded: z.boolean().optional() });
export const memberSchema = z
  .object({ ...provenance, id: z.string(), name: z.string(), nameRu: z.string().optional(), role: roleOut, roles: z.array(roleSpanSchema), retiredOn: isoDate.optional() })
  .openapi('Member');

export const absenceSchema = z.object({ ...provenance, id: z.string(), memberId: z.string(), from: isoDate, to: isoDate, location: z.string() }).openapi('Absence');

export const meetingSchema = z
  .object({
    ...provenance,
    id: z.string(),
    date: isoDate,
    status: z.enum(['scheduled', 'open', 'closed', 'historical', 'cancelled']),
    chairId: z.string().optional(),
    attendees: z.array(z.string()).nullable().openapi({ description: 'null: attendance unknown (archival)' }),
    agenda: z.array(z.string()),
  })
  .openapi('Meeting');

export const ballotSchema = z.object({ ...provenance, memberId: z.string(), vote: z.enum(VOTES), at: instant, viaMessageId: z.string().optional() });
export const itemRouteSchema = z.union([z.object({ mode: z.literal('meeting'), meetingId: z.string() }), z.object({ mode: z.literal('poll'), openedAt: instant, deadline: instant })]);
export const itemResultSchema = z.object({
  adopted: z.boolean(),
  for: z.number().int(),
  against: z.number().int(),
  abstain: z.number().int(),
  participants: z.number().int(),
  fullMembers: z.number().int(),
  at: instant,
});
export const itemStatusSchema = z.enum(ITEM_STATUSES);

export const extractSchema = z.object({ recipients: z.array(z.string()), at: instant, byId: z.string().optional() });
export const decisionSchema = z.object({
  ...provenance,
  id: z.string(),
  itemId: z.string().optional(),
  protocolNo: z.number().int(),
  itemNo: z.number().int(),
  itemLabel: z.string().optional(),
  protocolDate: isoDate.optional(),
  date: isoDate,
  datePrecision: z.enum(DATE_PRECISIONS).optional(),
  mode: z.enum(DECISION_MODES),
  meetingId: z.string().optional(),
  title: z.string(),
  restricted: z.boolean(),
  initiatorId: z.string().optional(),
  visaById: z.string().optional(),
  amendsId: z.string().optional(),
  revokesId: z.string().optional(),
  amendedBy: z.array(z.string()),
  revokedBy: z.string().optional(),
  extracts: z.array(extractSchema),
});

export const itemAnswerSchema = z.object({ itemId: z.string(), outcome: z.enum(OUTCOMES), text: z.string().optional() }).openapi('ItemAnswer');
export const raisedPointSchema = z.object({ itemId: z.string(), title: z.string(), restricted: z.boolean() }).openapi('RaisedPoint');
export const messageSchema = z.object({
  ...provenance,
  id: z.string(),
  kind: z.enum(MESSAGE_KINDS),
  number: z.string().optional(),
  series: z.string().optional(),
  fromId: z.string(),
  toIds: z.array(z.string()),
  sentAt: instant.optional(),
  receivedAt: instant.optional(),
  itemIds: z.array(z.string()),
  decisionIds: z.array(z.string()),
  inReplyTo: z.string().optional(),
  summary: z.string(),
  archiveRef: z.string().optional(),
  answers: z.array(itemAnswerSchema),
  points: z.array(raisedPointSchema),
  readBy: z.array(z.string()),
});

export const interventionSchema = z
  .object({
    ...provenance,
    id: z.string(),
    decisionId: z.string().optional(),
    itemId: z.string().optional(),
    itemTitle: z.string().optional(),
    memberId: z.string(),
    origin: z.enum(ORIGINS),
    outcome: z.enum(OUTCOMES),
    messageIds: z.array(z.string()),
    codedBy: z.string().optional(),
    basis: z.string().optional(),
    basisFact: z
      .discriminatedUnion('kind', [z.object({ kind: z.literal('answer'), message: z.string() }), z.object({ kind: z.literal('point') })])
      .optional()
      .describe('Why the engine coded it, for the client to word in its language (basis is the English)'),
  })
  .openapi('Intervention');

export const correctionSchema = z
  .object({
    target: z.object({ table: z.enum(CORRECTABLE_TABLES), id: z.string() }),
    field: z.string(),
    from: z.string(),
    to: z.string(),
    authorId: z.string(),
    reason: z.string(),
    at: instant,
  })
  .openapi('Correction');

const decisionRefSchema = z.object({ id: z.string(), label: z.string().openapi({ description: 'protocol/item, e.g. 47/2' }) });
export const lineageSchema = z.object({
  decisionId: z.string(),
  label: z.string(),
  original: z.string(),
  current: z.string(),
  currentFrom: decisionRefSchema.optional(),
  amends: decisionRefSchema.optional(),
  revokes: decisionRefSchema.optional(),
  amendedBy: z.array(decisionRefSchema),
  revokedBy: decisionRefSchema.optional(),
  inForce: z.boolean(),
  pending: z.array(z.object({ itemId: z.string(), kind: z.enum(['amend', 'revoke', 'reconsider']), status: itemStatusSchema })),
});

const checks: [
  Same<z.infer<typeof memberSchema>, Member>,
  Same<z.infer<typeof absenceSchema>, Absence>,
  Same<z.infer<typeof meetingSchema>, Meeting>,
  Same<z.infer<typeof ballotSchema>, Item['votes'][string]>,
  Same<z.infer<typeof itemRouteSchema>, NonNullable<Item['route']>>,
  Same<z.infer<typeof itemResultSchema>, NonNullable<Item['result']>>,
  Same<z.infer<typeof decisionSchema>, Decision>,
  Same<z.infer<typeof itemAnswerSchema>, ItemAnswer>,
  Same<z.infer<typeof raisedPointSchema>, RaisedPoint>,
  Same<z.infer<typeof messageSchema>, Message>,
  Same<z.infer<typeof interventionSchema>, Intervention>,
  Same<z.infer<typeof correctionSchema>, Correction>,
  Same<z.infer<typeof decisionRefSchema>, DecisionRef>,
  Same<z.infer<typeof lineageSchema>, Lineage>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true];
void checks;
