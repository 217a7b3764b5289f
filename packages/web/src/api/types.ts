/**
 * The wire types of the HTTP API (docs/api.md). Primitive vocabularies (roles, votes,
 * outcomes, modes) come from the core as types only, so the bundle carries none of it
 * and a role spelled differently fails to compile.
 */
import type {
  Absence,
  Intervention,
  ItemAnswer,
  Member,
  RaisedPoint,
  Decision as CoreDecision,
  Meeting as CoreMeeting,
  Message,
  Item,
  Lineage,
  PendingAnswerItem,
  DecisionMode,
  Instant,
  IsoDate,
  ItemStatus,
  MessageKind,
  Origin,
  Outcome,
  QuorumRule,
  Role,
  Vote,
} from '@politburo/core';
import type { PublishedFigure, ReportData as Report, ReportKey } from './report-types.ts';
import type { ExplainedRow } from '@politburo/analytics';

export type { PublishedFigure, Report };
export type { DecisionMode, Instant, IsoDate, ItemStatus, MessageKind, Origin, Outcome, Role, Vote };

export interface Problem {
  type?: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  errors?: Array<{ field: string; message: string }>;
  /** The facts the detail is made of (titles, dates as stored), for a sentence in the reader's language. */
  params?: Record<string, string | number>;
}

export interface SessionUser {
  username: string;
  bodyId: string;
  memberId: string;
  name: string;
  /** The member's name in Russian, where the record gives it. */
  nameRu?: string | null;
  role: Role;
}

export interface SessionInfo {
  user: SessionUser | null;
  csrfToken: string;
}

export interface Clock {
  mode: 'real' | 'replay';
  now: Instant;
  speed: number;
  paused: boolean;
  startedAt?: string;
}

export interface BodyListEntry {
  id: string;
  name: string;
  readOnly: boolean;
  scenario: string | null;
}

export interface BodySummary extends BodyListEntry {
  /** The body's name in Russian, where its record gives one. */
  nameRu?: string | null;
  settings: { quorum: QuorumRule; hideResultsUntilClosed: boolean; withoutPoll: boolean; answerRoute: 'poll' | 'register'; latencies: Partial<Record<MessageKind, number>> };
  clock: Clock;
  /** First and last decision date of the record (null when it has none). */
  period: { from: IsoDate; to: IsoDate } | null;
  me: SessionUser | null;
  counts: { members: number; items: number; decisions: number; messages: number };
}

export interface DemoAccount {
  username: string;
  password: string;
  role: Role;
  memberId: string;
  name: string;
}

export interface ScenarioInfo {
  id: string;
  bodyId: string;
  title: string;
  /** The published figures the scenario is built to, each with its provenance and caveat. */
  publishedFigures: PublishedFigure[];
  /** The provenance caveat shown beside the published figures wherever they appear. */
  caveat: string;
  absenceWindows?: Array<{ from: string; to: string; label: string; labelRu?: string; sourceId?: string }>;
  /** Content hash of the shipped data: a citation names fixed data. */
  version?: string;
  /** quoted: built to the quoted figures; evidence: what the archive suggests. */
  reading?: 'quoted' | 'evidence';
  readingLabel?: string;
  /** The scenario to compare with (the other reading). */
  counterpart?: string | null;
  /** Title, caveat and reading label in Russian. */
  ru?: { title: string; caveat: string; readingLabel: string };
}

export type FigureBasis = 'archival' | 'quoted' | 'derived' | 'estimated' | 'synthetic';

/** `GET /api/scenarios/compare`: each report figure under two scenarios, each value with its basis. */
export interface ReadingsComparison {
  scenarios: Array<{ name: string; bodyId: string; title: string; version: string; reading: string; readingLabel: string; caveat: string; ru?: { title: string; caveat: string; readingLabel: string } }>;
  absences: Array<{ from: string; to: string }>;
  figures: Array<{
    key: string;
    rate: boolean;
    same: boolean;
    values: Array<{ scenario: string; value: number | null; archivalValue: number | null; basis: FigureBasis; basisLabel: string; note: string; sourceIds: string[]; ru?: { basisLabel: string; note: string } }>;
  }>;
}

/** The core's own rows, as the API sends them (`extra` — unknown record columns — rides along but the app ignores it). */
export type { Absence, Intervention, Member };

/** `GET /meetings`: the core's meeting; the view drops nothing but may hide the agenda's restricted items. */
export type Meeting = CoreMeeting & {
  /** The protocols its decisions were entered in, and how many of its protocol items the viewer may see. */
  protocolNos: number[];
  protocolItemCount: number;
  hiddenProtocolItems: number;
  /** One meeting only: its protocol items. */
  protocolItems?: Array<{ id: string; protocolNo: number; itemNo: number; itemLabel?: string; title: string; restricted: boolean }>;
};

/** Whether an action would succeed now (the core asked without writing), and if not its reason. */
export interface ActionCheck {
  allowed: boolean;
  code?: string;
  detail?: string;
  params?: Record<string, string | number>;
}

/**
 * An item for one viewer (server item-view.ts): the core's item, minus its archival extras, with the ballots withheld
 * (`null`) while a poll is open under `hideResultsUntilClosed`, and who has voted.
 */
export type ItemView = Pick<
  Item,
  | 'id'
  | 'title'
  | 'text'
  | 'initiatorId'
  | 'restricted'
  | 'importance'
  | 'proposedAt'
  | 'status'
  | 'route'
  | 'result'
  | 'decisionId'
  | 'amendsId'
  | 'revokesId'
  | 'reconsidersId'
  | 'raisedInMessageId'
  | 'answerMessageId'
  | 'synthetic'
> & {
  votes: Item['votes'] | null;
  opinions: Item['opinions'] | null;
  voted: string[];
  /** One item only, while it is voted on: whether closing the vote would succeed now. */
  actions?: { close?: ActionCheck };
};

/** A register row: the core's decision plus what the server adds (`initiatorName`, the citable `url`). */
export type Decision = CoreDecision & { initiatorName?: string; visaByName?: string; url: string; lineage?: LineageView };

/** How a decision reads now (core lineage.ts), as one viewer may see it: `currentWithheld` when the wording in force sits in the special folder. */
export type LineageView = Lineage & { currentWithheld?: boolean };

/** `GET /desk/answers`: an item a delivered answer left before the body, with the reply beside it for those who read the mail. */
export interface AnswerWork {
  item: ItemView;
  kind: PendingAnswerItem['kind'];
  decision: { id: string; label: string };
  message?: PendingAnswerItem['message'] & { fromName?: string };
  answer?: ItemAnswer;
}

/** A row of the register list (`GET /decisions`): also whether any member has an intervention on the decision. */
export type DecisionRow = Decision & { intervention: boolean };

export type { ItemAnswer, RaisedPoint };

/** A message as one viewer sees it: the core's message, restricted references removed, plus when it is due. */
export type MessageView = Message & { dueAt?: Instant };

export interface DecisionDetail extends Decision {
  interventions: Intervention[];
  messages: MessageView[];
}

export interface DecisionPage {
  items: DecisionRow[];
  hidden: number;
  total: number;
  page: number;
  pageSize: number;
}

export interface RegisterFilter {
  q?: string;
  from?: IsoDate;
  to?: IsoDate;
  mode?: DecisionMode;
  initiator?: string;
  restricted?: 'true' | 'false';
  intervention?: 'true' | 'false';
  protocolNo?: string;
}

export interface ProtocolSummary {
  no: number;
  date: IsoDate;
  items: number;
  hidden: number;
}

/** A protocol point as the protocol prints it (server protocol-view.ts). */
export type ProtocolPoint = Decision & { heard: string; resolved: string; sitting?: { id: string; date: IsoDate; label: string }; raisedBy?: string };

export interface ProtocolDoc {
  no: number;
  date: IsoDate;
  decisions: ProtocolPoint[];
  hidden: number;
}

export interface ReportExplain {
  key: ReportKey;
  /** For a rate: the figure whose rows are listed (its numerator). */
  rowsOf: string;
  value: number | null;
  rows: ExplainRow[];
  hidden: number;
}

/** A drill-down row: the analytics row, plus the decision it points at (title only where the viewer may see it). */
export type ExplainRow = ExplainedRow & { decisionId?: string; decisionTitle?: string; current?: { wording: string; label: string } };

/** The counterfactual scenarios `POST /api/simulations` accepts (packages/sim presets.ts). */
export const COUNTERFACTUALS = ['telephone', 'no-absence', 'no-deputy-referrals', 'short-holiday'] as const;
export type Counterfactual = (typeof COUNTERFACTUALS)[number];

export interface SimulationRequest {
  preset: string;
  scenario?: Counterfactual;
  runs: number;
  seed: number;
  overrides?: Record<string, number | boolean | string>;
}

/** Mean and 5–95% range (nearest rank) of one figure over the runs; `n` = runs in which it was defined. */
export interface Spread {
  mean: number | null;
  p5: number | null;
  p95: number | null;
  n: number;
}

/** The simulator's figures: every report figure plus two about the correspondence. */
export type FigureKey = ReportKey | 'replyLatencyMedianMinutes' | 'messages';

/** `POST /api/simulations` (202) and `GET /api/simulations/:id` (packages/server simulation-jobs.ts). */
export interface SimulationJob {
  id: string;
  request: SimulationRequest;
  status: 'running' | 'done' | 'failed';
  progress: { done: number; total: number };
  error?: string;
  result?: {
    spreads: Record<FigureKey, Spread>;
    runs: Array<{ seed: number; figures: Record<FigureKey, number | null> }>;
    /** The published 1934 counts the preset is calibrated to (report keys). */
    published: Partial<Record<ReportKey, number>>;
  };
}

export interface StreamEnvelope {
  position: number;
  bodyId: string;
  event: { type: string } & Record<string, unknown>;
}

/** `GET /sources`: a source the body's rows cite, with its status and the source's own confidence where known. */
export interface SourceInfo {
  id: string;
  author: string;
  title: string;
  /** The title as published, in its own language (usually Russian). */
  titleOriginal?: string;
  status: 'verified' | 'secondary' | 'unverified';
  locator?: string;
  url?: string;
  confidence?: string;
  note?: string;
}

/** The absent member's courier packet for a body date, as the server assembles it (GET …/courier-packet?format=json). */
export interface CourierPacket {
  date: string;
  member: { id: string; name: string } | null;
  letters: MessageView[];
  polls: ItemView[];
  agenda: Array<ItemView & { sittingDate: string }>;
}
