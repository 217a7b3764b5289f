/**
 * The quoted 1934 figures (named "published" in the code for history's sake: they are
 * quoted in the secondary literature, and most have no located source), each with where
 * it comes from and how sure that is,
 * so that every place that shows a figure can show its caveat beside it. Keys are
 * the report's keys (issue #3), so a report can be compared figure by figure.
 */

import { text, textOf } from './texts.ts';

/** How firmly a figure's provenance is established. */
export type FigureProvenance =
  /** Quoted from a located secondary work that names its basis. */
  | 'secondary'
  /** Quoted without a located primary source, or possibly a different quantity. */
  | 'unverified'
  /** Not printed anywhere: the only whole number consistent with printed percentages. */
  | 'derived';

/** What a figure says in words, in one language. */
export interface FigureText {
  label: string;
  /** What the figure is, said plainly wherever it is shown ("quoted in the secondary literature; source not located"…). */
  status: string;
  /** As printed (or, for derived counts, "not printed"). */
  quoted: string;
  /** Shown beside the figure wherever it appears. */
  caveat: string;
}

export type FigureKey =
  | 'decisionsTotal'
  | 'meetingsTotal'
  | 'decisionsDuringAbsence'
  | 'meetingsDuringAbsence'
  | 'interventions'
  | 'interventionRate'
  | 'responses'
  | 'responseShare'
  | 'initiatives'
  | 'confirmedUnchanged'
  | 'confirmationRate'
  | 'untouchedOrConfirmedRate'
  | 'shareDuringAbsence';

/** The English words at the top level (as every consumer has read them), the Russian beside them in `ru`. */
export interface PublishedFigure extends FigureText {
  /** The report key the figure corresponds to. */
  key: FigureKey;
  /** Counts are whole numbers; rates are the exact fractions the counts imply. */
  value: number;
  provenance: FigureProvenance;
  /** Ids in the scenario's sources.csv. */
  sourceIds: readonly string[];
  ru: FigureText;
}

const HOLIDAY_SOURCES = ['holiday-figures-unlocated'] as const;
export const HOLIDAY_STATUS = text('holidayStatus').en;

export const PUBLISHED_ABSENCE_1934 = { from: '1934-08-01', to: '1934-10-31', label: text('absenceLabel').en, labelRu: text('absenceLabel').ru } as const;
/** No visitors were recorded in the leader's Kremlin office over this span (Russian edition, 1934 introduction). */
export const OFFICE_GAP_1934 = { from: '1934-07-30', to: '1934-10-31', label: text('officeGapLabel').en, labelRu: text('officeGapLabel').ru, sourceId: 'ru-ed-1934-intro' } as const;

export const PROVENANCE_CAVEAT_1934 = text('provenanceCaveat').en;

const words = (key: FigureKey, lang: 'en' | 'ru'): FigureText => ({
  label: textOf(`figure.${key}.label`)[lang],
  status: textOf(`figure.${key}.status`)[lang],
  quoted: textOf(`figure.${key}.quoted`)[lang],
  caveat: textOf(`figure.${key}.caveat`)[lang],
});
const figure = (key: FigureKey, value: number, provenance: FigureProvenance, sourceIds: readonly string[]): PublishedFigure => {
  const en = words(key, 'en');
  return { key, label: en.label, status: en.status, value, quoted: en.quoted, provenance, caveat: en.caveat, sourceIds, ru: words(key, 'ru') };
};

export const PUBLISHED_FIGURES_1934: readonly PublishedFigure[] = [
  figure('decisionsTotal', 3945, 'secondary', ['khlevniuk-1996-p289', 'ken-rupasov-2016']),
  figure('meetingsTotal', 46, 'unverified', ['msu-all-stalins-men']),
  figure('decisionsDuringAbsence', 1038, 'unverified', HOLIDAY_SOURCES),
  figure('meetingsDuringAbsence', 16, 'unverified', HOLIDAY_SOURCES),
  figure('interventions', 119, 'unverified', HOLIDAY_SOURCES),
  figure('interventionRate', 119 / 1038, 'unverified', HOLIDAY_SOURCES),
  figure('responses', 91, 'unverified', HOLIDAY_SOURCES),
  figure('responseShare', 91 / 119, 'unverified', HOLIDAY_SOURCES),
  figure('initiatives', 28, 'derived', HOLIDAY_SOURCES),
  figure('confirmedUnchanged', 76, 'derived', HOLIDAY_SOURCES),
  figure('confirmationRate', 76 / 91, 'unverified', HOLIDAY_SOURCES),
  figure('untouchedOrConfirmedRate', (1038 - 119 + 76) / 1038, 'unverified', HOLIDAY_SOURCES),
  figure('shareDuringAbsence', 1038 / 3945, 'unverified', [...HOLIDAY_SOURCES, 'khlevniuk-1996-p289']),
];

/** The figure for a report key. */
export const publishedFigure1934 = (key: PublishedFigure['key']): PublishedFigure | undefined => PUBLISHED_FIGURES_1934.find((f) => f.key === key);

/** The counts the scenario is built to, by report key. */
export const PUBLISHED_COUNTS_1934 = {
  decisionsTotal: 3945,
  meetingsTotal: 46,
  decisionsDuringAbsence: 1038,
  meetingsDuringAbsence: 16,
  interventions: 119,
  responses: 91,
  initiatives: 28,
  confirmedUnchanged: 76,
} as const;

/** The same figures under the name they deserve: quoted, not published. */
export const QUOTED_FIGURES_1934 = PUBLISHED_FIGURES_1934;
