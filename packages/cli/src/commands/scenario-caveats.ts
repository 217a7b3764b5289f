import { BASIS_LABELS, describeScenario, type FigureReading, isScenarioName, PUBLISHED_FIGURES_1934, type PublishedFigure, type ReadingKey } from '@politburo/scenarios';

/**
 * What a report on a shipped scenario must say beside its figures: what each value rests
 * on in this scenario (its basis), how sure each quoted figure is and where it comes from,
 * and that the filler rows are synthetic.
 */
export interface ScenarioProvenance {
  scenario: string;
  reading: string;
  caveat: string;
  /** The quoted figures the readings are measured against ("published" in older output: they are quoted, most without a located source). */
  published: Array<Pick<PublishedFigure, 'key' | 'value' | 'quoted' | 'status' | 'provenance' | 'caveat' | 'sourceIds'>>;
  /** Per report key: what this scenario's value rests on. */
  basis: Record<ReadingKey, FigureReading & { basisLabel: string }>;
}

export const scenarioProvenance = (name: string): ScenarioProvenance | undefined => {
  if (!isScenarioName(name)) return undefined;
  const d = describeScenario(name);
  return {
    scenario: name,
    reading: d.readingLabel,
    caveat: d.caveat,
    published: PUBLISHED_FIGURES_1934.map(({ key, value, quoted, status, provenance, caveat, sourceIds }) => ({ key, value, quoted, status, provenance, caveat, sourceIds })),
    basis: Object.fromEntries(Object.entries(d.figureReadings).map(([k, r]) => [k, { ...r, basisLabel: BASIS_LABELS[r.basis] }])) as ScenarioProvenance['basis'],
  };
};

export const formatProvenance = (p: ScenarioProvenance): string => {
  const lines = ['', `Scenario ${p.scenario}: ${p.reading}.`, `  ${p.caveat}`, '', 'What each figure rests on in this scenario:'];
  for (const [k, r] of Object.entries(p.basis)) lines.push(`  ${k.padEnd(26)} ${r.basisLabel}`);
  lines.push('', 'The quoted figures (the report above is recomputed from the scenario record):');
  for (const f of p.published) lines.push(`  ${f.key.padEnd(26)} quoted ${f.quoted.padEnd(9)} ${f.status} [sources: ${f.sourceIds.join(', ')}]`);
  lines.push('', 'The full account: docs/scenario-1934.md; archival rows alone: --only archival; both readings: --scenario 1934 --compare 1934-evidence.', '');
  return lines.join('\n');
};
