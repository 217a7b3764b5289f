/**
 * The quoted 1934 figures (named "published" in the code for history's sake: they are
 * quoted in the secondary literature, and most have no located source), each with where
 * it comes from and how sure that is,
 * so that every place that shows a figure can show its caveat beside it. Keys are
 * the report's keys (issue #3), so a report can be compared figure by figure.
 */

/** How firmly a figure's provenance is established. */
export type FigureProvenance =
  /** Quoted from a located secondary work that names its basis. */
  | 'secondary'
  /** Quoted without a located primary source, or possibly a different quantity. */
  | 'unverified'
  /** Not printed anywhere: the only whole number consistent with printed percentages. */
  | 'derived';

export interface PublishedFigure {
  /** The report key the figure corresponds to. */
  key:
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
  label: string;
  /** What the figure is, said plainly wherever it is shown ("quoted in the secondary literature; source not located"…). */
  status: string;
  /** Counts are whole numbers; rates are the exact fractions the counts imply. */
  value: number;
  /** As printed (or, for derived counts, "not printed"). */
  quoted: string;
  provenance: FigureProvenance;
  /** Shown beside the figure wherever it appears. */
  caveat: string;
  /** Ids in the scenario's sources.csv. */
  sourceIds: readonly string[];
}

const HOLIDAY_CAVEAT =
  'Quoted in the secondary literature; source not located (perhaps P. R. Gregory, The Political Economy of Stalinism, 2004, around p. 68 — not checked). No definition of "intervention" or of the outcome categories has been located. 1,038 is almost exactly 3,945 pro-rated over the holiday months, so it may be derived rather than counted (inference).';
const HOLIDAY_SOURCES = ['holiday-figures-unlocated'] as const;
export const HOLIDAY_STATUS = 'quoted in the secondary literature; source not located';
const DERIVED_STATUS = 'not printed: derived from the quoted percentages';

export const PUBLISHED_ABSENCE_1934 = { from: '1934-08-01', to: '1934-10-31', label: 'the published August–October window' } as const;
/** No visitors were recorded in the leader's Kremlin office over this span (Russian edition, 1934 introduction). */
export const OFFICE_GAP_1934 = { from: '1934-07-30', to: '1934-10-31', label: 'no Kremlin office visitors', sourceId: 'ru-ed-1934-intro' } as const;

export const PROVENANCE_CAVEAT_1934 =
  'The 1934 figures are quoted, not recounted: 3,945 is Khlevniuk’s count of protocol items (1996, p. 289, via Ken & Rupasov); "46 meetings" is probably the 1930–36 yearly average rather than a count for 1934; the holiday figures (1,038 … 84%) are quoted in the secondary literature, source not located. The scenario is built to these counts; its filler rows are synthetic.';

export const PUBLISHED_FIGURES_1934: readonly PublishedFigure[] = [
  {
    key: 'decisionsTotal',
    label: 'decisions (protocol items) in 1934',
    status: 'quoted in the secondary literature; source located (Khlevniuk 1996, p. 289, as cited by Ken & Rupasov)',
    value: 3945,
    quoted: '3,945',
    provenance: 'secondary',
    caveat:
      'A count of protocol items (one item may hold several sub-decisions; special-folder items included) from O. V. Khlevniuk, Политбюро (1996), p. 289, as cited by Ken & Rupasov (2016, fn. 31); Khlevniuk’s page itself not seen.',
    sourceIds: ['khlevniuk-1996-p289', 'ken-rupasov-2016'],
  },
  {
    key: 'meetingsTotal',
    label: 'Politburo sittings in 1934',
    status: 'quoted in the secondary literature; probably the 1930–36 yearly average, not a count for 1934',
    value: 46,
    quoted: '46',
    provenance: 'unverified',
    caveat:
      'Probably the 1930–36 average, not a count for 1934: the MSU page gives 46 as the AVERAGE number of sittings a year over 1930–36 (falling after 1932), and no source seen gives 46 for 1934 itself. The 1934 protocol numbering points to about 20–25 protocols in the year (see the scenario 1934-evidence). Note that 16 of the 46 would fall in the three holiday months.',
    sourceIds: ['msu-all-stalins-men'],
  },
  {
    key: 'decisionsDuringAbsence',
    label: 'decisions during the leader’s holiday (August–October)',
    status: HOLIDAY_STATUS,
    value: 1038,
    quoted: '1,038',
    provenance: 'unverified',
    caveat: HOLIDAY_CAVEAT,
    sourceIds: HOLIDAY_SOURCES,
  },
  {
    key: 'meetingsDuringAbsence',
    label: 'sittings during the holiday, without the leader',
    status: HOLIDAY_STATUS,
    value: 16,
    quoted: '16',
    provenance: 'unverified',
    caveat: HOLIDAY_CAVEAT,
    sourceIds: HOLIDAY_SOURCES,
  },
  {
    key: 'interventions',
    label: 'holiday decisions in which the leader intervened',
    status: HOLIDAY_STATUS,
    value: 119,
    quoted: '119',
    provenance: 'unverified',
    caveat: HOLIDAY_CAVEAT,
    sourceIds: HOLIDAY_SOURCES,
  },
  {
    key: 'interventionRate',
    label: 'share of holiday decisions with an intervention',
    status: HOLIDAY_STATUS,
    value: 119 / 1038,
    quoted: '11%',
    provenance: 'unverified',
    caveat: `${HOLIDAY_CAVEAT} 119 / 1,038 = 11.5%, printed as 11%.`,
    sourceIds: HOLIDAY_SOURCES,
  },
  {
    key: 'responses',
    label: 'interventions that answered the deputy’s initiatives',
    status: HOLIDAY_STATUS,
    value: 91,
    quoted: '91',
    provenance: 'unverified',
    caveat: HOLIDAY_CAVEAT,
    sourceIds: HOLIDAY_SOURCES,
  },
  {
    key: 'responseShare',
    label: 'share of interventions that were responses',
    status: HOLIDAY_STATUS,
    value: 91 / 119,
    quoted: '76%',
    provenance: 'unverified',
    caveat: `${HOLIDAY_CAVEAT} 91 / 119 = 76.5%, printed as 76%.`,
    sourceIds: HOLIDAY_SOURCES,
  },
  {
    key: 'initiatives',
    label: 'points the leader raised himself',
    status: DERIVED_STATUS,
    value: 28,
    quoted: 'not printed (119 − 91)',
    provenance: 'derived',
    caveat: 'Not printed in the quotation: 119 − 91.',
    sourceIds: HOLIDAY_SOURCES,
  },
  {
    key: 'confirmedUnchanged',
    label: 'responses that confirmed the deputy’s proposal unchanged',
    status: DERIVED_STATUS,
    value: 76,
    quoted: 'not printed (84% of 91)',
    provenance: 'derived',
    caveat: 'Not printed in the quotation: the only whole number consistent with 84% of 91 and with the printed 96%.',
    sourceIds: HOLIDAY_SOURCES,
  },
  {
    key: 'confirmationRate',
    label: 'share of responses that confirmed unchanged',
    status: HOLIDAY_STATUS,
    value: 76 / 91,
    quoted: '84%',
    provenance: 'unverified',
    caveat: `${HOLIDAY_CAVEAT} 76 / 91 = 83.5%, printed as 84%.`,
    sourceIds: HOLIDAY_SOURCES,
  },
  {
    key: 'untouchedOrConfirmedRate',
    label: 'holiday decisions the leader did not touch or routinely confirmed',
    status: HOLIDAY_STATUS,
    value: (1038 - 119 + 76) / 1038,
    quoted: '96%',
    provenance: 'unverified',
    caveat: `${HOLIDAY_CAVEAT} (1,038 − 119 + 76) / 1,038 = 95.9%, printed as 96%.`,
    sourceIds: HOLIDAY_SOURCES,
  },
  {
    key: 'shareDuringAbsence',
    label: 'share of the year’s decisions taken during the holiday',
    status: HOLIDAY_STATUS,
    value: 1038 / 3945,
    quoted: '26% ("more than a quarter")',
    provenance: 'unverified',
    caveat: `${HOLIDAY_CAVEAT} 1,038 / 3,945 = 26.3%.`,
    sourceIds: [...HOLIDAY_SOURCES, 'khlevniuk-1996-p289'],
  },
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
