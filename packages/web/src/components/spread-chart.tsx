import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpreadRow } from '../pages/simulator-page.tsx';
import { Plot, PlotFigure } from './plot-figure.tsx';

/**
 * Each run's figure as a share of the published value (100% = the 1934 record): the runs as
 * dots, the 5–95% range as a bar, the mean as a tick. Simulated values are synthetic.
 */
export default function SpreadChart({ rows }: { rows: SpreadRow[] }) {
  const { t } = useTranslation();
  const label = (r: SpreadRow) => t(`figure.${r.key}`, { defaultValue: r.key });
  const dots = rows.flatMap((r) => r.values.map((v) => ({ figure: label(r), ratio: v / r.published! })));
  const ranges = rows.flatMap((r) =>
    r.spread.p5 !== null && r.spread.p95 !== null ? [{ figure: label(r), lo: r.spread.p5 / r.published!, hi: r.spread.p95 / r.published!, mean: (r.spread.mean ?? 0) / r.published! }] : [],
  );
  const make = useCallback(
    (): Plot.PlotOptions => ({
      height: 60 + rows.length * 34,
      marginLeft: 200,
      x: { label: t('sim.ratio'), percent: true, grid: true },
      y: { label: null },
      marks: [
        Plot.ruleX([1], { stroke: '#8a1c1c' }),
        Plot.barX(ranges, { x1: 'lo', x2: 'hi', y: 'figure', fill: '#5b4b8a', fillOpacity: 0.25 }),
        Plot.dot(dots, { x: 'ratio', y: 'figure', r: 2.5, fill: '#5b4b8a', fillOpacity: 0.7 }),
        Plot.tickX(ranges, { x: 'mean', y: 'figure', stroke: '#5b4b8a', strokeWidth: 2 }),
      ],
    }),
    [dots, ranges, rows.length, t],
  );
  if (rows.length === 0) return null;
  return <PlotFigure make={make} label={t('sim.spread')} />;
}
