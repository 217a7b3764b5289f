import type { DecisionMode, MessageKind, Origin, Outcome } from '@politburo/core';

/**
 * The register: read models of a body kept in SQL tables, in the same transaction
 * as the events they come from. Every query takes the caller's entitlement to the
 * special folder explicitly (`canSeeRestricted`); to a caller without it restricted
 * rows do not exist — they are neither listed nor counted in `total`.
 */
export interface Page<T> {
  rows: T[];
  /** Rows matching the filter, ignoring limit and offset. */
  total: number;
}

export interface PageOptions {
  limit?: number;
  offset?: number;
}

export interface DecisionRow {
  id: string;
  itemId: string | null;
  protocolNo: number;
  itemNo: number;
  itemLabel: string | null;
  protocolDate: string | null;
  date: string;
  datePrecision: string | null;
  mode: DecisionMode;
  meetingId: string | null;
  title: string;
  restricted: boolean;
  initiatorId: string | null;
  initiatorName: string | null;
  amendsId: string | null;
  revokesId: string | null;
  revokedBy: string | null;
  historical: boolean;
  synthetic: boolean;
  sourceId: string | null;
  hasIntervention: boolean;
}

export interface DecisionQuery extends PageOptions {
  /** Whether the caller may see the special folder (full members, candidates, secretariat). */
  canSeeRestricted: boolean;
  /** Inclusive dates, YYYY-MM-DD. */
  from?: string;
  to?: string;
  mode?: DecisionMode;
  initiatorId?: string;
  /** Only restricted (true) or only open (false) decisions; restricted ones still need `canSeeRestricted`. */
  restricted?: boolean;
  synthetic?: boolean;
  hasIntervention?: boolean;
  protocolNo?: number;
  /** Matched, transliteration-tolerant, against the title and the initiator's name. */
  text?: string;
}

export interface MeetingRow {
  id: string;
  date: string;
  status: string;
  chairId: string | null;
  /** null: attendance unknown (archival). */
  attendees: string[] | null;
  protocolNo: number | null;
  synthetic: boolean;
  sourceId: string | null;
}

export interface MeetingQuery extends PageOptions {
  from?: string;
  to?: string;
}

export interface MessageRow {
  id: string;
  kind: MessageKind;
  number: string | null;
  series: string | null;
  fromId: string;
  toIds: string[];
  sentAt: string | null;
  receivedAt: string | null;
  itemIds: string[];
  decisionIds: string[];
  inReplyTo: string | null;
  summary: string;
  archiveRef: string | null;
  synthetic: boolean;
  sourceId: string | null;
}

export interface MessageQuery extends PageOptions {
  /** Hides references to restricted items and decisions from callers without the entitlement. */
  canSeeRestricted: boolean;
  /** Inclusive, compared with the sending time (or receipt when the sending time is unknown). */
  from?: string;
  to?: string;
  kind?: MessageKind;
  /** Sent by or to this person. */
  memberId?: string;
  text?: string;
}

export interface InterventionRow {
  id: string;
  decisionId: string | null;
  itemId: string | null;
  itemTitle: string | null;
  memberId: string;
  origin: Origin;
  outcome: Outcome;
  messageIds: string[];
  codedBy: string | null;
  basis: string | null;
  synthetic: boolean;
  sourceId: string | null;
}

export interface InterventionQuery extends PageOptions {
  canSeeRestricted: boolean;
  memberId?: string;
  origin?: Origin;
  outcome?: Outcome;
  decisionId?: string;
}

export interface Register {
  listDecisions(streamId: string, query: DecisionQuery): Promise<Page<DecisionRow>>;
  /** One decision, or undefined if it does not exist or the caller may not see it. */
  getDecision(streamId: string, decisionId: string, canSeeRestricted: boolean): Promise<DecisionRow | undefined>;
  listMeetings(streamId: string, query: MeetingQuery): Promise<Page<MeetingRow>>;
  listCorrespondence(streamId: string, query: MessageQuery): Promise<Page<MessageRow>>;
  listInterventions(streamId: string, query: InterventionQuery): Promise<Page<InterventionRow>>;
}
