/** The report as a value: the figures of the table as top-level fields, then the extras. */
import type { TableName } from '@politburo/record';
import type { DateWindow } from './absence-windows.ts';
import type { LatencySummary } from './nearest-rank.ts';
import type { Counts, RateKey, ReportKey, RESTS_ON } from './report-definitions.ts';

export interface MonthModeCount {
  month: string;
  meeting: number;
  poll: number;
  withoutPoll: number;
}

export interface KindLatency extends LatencySummary {
  kind: string;
  messages: number;
  /** Messages with a received_at (latency needs a sent_at too). */
  delivered: number;
}

export interface MemberInitiatives {
  /** null: decisions with no initiator recorded. */
  memberId: string | null;
  decisions: number;
  decisionsDuringAbsence: number;
  /** Intervention rows of this member on decisions during the absence, by origin. */
  responses: number;
  initiatives: number;
}

/** One row behind a figure, located in its table (1-based data row). */
export interface ExplainedRow {
  table: TableName;
  row: number;
  values: Record<string, unknown>;
}

export interface Explanation {
  key: ReportKey;
  /** For a rate: the figure whose rows are listed (its numerator). */
  rowsOf: string;
  rows: ExplainedRow[];
}

export type Report = Omit<Counts, keyof typeof RESTS_ON> &
  Record<keyof typeof RESTS_ON, number | null> &
  Record<RateKey, number | null> & {
    leaderId: string;
    absences: DateWindow[];
    onlyArchival: boolean;
    decisionsByMonth: MonthModeCount[];
    meetingsByChair: Array<{ chairId: string | null; meetings: number }>;
    correspondenceByKind: KindLatency[];
    replyLatency: LatencySummary & { replies: number };
    initiators: MemberInitiatives[];
    explanation?: Explanation;
  };
