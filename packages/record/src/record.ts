/**
 * The record interchange format as typed values: the external face of the core model.
 * One interface per table; column names are the CSV headers. Every row may carry
 * `source_id` and `synthetic`, and keeps unknown columns in `extra` (original order)
 * so that import → export is lossless.
 */

import type { DatePrecision, DecisionMode, MeetingRecordStatus, MessageKind, Origin, Outcome, Role, SourceStatus, Vote } from '@politburo/core';

/** The vocabulary is the core's (packages/core/src/vocabulary.ts, roles.ts): spelled once. */
export { ROLES } from '@politburo/core';
export type { DatePrecision, MessageKind, Origin, Outcome, SourceStatus, Vote };
export type RecordRole = Role;

export type IsoDate = string; // YYYY-MM-DD
export type IsoMinute = string; // YYYY-MM-DDTHH:MM

/** Columns every table may carry. */
export interface CommonColumns {
  source_id?: string;
  synthetic?: boolean;
  /** Unknown columns, in their original order, kept verbatim on round trip. */
  extra?: Array<[column: string, value: string]>;
}

export interface MemberRow extends CommonColumns {
  id: string;
  name: string;
  role: RecordRole;
  /** The name in Russian, in its standard form ("Каганович Л. М."). */
  name_ru?: string;
}
export interface MembershipRow extends CommonColumns {
  member_id: string;
  role: RecordRole;
  from: IsoDate;
  to?: IsoDate;
}
export interface AbsenceRow extends CommonColumns {
  member_id: string;
  from: IsoDate;
  to: IsoDate;
  location: string;
}
export interface MeetingRow extends CommonColumns {
  id: string;
  date: IsoDate;
  chair_id?: string;
  /** null = attendance unknown (empty cell). */
  attendees: string[] | null;
  /** Absent = held (the default): only a held sitting enters a figure. */
  status?: MeetingRecordStatus;
}
export interface DecisionRow extends CommonColumns {
  id: string;
  protocol_no: number;
  item_no: number;
  date: IsoDate;
  /** `without-poll`: "без опроса", entered on a visa alone (visa_by), with no sitting and no poll. */
  mode: DecisionMode;
  meeting_id?: string;
  title: string;
  restricted: boolean;
  initiator_id?: string;
  item_label?: string;
  visa_by?: string;
  protocol_date?: IsoDate;
  amends_id?: string;
  revokes_id?: string;
  date_precision?: DatePrecision;
}
export interface CorrespondenceRow extends CommonColumns {
  id: string;
  kind: MessageKind;
  number?: string;
  from_id: string;
  to_ids: string[];
  sent_at?: IsoMinute;
  received_at?: IsoMinute;
  decision_ids: string[];
  summary: string;
  in_reply_to?: string;
  series?: string;
  archive_ref?: string;
}
export interface InterventionRow extends CommonColumns {
  decision_id?: string;
  member_id: string;
  origin: Origin;
  outcome: Outcome;
  correspondence_ids: string[];
  item_title?: string;
  coded_by?: string;
  basis?: string;
}
export interface ItemRow extends CommonColumns {
  id: string;
  title: string;
  initiator_id?: string;
  date?: IsoDate;
  status?: string;
  restricted?: boolean;
}
export interface BallotRow extends CommonColumns {
  decision_id: string;
  member_id: string;
  vote: Vote;
  at?: IsoMinute;
}
export interface SourceRow extends CommonColumns {
  id: string;
  author: string;
  title: string;
  locator?: string;
  url?: string;
  status: SourceStatus;
  /** The title as published, in the source's own language (Russian for most), where `title` is a translation or a description. */
  title_original?: string;
}
export interface RecordMeta {
  synthetic?: boolean;
  description?: string;
  [key: string]: unknown;
}

/** A whole record. Optional tables are empty arrays when absent. */
export interface PolitburoRecord {
  meta: RecordMeta;
  members: MemberRow[];
  memberships: MembershipRow[];
  absences: AbsenceRow[];
  meetings: MeetingRow[];
  decisions: DecisionRow[];
  correspondence: CorrespondenceRow[];
  interventions: InterventionRow[];
  items: ItemRow[];
  ballots: BallotRow[];
  sources: SourceRow[];
}
