export {
  EVIDENCE_CAVEAT_1934,
  describeScenario,
  isReadOnlyScenario,
  isScenarioName,
  readScenarioMeta,
  type ScenarioDescription,
  type ScenarioMeta,
  scenarioNames,
  scenarioPath,
} from './scenarios.ts';
export {
  type FigureProvenance,
  OFFICE_GAP_1934,
  PROVENANCE_CAVEAT_1934,
  PUBLISHED_ABSENCE_1934,
  PUBLISHED_COUNTS_1934,
  PUBLISHED_FIGURES_1934,
  type FigureKey,
  type FigureText,
  type PublishedFigure,
  publishedFigure1934,
  QUOTED_FIGURES_1934,
  HOLIDAY_STATUS,
} from './published-figures.ts';
export {
  BASIS_LABELS,
  BASIS_LABELS_RU,
  type ComparedFigure,
  type ComparedValue,
  compareReadings,
  FIGURE_BASES,
  type FigureBasis,
  type FigureReading,
  RATE_READING_KEYS,
  READING_KEYS,
  type ReadingInput,
  type ReadingKey,
  type ReportFigures,
  SCENARIO_READINGS,
} from './readings.ts';
export { EVIDENCE_RANGES_1934, type EvidenceRange, FORGED_SITTINGS_1934 } from './evidence-1934.ts';
export { type CitationContext, type CslItem, sourcesToBibtex, sourcesToCslJson } from './citations.ts';
export { ALL_TEXT_IDS, text as scenarioText, type TextId } from './texts.ts';
export { EVIDENCE_COUNTS_1934 } from './evidence-counts.ts';
