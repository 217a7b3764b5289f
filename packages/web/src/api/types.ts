/**
 * The wire types of the HTTP API (docs/api.md). Primitive vocabularies (roles, votes,
 * outcomes, modes) come from the core as types only, so the bundle carries none of it
 * and a role spelled differently fails to compile.
 */
import type {
  DecisionMode,
  DatePrecision,
  Instant,
  IsoDate,
  ItemStatus,
  MeetingStatus,
  MessageKind,
  Origin,
  Outcome,
  QuorumRule,
  Role,
  Vote,
} from '@politburo/core';

export type { DecisionMode, Instant, IsoDate, ItemStatus, MessageKind, Origin, Outcome, Role, Vote };

export interface Problem {
  type?: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  errors?: Array<{ field: string; message: string }>;
}

export interface SessionUser {
  username: string;
  bodyId: string;
  memberId: string;
  name: string;
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
  settings: { quorum: QuorumRule; hideResultsUntilClosed: boolean; latencies: Partial<Record<MessageKind, number>> };
  clock: Clock;
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
  publishedFigures?: unknown;
  /** One provenance caveat for the scenario's published figures (docs/api.md says `caveats`; the server sends `caveat`). */
  caveat?: string;
  caveats?: unknown;
  absenceWindows?: Array<{ from: string; to: string; label: string; sourceId?: string }>;
}

export interface Member {
  id: string;
  name: string;
  role: Role;
  roles: Array<{ role: Role; from?: IsoDate; to?: IsoDate }>;
  retiredOn?: IsoDate;
  synthetic?: boolean;
  sourceId?: string;
}

export interface Absence {
  id: string;
  memberId: string;
  from: IsoDate;
  to: IsoDate;
  location: string;
  synthetic?: boolean;
  sourceId?: string;
}

export interface Meeting {
  id: string;
  date: IsoDate;
  status: MeetingStatus;
  chairId?: string;
  attendees: string[] | null;
  agenda: string[];
  synthetic?: boolean;
  sourceId?: string;
}

export interface BallotView {
  vote: Vote;
  at: Instant;
  viaMessageId?: string;
}

export interface ItemView {
  id: string;
  title: string;
  text?: string;
  initiatorId?: string;
  restricted: boolean;
  status: ItemStatus;
  route?: { mode: 'meeting'; meetingId: string } | { mode: 'poll'; openedAt: Instant; deadline: Instant };
  votes: Record<string, BallotView> | null;
  voted: string[];
  opinions: Record<string, BallotView> | null;
  result?: { adopted: boolean; for: number; against: number; abstain: number; participants: number; fullMembers: number; at: Instant };
  decisionId?: string;
  amendsId?: string;
  revokesId?: string;
  raisedInMessageId?: string;
  synthetic?: boolean;
  sourceId?: string;
}

export interface Decision {
  id: string;
  itemId?: string;
  protocolNo: number;
  itemNo: number;
  itemLabel?: string;
  protocolDate?: IsoDate;
  date: IsoDate;
  datePrecision?: DatePrecision;
  mode: DecisionMode;
  meetingId?: string;
  title: string;
  restricted: boolean;
  initiatorId?: string;
  initiatorName?: string;
  amendsId?: string;
  revokesId?: string;
  amendedBy: string[];
  revokedBy?: string;
  extracts: Array<{ recipients: string[]; at: Instant; byId?: string }>;
  synthetic?: boolean;
  sourceId?: string;
  url?: string;
  /** Present when the server marks decisions with an intervention in the register. */
  intervention?: boolean;
}

export interface Intervention {
  id: string;
  decisionId?: string;
  itemId?: string;
  itemTitle?: string;
  memberId: string;
  origin: Origin;
  outcome: Outcome;
  messageIds: string[];
  codedBy?: string;
  basis?: string;
  synthetic?: boolean;
  sourceId?: string;
}

export interface ItemAnswer {
  itemId: string;
  outcome: Outcome;
  text?: string;
}

export interface RaisedPoint {
  itemId: string;
  title: string;
  restricted: boolean;
}

export interface MessageView {
  id: string;
  kind: MessageKind;
  number?: string;
  series?: string;
  fromId: string;
  toIds: string[];
  sentAt?: Instant;
  dueAt?: Instant;
  receivedAt?: Instant;
  itemIds: string[];
  decisionIds: string[];
  inReplyTo?: string;
  summary: string;
  answers: ItemAnswer[];
  points: RaisedPoint[];
  readBy: string[];
  archiveRef?: string;
  synthetic?: boolean;
  sourceId?: string;
}

export interface DecisionDetail extends Decision {
  interventions: Intervention[];
  messages: MessageView[];
}

export interface DecisionPage {
  items: Decision[];
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

export interface ProtocolDoc {
  no: number;
  date: IsoDate;
  decisions: Decision[];
  hidden: number;
}

/** The report is `@politburo/analytics`' result; the page reads it defensively. */
export type Report = Record<string, unknown>;

export interface ReportExplain {
  key: string;
  rows: Array<Record<string, unknown>>;
  hidden: number;
}

export interface SimulationStatus {
  id?: string;
  status: string;
  progress?: number;
  result?: unknown;
}

export interface StreamEnvelope {
  position: number;
  bodyId: string;
  event: { type: string } & Record<string, unknown>;
}
