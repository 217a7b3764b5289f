import { PROVENANCE_CAVEAT_1934, PUBLISHED_FIGURES_1934, type PublishedFigure } from '@politburo/scenarios';

/**
 * What a report on a shipped scenario must say beside its figures: how sure each
 * published figure is and where it comes from, and that the filler rows are synthetic.
 */
export interface ScenarioProvenance {
  caveat: string;
  published: Array<Pick<PublishedFigure, 'key' | 'value' | 'quoted' | 'provenance' | 'caveat' | 'sourceIds'>>;
}

export const scenarioProvenance = (name: string): ScenarioProvenance | undefined =>
  name === '1934'
    ? {
        caveat: PROVENANCE_CAVEAT_1934,
        published: PUBLISHED_FIGURES_1934.map(({ key, value, quoted, provenance, caveat, sourceIds }) => ({ key, value, quoted, provenance, caveat, sourceIds })),
      }
    : undefined;

export const formatProvenance = (p: ScenarioProvenance): string => {
  const lines = ['', 'Provenance of the published figures (the report above is recomputed from the scenario record):', `  ${p.caveat}`, ''];
  for (const f of p.published) lines.push(`  ${f.key.padEnd(26)} published ${f.quoted.padEnd(9)} [${f.provenance}] sources: ${f.sourceIds.join(', ')}`);
  lines.push('', 'The full account: docs/scenario-1934.md; archival rows alone: --only archival.', '');
  return lines.join('\n');
};
