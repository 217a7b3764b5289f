import { z } from '@hono/zod-openapi';
import { ANSWER_ROUTES, MESSAGE_KINDS } from '@politburo/core';
import type { DemoAccount } from '../../bodies/body-factory.ts';
import type { clockView } from '../../clock/body-clock.ts';
import type { bodySummary } from '../../views/body-summary.ts';
import type { decisionView } from '../../views/decision-view.ts';
import type { itemView } from '../../views/item-view.ts';
import type { messageView } from '../../views/message-view.ts';
import {
  ballotSchema,
  decisionSchema,
  interventionSchema,
  itemAnswerSchema,
  itemResultSchema,
  itemRouteSchema,
  itemStatusSchema,
  lineageSchema,
  meetingSchema,
  messageSchema,
  roleOut,
} from './records.ts';
import type { meetingView } from '../../views/meeting-view.ts';
import type { protocolPointView } from '../../views/protocol-view.ts';
import type { Same, SameWire } from './same-type.ts';

/** The server's views (packages/server/src/views) as sent, each checked against the function that builds it. */
const instant = z.string().openapi({ description: 'Body time, YYYY-MM-DDTHH:MM' });

export const sessionUserSchema = z
  .object({ username: z.string(), bodyId: z.string(), memberId: z.string(), name: z.string(), nameRu: z.string().nullable().optional(), role: roleOut })
  .openapi('SessionUser');
export const sessionInfoSchema = z.object({ user: z.union([sessionUserSchema, z.null()]), csrfToken: z.string() }).openapi('SessionInfo');

export const clockSchema = z.object({ mode: z.enum(['real', 'replay']), now: instant, speed: z.number(), paused: z.boolean() }).openapi('Clock');

export const quorumSchema = z.union([
  z.object({ type: z.literal('half-plus-one') }),
  z.object({ type: z.literal('at-least'), count: z.number().int() }),
  z.object({ type: z.literal('none') }),
]);
export const latenciesSchema = z.object(Object.fromEntries(MESSAGE_KINDS.map((k) => [k, z.number()])) as Record<(typeof MESSAGE_KINDS)[number], z.ZodNumber>);
export const bodyListEntrySchema = z
  .object({ id: z.string(), name: z.string(), nameRu: z.string().nullable().describe('The name in Russian, where known'), readOnly: z.boolean(), scenario: z.string().nullable() })
  .openapi('BodyListEntry');
export const bodySummarySchema = bodyListEntrySchema
  .extend({
    period: z.object({ from: z.string(), to: z.string() }).nullable(),
    settings: z.object({ quorum: quorumSchema, hideResultsUntilClosed: z.boolean(), withoutPoll: z.boolean(), answerRoute: z.enum(ANSWER_ROUTES), latencies: latenciesSchema }),
    clock: clockSchema,
    me: z.union([sessionUserSchema, z.null()]),
    counts: z.object({ members: z.number().int(), items: z.number().int(), decisions: z.number().int(), messages: z.number().int() }),
  })
  .openapi('BodySummary');
export const demoAccountSchema = z.object({ username: z.string(), password: z.string(), role: roleOut, memberId: z.string(), name: z.string(), nameRu: z.string().optional() }).openapi('DemoAccount');

export const itemViewSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    text: z.string().optional(),
    initiatorId: z.string().optional(),
    restricted: z.boolean(),
    importance: z.number().optional(),
    status: itemStatusSchema,
    route: itemRouteSchema.optional(),
    votes: z.record(z.string(), ballotSchema).nullable().openapi({ description: 'null while an open poll hides its ballots from this viewer' }),
    opinions: z.record(z.string(), ballotSchema).nullable(),
    voted: z.array(z.string()),
    result: itemResultSchema.optional(),
    decisionId: z.string().optional(),
    amendsId: z.string().optional(),
    revokesId: z.string().optional(),
    reconsidersId: z.string().optional(),
    raisedInMessageId: z.string().optional(),
    answerMessageId: z.string().optional(),
    proposedAt: instant.optional(),
    synthetic: z.boolean().optional(),
  })
  .openapi('ItemView');
/** `GET /items/:id` adds whether closing would succeed now, as the core decides it. */
export const itemDetailSchema = itemViewSchema
  .extend({ actions: z.object({ close: z.object({ allowed: z.boolean(), code: z.string().optional(), detail: z.string().optional(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() }) }).optional() })
  .openapi('ItemDetail');

export const lineageViewSchema = lineageSchema.extend({ currentWithheld: z.boolean().optional() }).openapi('LineageView');
export const decisionViewSchema = decisionSchema
  .extend({ initiatorName: z.string().optional(), visaByName: z.string().optional(), url: z.string(), lineage: lineageViewSchema.optional() })
  .openapi('Decision');
/** A protocol point: the decision with what was heard, the wording resolved, its sitting and who raised it. */
export const protocolPointSchema = decisionViewSchema
  .extend({ heard: z.string(), resolved: z.string(), sitting: z.object({ id: z.string(), date: z.string(), label: z.string() }).optional(), raisedBy: z.string().optional() })
  .openapi('ProtocolPoint');
export const decisionRowSchema = decisionViewSchema.extend({ intervention: z.boolean() }).openapi('DecisionRow');

export const messageViewSchema = messageSchema.extend({ dueAt: instant.optional() }).openapi('MessageView');
export const decisionDetailSchema = decisionViewSchema.extend({ interventions: z.array(interventionSchema), messages: z.array(messageViewSchema) }).openapi('DecisionDetail');

export const answerWorkSchema = z
  .object({
    item: itemViewSchema,
    kind: z.enum(['amend', 'revoke', 'reconsider']),
    decision: z.object({ id: z.string(), label: z.string() }),
    message: messageSchema.pick({ id: true, kind: true, number: true, fromId: true, sentAt: true, receivedAt: true, summary: true }).extend({ fromName: z.string().optional() }).optional(),
    answer: itemAnswerSchema.optional(),
  })
  .openapi('AnswerWork');

const checks: [
  Same<z.infer<typeof clockSchema>, ReturnType<typeof clockView>>,
  // `me.role` is typed as the viewer's role, which has `anonymous`; a viewer with a member never has it.
  SameWire<Omit<z.infer<typeof bodySummarySchema>, 'me'>, Omit<ReturnType<typeof bodySummary>, 'me'>>,
  Same<z.infer<typeof demoAccountSchema>, DemoAccount>,
  SameWire<z.infer<typeof itemViewSchema>, ReturnType<typeof itemView>>,
  SameWire<z.infer<typeof decisionViewSchema>, ReturnType<typeof decisionView>>,
  SameWire<z.infer<typeof messageViewSchema>, ReturnType<typeof messageView>>,
  SameWire<z.infer<typeof meetingViewSchema>, ReturnType<typeof meetingView>>,
  SameWire<z.infer<typeof protocolPointSchema>, ReturnType<typeof protocolPointView>>,
] = [true, true, true, true, true, true, true, true];
void checks;

/** A sitting as the pages read it: the record's meeting, and the protocol items registered in it. */
export const meetingViewSchema = meetingSchema
  .extend({
    protocolNos: z.array(z.number().int()),
    protocolItemCount: z.number().int(),
    hiddenProtocolItems: z.number().int(),
    protocolItems: z
      .array(z.object({ id: z.string(), protocolNo: z.number().int(), itemNo: z.number().int(), itemLabel: z.string().optional(), title: z.string(), restricted: z.boolean() }))
      .optional(),
  })
  .openapi('MeetingView');
