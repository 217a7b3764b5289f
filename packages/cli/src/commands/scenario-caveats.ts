import { type Lang, translator } from '@politburo/i18n';
import { BASIS_LABELS, BASIS_LABELS_RU, describeScenario, type FigureReading, isScenarioName, PUBLISHED_FIGURES_1934, type PublishedFigure, type ReadingKey } from '@politburo/scenarios';

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

export const formatProvenance = (p: ScenarioProvenance, lang: Lang = 'en'): string => {
  const t = translator(lang);
  const ru = lang === 'ru';
  const d = describeScenario(p.scenario);
  const reading = ru ? d.ru.readingLabel : p.reading;
  const caveat = ru ? d.ru.caveat : p.caveat;
  const lines = ['', t('cli.provenance.scenario', { name: p.scenario, reading }), `  ${caveat}`, '', t('cli.provenance.restsOn')];
  for (const [k, r] of Object.entries(p.basis)) lines.push(`  ${k.padEnd(26)} ${ru ? BASIS_LABELS_RU[r.basis] : r.basisLabel}`);
  lines.push('', t('cli.provenance.quotedHead'));
  for (const f of p.published) {
    const words = ru ? PUBLISHED_FIGURES_1934.find((x) => x.key === f.key)!.ru : f;
    lines.push(`  ${f.key.padEnd(26)} ${t('cli.provenance.quoted')} ${words.quoted.padEnd(9)} ${words.status} [${t('cli.provenance.sources')}: ${f.sourceIds.join(', ')}]`);
  }
  lines.push('', t('cli.provenance.more'), '');
  return lines.join('\n');
};
