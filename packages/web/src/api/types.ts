/**
 * The wire types of the HTTP API, as aliases of the types generated from the server's
 * OpenAPI contract (`openapi.d.ts`, `npm run api-types`): a field the server adds,
 * drops or retypes changes them, and a page that relies on it fails to compile.
 * Primitive vocabularies (roles, votes, outcomes, modes) come from the core as types only.
 */
import type { DecisionMode, Instant, IsoDate, ItemStatus, MessageKind, Origin, Outcome, Role, Vote } from '@politburo/core';
import type { ReportKey } from './report-types.ts';
import type { components, operations } from './openapi.d.ts';

export type Schemas = components['schemas'];
export type { DecisionMode, Instant, IsoDate, ItemStatus, MessageKind, Origin, Outcome, Role, Vote };

export type Problem = Schemas['Problem'];
export type SessionUser = Schemas['SessionUser'];
export type SessionInfo = Schemas['SessionInfo'];
export type Clock = Schemas['Clock'];
export type BodyListEntry = Schemas['BodyListEntry'];
export type BodySummary = Schemas['BodySummary'];
export type DemoAccount = Schemas['DemoAccount'];
export type ScenarioInfo = Schemas['ScenarioInfo'];
/** A published figure as `GET /api/scenarios` sends it. */
export type PublishedFigure = ScenarioInfo['publishedFigures'][number];
export type ReadingsComparison = Schemas['ReadingsComparison'];
export type FigureBasis = ReadingsComparison['figures'][number]['values'][number]['basis'];
export type Absence = Schemas['Absence'];
export type Intervention = Schemas['Intervention'];
export type Member = Schemas['Member'];
/** A sitting with the protocol items registered in it. */
export type Meeting = Schemas['MeetingView'];
/** An item; `GET /items/:id` adds `actions` (whether closing would succeed now). */
export type ItemView = Schemas['ItemDetail'];
export type Decision = Schemas['Decision'];
export type LineageView = Schemas['LineageView'];
export type AnswerWork = Schemas['AnswerWork'];
export type DecisionRow = Schemas['DecisionRow'];
export type ItemAnswer = Schemas['ItemAnswer'];
export type RaisedPoint = Schemas['RaisedPoint'];
export type MessageView = Schemas['MessageView'];
export type DecisionDetail = Schemas['DecisionDetail'];
export type DecisionPage = Schemas['DecisionPage'];
/** The register's filters (`GET /decisions` query) as the app keeps them: strings, as in the URL. */
export type RegisterFilter = {
  [K in keyof NonNullable<operations['getBodiesByBodyIdDecisions']['parameters']['query']> as K extends 'page' | 'pageSize' ? never : K]?: string;
} & { mode?: DecisionMode; restricted?: 'true' | 'false'; intervention?: 'true' | 'false' };
export type ProtocolSummary = Schemas['ProtocolSummary'];
export type ProtocolDoc = Schemas['ProtocolDoc'];
export type Report = Schemas['Report'];
export type ReportExplain = Schemas['ReportExplain'];
export type ExplainRow = ReportExplain['rows'][number];
export type SourceInfo = Schemas['SourceInfo'];

/** The counterfactual scenarios `POST /api/simulations` accepts (packages/sim presets.ts). */
export const COUNTERFACTUALS = ['telephone', 'no-absence', 'no-deputy-referrals', 'short-holiday'] as const;
export type Counterfactual = (typeof COUNTERFACTUALS)[number];

/** The body of `POST /api/simulations`, with the counterfactual the app offers. */
export type SimulationRequest = Omit<NonNullable<operations['postSimulations']['requestBody']>['content']['application/json'], 'scenario'> & { scenario?: Counterfactual };

export type SimulationJob = Schemas['SimulationJob'];
/** Mean and 5–95% range (nearest rank) of one figure over the runs; `n` = runs in which it was defined. */
export type Spread = NonNullable<SimulationJob['result']>['spreads']['decisionsTotal'];

/** The simulator's figures: every report figure plus two about the correspondence. */
export type FigureKey = ReportKey | 'replyLatencyMedianMinutes' | 'messages';

/** The live stream's data (`GET /events/stream`, one SSE message each): not a JSON response, so not in the contract's schemas. */
export interface StreamEnvelope {
  position: number;
  bodyId: string;
  event: { type: string } & Record<string, unknown>;
}

/** The absent member's courier packet for a body date, as the server assembles it (GET …/courier-packet?format=json). */
export type CourierPacket = Schemas['CourierPacket'];
