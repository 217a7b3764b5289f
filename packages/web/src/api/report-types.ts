/**
 * The report's shape as the server sends it (`@politburo/analytics`' Report). Declared here
 * rather than imported because analytics is a Node package; the keys match its REPORT_KEYS.
 */
export const COUNT_KEYS = [
  'decisionsTotal',
  'meetingsTotal',
  'decisionsDuringAbsence',
  'meetingsDuringAbsence',
  'meetingsWithoutLeader',
  'interventions',
  'responses',
  'initiatives',
  'confirmedUnchanged',
] as const;
export const RATE_KEYS = ['interventionRate', 'responseShare', 'confirmationRate', 'untouchedOrConfirmedRate', 'shareDuringAbsence'] as const;
export type CountKey = (typeof COUNT_KEYS)[number];
export type RateKey = (typeof RATE_KEYS)[number];
export type ReportKey = CountKey | RateKey;

export interface LatencySummary {
  count: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
}

export type ReportData = Record<CountKey, number> &
  Record<RateKey, number | null> & {
    leaderId: string;
    absences: Array<{ from: string; to: string }>;
    onlyArchival: boolean;
    decisionsByMonth: Array<{ month: string; meeting: number; poll: number }>;
    meetingsByChair: Array<{ chairId: string | null; meetings: number }>;
    correspondenceByKind: Array<LatencySummary & { kind: string; messages: number; delivered: number }>;
    replyLatency: LatencySummary & { replies: number };
    initiators: Array<{ memberId: string | null; decisions: number; decisionsDuringAbsence: number; responses: number; initiatives: number }>;
  };

export interface PublishedFigure {
  key: ReportKey;
  label: string;
  value: number;
  quoted: string;
  provenance: 'secondary' | 'unverified' | 'derived';
  caveat: string;
  sourceIds: readonly string[];
}

export interface ExplainRow {
  table?: string;
  row?: number;
  values?: Record<string, unknown>;
  [k: string]: unknown;
}
