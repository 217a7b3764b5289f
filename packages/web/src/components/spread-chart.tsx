import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpreadRow } from '../pages/simulator-page.tsx';
import { Plot, PlotFigure } from './plot-figure.tsx';

/** Each run's figure as a share of the published value: 100% is the 1934 record. */
export default function SpreadChart({ rows, targets }: { rows: SpreadRow[]; targets: Record<string, number> }) {
  const { t } = useTranslation();
  const points = rows.flatMap((r) => (targets[r.key] ? r.values.map((v) => ({ figure: t(`figure.${r.key}`, { defaultValue: r.key }), ratio: v / targets[r.key]! })) : []));
  const make = useCallback(
    (): Plot.PlotOptions => ({
      height: 60 + rows.length * 34,
      marginLeft: 180,
      x: { label: t('sim.ratio'), percent: true, grid: true },
      y: { label: null },
      marks: [Plot.ruleX([1], { stroke: '#8a1c1c' }), Plot.boxX(points, { x: 'ratio', y: 'figure' })],
    }),
    [points, rows.length, t],
  );
  return <PlotFigure make={make} label={t('sim.spread')} />;
}
