/**
 * Two readings of 1934, figure by figure: what each scenario's value rests on. The
 * report computes the numbers; this says, for each report key and scenario, whether the
 * value is counted from archival rows, quoted, estimated from the protocol numbering, or
 * made by synthetic filler — so a comparison shows at a glance which numbers rest on
 * evidence. The product describes; the basis is a fact about the data, not a verdict.
 */

/** How a scenario's value of a figure came about. */
import { textOf } from './texts.ts';

export const FIGURE_BASES = ['archival', 'quoted', 'derived', 'estimated', 'synthetic'] as const;
export type FigureBasis = (typeof FIGURE_BASES)[number];

export const BASIS_LABELS: Record<FigureBasis, string> = Object.fromEntries(FIGURE_BASES.map((b) => [b, textOf(`basis.${b}`).en])) as Record<FigureBasis, string>;
export const BASIS_LABELS_RU: Record<FigureBasis, string> = Object.fromEntries(FIGURE_BASES.map((b) => [b, textOf(`basis.${b}`).ru])) as Record<FigureBasis, string>;

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
  /** The same in Russian. */
  ru: { note: string };
}

const HOLIDAY = ['holiday-figures-unlocated'] as const;
type Basis = [FigureBasis, readonly string[]];
/** What both readings rest on alike: the holiday counts as quoted, and what the rows alone can tell. */
const BOTH = {
  meetingsWithoutLeader: ['archival', []],
  interventions: ['quoted', HOLIDAY],
  responses: ['quoted', HOLIDAY],
  initiatives: ['derived', HOLIDAY],
  confirmedUnchanged: ['derived', HOLIDAY],
  interventionRate: ['quoted', HOLIDAY],
  responseShare: ['quoted', HOLIDAY],
  confirmationRate: ['quoted', HOLIDAY],
  untouchedOrConfirmedRate: ['quoted', HOLIDAY],
  shareDuringAbsence: ['quoted', HOLIDAY],
  decisionsWithoutPoll: ['archival', []],
  decisionsRestricted: ['synthetic', []],
  meetingsWithAttendance: ['archival', []],
} satisfies Partial<Record<ReadingKey, Basis>>;
/** The bases by scenario; the words are data (texts-1934.json, `reading.<scenario>.<key>`). */
const BASES: Record<'1934' | '1934-evidence', Record<ReadingKey, Basis>> = {
  '1934': {
    decisionsTotal: ['quoted', ['khlevniuk-1996-p289', 'ken-rupasov-2016']],
    meetingsTotal: ['quoted', ['msu-all-stalins-men']],
    protocolsTotal: ['synthetic', []],
    decisionsDuringAbsence: ['quoted', HOLIDAY],
    meetingsDuringAbsence: ['quoted', HOLIDAY],
    protocolsDuringAbsence: ['synthetic', []],
    ...BOTH,
  },
  '1934-evidence': {
    decisionsTotal: ['quoted', ['khlevniuk-1996-p289', 'ken-rupasov-2016']],
    meetingsTotal: ['estimated', ['ken-rupasov-219', 'ken-rupasov-128', 'istmat-48103', 'kirilina-kirov-121', 'istmat-36178', 'istmat-36263']],
    protocolsTotal: ['estimated', ['khlevniuk-khozyain', 'ken-rupasov-219', 'ken-rupasov-128', 'istmat-48103', 'ken-rupasov-114']],
    decisionsDuringAbsence: ['quoted', HOLIDAY],
    meetingsDuringAbsence: ['estimated', ['kirilina-kirov-121', 'istmat-36178', 'istmat-36263']],
    protocolsDuringAbsence: ['estimated', ['zhukov-inoy-stalin', 'istmat-36216', 'istmat-36277', 'kirilina-kirov-121']],
    ...BOTH,
  },
};

const readingsOf = (scenario: keyof typeof BASES): Record<ReadingKey, FigureReading> =>
  Object.fromEntries(
    READING_KEYS.map((key) => {
      const [basis, sourceIds] = BASES[scenario][key];
      const words = textOf(`reading.${scenario}.${key}`);
      return [key, { basis, note: words.en, sourceIds, ru: { note: words.ru } }];
    }),
  ) as Record<ReadingKey, FigureReading>;

export const SCENARIO_READINGS: Readonly<Record<string, Record<ReadingKey, FigureReading>>> = {
  '1934': readingsOf('1934'),
  '1934-evidence': readingsOf('1934-evidence'),
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
  /** The basis and the note in Russian. */
  ru: { basisLabel: string; note: string };
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

const unknownWords = textOf('reading.unknown');
const unknownBasis: FigureReading = { basis: 'synthetic', note: unknownWords.en, sourceIds: [], ru: { note: unknownWords.ru } };

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
        ru: { basisLabel: BASIS_LABELS_RU[r.basis], note: r.ru.note },
      };
    });
    return { key, rate: RATE_READING_KEYS.includes(key), values, same: values.every((v) => v.value === values[0]?.value) };
  });
