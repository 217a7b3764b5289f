export {
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
  type PublishedFigure,
  publishedFigure1934,
} from './published-figures.ts';
