import type { Provenance } from './provenance.ts';
import type { Role } from './roles.ts';
import type { BodySettings } from './settings.ts';
import type { Instant, IsoDate } from './time.ts';

import type { CorrectableTable, DatePrecision, DecisionMode, ItemStatus, MeetingRecordStatus, MessageKind, Origin, Outcome, SourceStatus, Vote } from './vocabulary.ts';

export type { DatePrecision, DecisionMode, ItemStatus, MeetingRecordStatus, MessageKind, Origin, Outcome, Vote };

export interface RoleSpan extends Provenance {
  role: Role;
  from?: IsoDate;
  to?: IsoDate;
  /** Recorded by a role change (a membership row), rather than implied by admission or a return after a dated role. */
  recorded?: boolean;
}

export interface Member extends Provenance {
  id: string;
  name: string;
  /** The name in Russian, in its standard form ("Каганович Л. М."), where the record gives it. */
  nameRu?: string;
  role: Role;
  /** Dated role history, oldest first; the last open span is the current role. */
  roles: RoleSpan[];
  retiredOn?: IsoDate;
}

export interface Absence extends Provenance {
  id: string;
  memberId: string;
  from: IsoDate;
  to: IsoDate;
  location: string;
}

export type MeetingStatus = 'scheduled' | 'open' | 'closed' | 'historical' | 'cancelled';
/**
 * A sitting as the record states it: held (opened, live or historical), scheduled and
 * never opened, or cancelled. Only a held sitting enters any figure.
 */
export const recordStatusOf = (m: Pick<Meeting, 'status'>): MeetingRecordStatus =>
  m.status === 'scheduled' ? 'scheduled' : m.status === 'cancelled' ? 'cancelled' : 'held';
export interface Meeting extends Provenance {
  id: string;
  date: IsoDate;
  status: MeetingStatus;
  chairId?: string;
  /** null: attendance unknown (archival). */
  attendees: string[] | null;
  agenda: string[];
}

export interface Ballot extends Provenance {
  memberId: string;
  vote: Vote;
  at: Instant;
  viaMessageId?: string;
}

export interface Item extends Provenance {
  id: string;
  title: string;
  text?: string;
  initiatorId?: string;
  restricted: boolean;
  /** 0..1, how much the item matters; drives the deputy's referral propensity in simulations. */
  importance?: number;
  proposedAt?: Instant;
  status: ItemStatus;
  route?: { mode: 'meeting'; meetingId: string } | { mode: 'poll'; openedAt: Instant; deadline: Instant };
  /** Counted votes of full members, keyed by member id. */
  votes: Record<string, Ballot>;
  /** Consultative opinions of candidates: recorded, never counted. */
  opinions: Record<string, Ballot>;
  result?: { adopted: boolean; for: number; against: number; abstain: number; participants: number; fullMembers: number; at: Instant };
  amendsId?: string;
  revokesId?: string;
  /** A decision this item puts back before the body (the leader answered "postponed" on it). */
  reconsidersId?: string;
  /** For an amendment: how many amendments its target had when it was proposed (a later one conflicts). */
  amendsBasis?: number;
  /** The message in which the absent leader raised this point himself. */
  raisedInMessageId?: string;
  /** The delivered answer this item carries out: the leader's "modified", "rejected" or "postponed" on a registered decision. */
  answerMessageId?: string;
  decisionId?: string;
}

export interface Extract {
  recipients: string[];
  at: Instant;
  byId?: string;
}

export interface Decision extends Provenance {
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
  /** Without a poll: the member whose visa alone entered the decision. */
  visaById?: string;
  amendsId?: string;
  revokesId?: string;
  /** Decisions that later amended or revoked this one (derived, for reading). */
  amendedBy: string[];
  revokedBy?: string;
  extracts: Extract[];
}

export interface ItemAnswer {
  itemId: string;
  outcome: Outcome;
  /** For `modified`: the wording the leader asks for; for the others, his note (optional). */
  text?: string;
}

export interface RaisedPoint {
  itemId: string;
  title: string;
  restricted: boolean;
}

export interface Message extends Provenance {
  id: string;
  kind: MessageKind;
  /** The number in the sender's series (or the series named by `series`). */
  number?: string;
  series?: string;
  fromId: string;
  toIds: string[];
  sentAt?: Instant;
  receivedAt?: Instant;
  itemIds: string[];
  decisionIds: string[];
  inReplyTo?: string;
  summary: string;
  archiveRef?: string;
  answers: ItemAnswer[];
  points: RaisedPoint[];
  readBy: string[];
}

export interface Intervention extends Provenance {
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
  /** Why the engine coded it, as a fact each language words at read time; `basis` keeps the English for the record and older readers. */
  basisFact?: BasisFact;
}

/** The engine's own coding: the leader's answer in a message (labelled by its number, else its id), or a point he raised that was adopted or voted down (the outcome says which). */
export type BasisFact = { kind: 'answer'; message: string } | { kind: 'point' };

export interface Source {
  id: string;
  author: string;
  title: string;
  /** The title as published, in the source's own language, where `title` is a translation or a description. */
  titleOriginal?: string;
  locator?: string;
  url?: string;
  status: SourceStatus;
  /** Unknown columns of the record's sources table, kept for a lossless round trip. */
  extra?: Array<[column: string, value: string]>;
}

export interface Correction {
  target: { table: CorrectableTable; id: string };
  field: string;
  from: string;
  to: string;
  authorId: string;
  reason: string;
  at: Instant;
}

export interface Protocols {
  convocation: string;
  /** Last protocol number issued in this convocation (0 before the first). */
  lastNo: number;
  /** The protocol being compiled: decisions go here until its meeting closes it. */
  open: { no: number; nextItemNo: number } | null;
  /** protocolNo → item number → decision id, for this convocation: refuses reuse of a slot (live or imported). */
  used: Record<string, Record<string, string>>;
}

export interface Body {
  id: string;
  name: string;
  settings: BodySettings;
  createdAt: Instant;
  members: Record<string, Member>;
  absences: Record<string, Absence>;
  meetings: Record<string, Meeting>;
  items: Record<string, Item>;
  decisions: Record<string, Decision>;
  messages: Record<string, Message>;
  interventions: Record<string, Intervention>;
  sources: Record<string, Source>;
  corrections: Correction[];
  protocols: Protocols;
  /** Next number per sender series. */
  messageSeries: Record<string, number>;
  meta: Record<string, unknown>;
}

export type BodyState = { status: 'empty' } | { status: 'active'; body: Body };

export const initialState = (): BodyState => ({ status: 'empty' });
