/**
 * `politburo report --scenario A --compare B`: every figure of the report under two
 * scenarios, side by side, each value with what it rests on (counted from archival rows,
 * quoted, estimated from the protocol numbering, synthetic filler) and its count over the
 * archival rows alone. The bases come from the scenarios package; the numbers from the
 * report, computed here on each record exactly as `report --scenario` does.
 */
import { computeReport, type ReportOptions } from '@politburo/analytics';
import { type Lang, translator } from '@politburo/i18n';
import { readRecord } from '@politburo/record';
import { BASIS_LABELS, BASIS_LABELS_RU, type ComparedFigure, compareReadings, describeScenario, FIGURE_BASES, readScenarioMeta, scenarioPath } from '@politburo/scenarios';

export interface ReadingsComparison {
  scenarios: Array<{ name: string; title: string; version: string; reading: string; caveat: string }>;
  absences: Array<{ from: string; to: string }>;
  figures: ComparedFigure[];
  bases: Record<string, string>;
}

export const compareScenarios = async (names: readonly string[], options: ReportOptions): Promise<ReadingsComparison> => {
  const inputs = await Promise.all(
    names.map(async (name) => {
      const record = await readRecord(scenarioPath(name));
      const report = computeReport(record, { ...options, onlyArchival: false });
      const archivalReport = computeReport(record, { ...options, onlyArchival: true, explain: undefined });
      const d = describeScenario(name);
      const meta = await readScenarioMeta(name);
      return { scenario: name, report, archivalReport, head: { name, title: d.title, version: meta.version, reading: d.readingLabel, caveat: d.caveat }, absences: report.absences };
    }),
  );
  return {
    scenarios: inputs.map((i) => i.head),
    absences: inputs[0]?.absences ?? [],
    figures: compareReadings(inputs),
    bases: Object.fromEntries(FIGURE_BASES.map((b) => [b, BASIS_LABELS[b]])),
  };
};

const show = (rate: boolean, v: number | null): string => (v === null ? '—' : rate ? `${(v * 100).toFixed(1)}%` : v.toLocaleString('en-US'));

export const formatComparison = (c: ReadingsComparison, lang: Lang = 'en'): string => {
  const t = translator(lang);
  const ru = lang === 'ru';
  const basisWord = t('cli.compare.basis');
  const names = c.scenarios.map((s) => s.name);
  const header = [t('cli.compare.figure'), ...names.flatMap((n) => [n, basisWord, t('cli.compare.archivalRows')])];
  const rows = c.figures.map((f) => [f.key, ...f.values.flatMap((v) => [show(f.rate, v.value), v.basis, show(f.rate, v.archivalValue)])]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((cell, i) => (i === 0 || header[i] === basisWord ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  const scenarioWords = (name: string, en: { reading: string; caveat: string }) => (ru ? { reading: describeScenario(name).ru.readingLabel, caveat: describeScenario(name).ru.caveat } : en);
  const bases = ru ? BASIS_LABELS_RU : c.bases;
  const out = [
    t('cli.compare.head', { windows: c.absences.map((w) => `${w.from}..${w.to}`).join(', ') || t('cli.report.none') }),
    ...c.scenarios.map((s) => `  ${s.name} (${s.version}): ${scenarioWords(s.name, s).reading}`),
    '',
    line(header),
    ...rows.map(line),
    '',
    t('cli.compare.bases', { bases: Object.entries(bases).map(([k, v]) => `${k} = ${v}`).join('; ') }),
    '',
    t('cli.compare.differ'),
  ];
  for (const f of c.figures.filter((x) => !x.same)) {
    out.push(`  ${f.key}:`);
    for (const v of f.values) {
      const w = ru ? v.ru : v;
      out.push(`    ${v.scenario}: ${show(f.rate, v.value)} — ${w.basisLabel}. ${w.note}${v.sourceIds.length ? ` [${v.sourceIds.join(', ')}]` : ''}`);
    }
  }
  out.push('', ...c.scenarios.map((s) => `${s.name}: ${scenarioWords(s.name, s).caveat}`), '', t('cli.compare.more'), '');
  return out.join('\n');
};
