/**
 * The report's figures, named once. Counts are integers; each rate is a pair of
 * counts, so the JSON form divides them (null when the denominator is 0) and the
 * text form rounds half-up in integer arithmetic, never through a float.
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
  'protocolsTotal',
  'protocolsDuringAbsence',
  'decisionsWithoutPoll',
  'decisionsRestricted',
  'meetingsWithAttendance',
] as const;
export type CountKey = (typeof COUNT_KEYS)[number];

/**
 * Figures that read "unknown" rather than 0 when nothing they rest on was recorded:
 * the figure, and the count it rests on. Sittings without the leader are knowable
 * only from sittings whose attendance was recorded.
 */
export const RESTS_ON = { meetingsWithoutLeader: 'meetingsWithAttendance' } as const satisfies Partial<Record<CountKey, CountKey>>;

/** A count as the report gives it: null (unknown) where the count it rests on is 0. One definition, for the report and the simulator. */
export const figureOf = (key: CountKey, c: Counts): number | null => {
  const basis = (RESTS_ON as Partial<Record<CountKey, CountKey>>)[key];
  return basis !== undefined && c[basis] === 0 ? null : c[key];
};

export const RATE_KEYS = ['interventionRate', 'responseShare', 'confirmationRate', 'untouchedOrConfirmedRate', 'shareDuringAbsence'] as const;
export type RateKey = (typeof RATE_KEYS)[number];

export type ReportKey = CountKey | RateKey;
export const REPORT_KEYS: readonly ReportKey[] = [...COUNT_KEYS, ...RATE_KEYS];

export type Counts = Record<CountKey, number>;

/** What a rate reads: every count but those that may be unknown. */
export type RateCounts = Omit<Counts, 'meetingsWithoutLeader'>;

export interface RateDefinition {
  numerator(c: RateCounts): number;
  denominator(c: RateCounts): number;
  /** Where `explain` finds the rows behind the numerator. */
  numeratorRows: CountKey | 'untouchedOrConfirmed';
}

export const RATE_DEFINITIONS: Record<RateKey, RateDefinition> = {
  interventionRate: { numerator: (c) => c.interventions, denominator: (c) => c.decisionsDuringAbsence, numeratorRows: 'interventions' },
  responseShare: { numerator: (c) => c.responses, denominator: (c) => c.interventions, numeratorRows: 'responses' },
  confirmationRate: { numerator: (c) => c.confirmedUnchanged, denominator: (c) => c.responses, numeratorRows: 'confirmedUnchanged' },
  untouchedOrConfirmedRate: {
    numerator: (c) => c.decisionsDuringAbsence - c.interventions + c.confirmedUnchanged,
    denominator: (c) => c.decisionsDuringAbsence,
    numeratorRows: 'untouchedOrConfirmed',
  },
  shareDuringAbsence: { numerator: (c) => c.decisionsDuringAbsence, denominator: (c) => c.decisionsTotal, numeratorRows: 'decisionsDuringAbsence' },
};

/** The unrounded fraction, or null where the denominator is 0. */
export const rateOf = (key: RateKey, c: RateCounts): number | null => {
  const d = RATE_DEFINITIONS[key].denominator(c);
  return d === 0 ? null : RATE_DEFINITIONS[key].numerator(c) / d;
};

/** Whole percent rounded half-up, computed on integers: floor((200n + d) / 2d). */
export const percentHalfUp = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : Math.floor((200 * numerator + denominator) / (2 * denominator));

export const isReportKey = (s: string): s is ReportKey => (REPORT_KEYS as readonly string[]).includes(s);
