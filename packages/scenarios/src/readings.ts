/**
 * Two readings of 1934, figure by figure: what each scenario's value rests on. The
 * report computes the numbers; this says, for each report key and scenario, whether the
 * value is counted from archival rows, quoted, estimated from the protocol numbering, or
 * made by synthetic filler — so a comparison shows at a glance which numbers rest on
 * evidence. The product describes; the basis is a fact about the data, not a verdict.
 */

/** How a scenario's value of a figure came about. */
export const FIGURE_BASES = ['archival', 'quoted', 'derived', 'estimated', 'synthetic'] as const;
export type FigureBasis = (typeof FIGURE_BASES)[number];

export const BASIS_LABELS: Record<FigureBasis, string> = {
  archival: 'counted from archival rows',
  quoted: 'quoted in the secondary literature',
  derived: 'derived from quoted figures',
  estimated: 'estimated from the protocol numbering',
  synthetic: 'synthetic filler',
};

/** The report keys a reading speaks to (the analytics report's figures). */
export const READING_KEYS = [
  'decisionsTotal',
  'meetingsTotal',
  'protocolsTotal',
  'decisionsDuringAbsence',
  'meetingsDuringAbsence',
  'protocolsDuringAbsence',
  'meetingsWithoutLeader',
  'interventions',
  'responses',
  'initiatives',
  'confirmedUnchanged',
  'interventionRate',
  'responseShare',
  'confirmationRate',
  'untouchedOrConfirmedRate',
  'shareDuringAbsence',
  'decisionsWithoutPoll',
  'decisionsRestricted',
  'meetingsWithAttendance',
] as const;
export type ReadingKey = (typeof READING_KEYS)[number];
export const RATE_READING_KEYS: readonly ReadingKey[] = ['interventionRate', 'responseShare', 'confirmationRate', 'untouchedOrConfirmedRate', 'shareDuringAbsence'];

export interface FigureReading {
  basis: FigureBasis;
  /** One sentence: why this basis, stated as inference where it is inference. */
  note: string;
  sourceIds: readonly string[];
}

const HOLIDAY = ['holiday-figures-unlocated'] as const;
const quotedHoliday = (note: string): FigureReading => ({ basis: 'quoted', note: `Quoted, source not located; ${note}`, sourceIds: HOLIDAY });
const attendance: FigureReading = {
  basis: 'archival',
  note: 'Counted from the rows: attendance is unknown on every sitting, so the figure reads unknown (null, attendance recorded for 0 sittings), not 0.',
  sourceIds: [],
};
const withAttendance: FigureReading = { basis: 'archival', note: 'Counted from the rows: no sitting of the scenario has a recorded attendance list.', sourceIds: [] };
const withoutPoll: FigureReading = {
  basis: 'archival',
  note: 'Counted from the rows: no decision is marked "без опроса"; Khlevniuk reports many such entries from September 1934, but no count of them has been seen, so none is invented.',
  sourceIds: [],
};
const restricted: FigureReading = {
  basis: 'synthetic',
  note: 'Mostly synthetic filler: the filler rows’ special-folder flags are drawn by the generator; the archival rows carry their own.',
  sourceIds: [],
};

const QUOTED: Record<ReadingKey, FigureReading> = {
  decisionsTotal: { basis: 'quoted', note: 'Khlevniuk’s count of protocol items (1996, p. 289, via Ken & Rupasov); the scenario is built to it.', sourceIds: ['khlevniuk-1996-p289', 'ken-rupasov-2016'] },
  meetingsTotal: { basis: 'quoted', note: 'Probably the 1930–36 yearly average (MSU), not a count for 1934; the scenario is built to it.', sourceIds: ['msu-all-stalins-men'] },
  protocolsTotal: { basis: 'synthetic', note: 'One protocol per sitting, numbered 1–46 by the scenario: no source numbers the 1934 protocols this way.', sourceIds: [] },
  decisionsDuringAbsence: quotedHoliday('the scenario is built to it.'),
  meetingsDuringAbsence: quotedHoliday('the scenario is built to it.'),
  protocolsDuringAbsence: { basis: 'synthetic', note: 'One protocol per sitting (the scenario’s numbering).', sourceIds: [] },
  meetingsWithoutLeader: attendance,
  interventions: quotedHoliday('made up by synthetic coded interventions beside the archival ones.'),
  responses: quotedHoliday('made up by synthetic coded interventions.'),
  initiatives: { basis: 'derived', note: 'Not printed: interventions − responses.', sourceIds: HOLIDAY },
  confirmedUnchanged: { basis: 'derived', note: 'Not printed: the only whole number consistent with 84% of 91 and 96%.', sourceIds: HOLIDAY },
  interventionRate: quotedHoliday('printed as 11%.'),
  responseShare: quotedHoliday('printed as 76%.'),
  confirmationRate: quotedHoliday('printed as 84%.'),
  untouchedOrConfirmedRate: quotedHoliday('printed as 96%.'),
  shareDuringAbsence: quotedHoliday('printed as 26% (“more than a quarter”).'),
  decisionsWithoutPoll: withoutPoll,
  decisionsRestricted: restricted,
  meetingsWithAttendance: withAttendance,
};

const keptQuoted = (note: string): FigureReading => ({
  basis: 'quoted',
  note: `Kept from the quoted figures (source not located) as synthetic filler: the archive gives no other count. ${note}`.trim(),
  sourceIds: HOLIDAY,
});

const EVIDENCE: Record<ReadingKey, FigureReading> = {
  decisionsTotal: { basis: 'quoted', note: 'Khlevniuk’s count of protocol items, the count with the best source; kept.', sourceIds: ['khlevniuk-1996-p289', 'ken-rupasov-2016'] },
  meetingsTotal: {
    basis: 'estimated',
    note: 'One sitting on each protocol date (inference) plus the attested sittings (28 Aug is covered by the protocol of 26 Aug).',
    sourceIds: ['ken-rupasov-219', 'ken-rupasov-128', 'istmat-48103', 'kirilina-kirov-121', 'istmat-36178', 'istmat-36263'],
  },
  protocolsTotal: {
    basis: 'estimated',
    note: 'Inference from the numbering: No. 1 on 20 Feb (inference), No. 8 on 9 Jun, No. 9 on 26 Jun, No. 25 on 13 May 1935, plus the older series in January; the count drawn within 19–23 by a seeded rule.',
    sourceIds: ['khlevniuk-khozyain', 'ken-rupasov-219', 'ken-rupasov-128', 'istmat-48103', 'ken-rupasov-114'],
  },
  decisionsDuringAbsence: keptQuoted('Pro-rating 3,945 gives 994–1,039.'),
  meetingsDuringAbsence: {
    basis: 'estimated',
    note: 'The attested sittings of 26 Aug, 28 Aug and 23 Sep, and one on the date of each other holiday protocol (inference).',
    sourceIds: ['kirilina-kirov-121', 'istmat-36178', 'istmat-36263'],
  },
  protocolsDuringAbsence: {
    basis: 'estimated',
    note: 'Inference from the archive files f.17 op.3 d.950–953 (one protocol to a file): 4–6, drawn by a seeded rule.',
    sourceIds: ['zhukov-inoy-stalin', 'istmat-36216', 'istmat-36277', 'kirilina-kirov-121'],
  },
  meetingsWithoutLeader: attendance,
  interventions: keptQuoted(''),
  responses: keptQuoted(''),
  initiatives: { basis: 'derived', note: 'interventions − responses (both kept from the quoted figures).', sourceIds: HOLIDAY },
  confirmedUnchanged: { basis: 'derived', note: 'Kept from the quoted figures (84% of 91).', sourceIds: HOLIDAY },
  interventionRate: keptQuoted(''),
  responseShare: keptQuoted(''),
  confirmationRate: keptQuoted(''),
  untouchedOrConfirmedRate: keptQuoted(''),
  shareDuringAbsence: keptQuoted(''),
  decisionsWithoutPoll: withoutPoll,
  decisionsRestricted: restricted,
  meetingsWithAttendance: withAttendance,
};

export const SCENARIO_READINGS: Readonly<Record<string, Record<ReadingKey, FigureReading>>> = {
  '1934': QUOTED,
  '1934-evidence': EVIDENCE,
};

/** A report's figures, as the analytics package computes them (structural, so this package needs no analytics code). */
export type ReportFigures = Partial<Record<ReadingKey, number | null>>;

export interface ComparedValue {
  scenario: string;
  value: number | null;
  /** The same figure over the archival rows alone (`--only archival`). */
  archivalValue: number | null;
  basis: FigureBasis;
  basisLabel: string;
  note: string;
  sourceIds: readonly string[];
}

export interface ComparedFigure {
  key: ReadingKey;
  rate: boolean;
  values: ComparedValue[];
  /** Whether the scenarios give the same value. */
  same: boolean;
}

export interface ReadingInput {
  scenario: string;
  report: ReportFigures;
  archivalReport: ReportFigures;
}

const unknownBasis: FigureReading = { basis: 'synthetic', note: 'No reading is recorded for this scenario: treat the value as the record’s own.', sourceIds: [] };

/** The figures of two (or more) scenarios side by side, each value with its basis. */
export const compareReadings = (inputs: readonly ReadingInput[]): ComparedFigure[] =>
  READING_KEYS.map((key) => {
    const values = inputs.map((i): ComparedValue => {
      const r = SCENARIO_READINGS[i.scenario]?.[key] ?? unknownBasis;
      return {
        scenario: i.scenario,
        value: i.report[key] ?? null,
        archivalValue: i.archivalReport[key] ?? null,
        basis: r.basis,
        basisLabel: BASIS_LABELS[r.basis],
        note: r.note,
        sourceIds: r.sourceIds,
      };
    });
    return { key, rate: RATE_READING_KEYS.includes(key), values, same: values.every((v) => v.value === values[0]?.value) };
  });
