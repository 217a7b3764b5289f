import { computeReport, REPORT_KEYS, type ReportKey } from '@politburo/analytics';
import type { PolitburoRecord } from '@politburo/record';

/**
 * The figures of one simulated record: every figure of the report (computed by the
 * analytics package, so a simulated figure means exactly what the report's does),
 * plus two facts about the correspondence the counterfactuals speak to. This is the
 * one place a record becomes numbers.
 */
export const EXTRA_KEYS = ['replyLatencyMedianMinutes', 'messages'] as const;
export type ExtraKey = (typeof EXTRA_KEYS)[number];
export type FigureKey = ReportKey | ExtraKey;
export const FIGURE_KEYS: readonly FigureKey[] = [...REPORT_KEYS, ...EXTRA_KEYS];
export type Figures = Record<FigureKey, number | null>;

export const isFigureKey = (s: string): s is FigureKey => (FIGURE_KEYS as readonly string[]).includes(s);

export const figuresOf = (record: PolitburoRecord): Figures => {
  const r = computeReport(record);
  const out = {} as Figures;
  for (const k of REPORT_KEYS) out[k] = r[k];
  out.replyLatencyMedianMinutes = r.replyLatency.medianMinutes;
  out.messages = record.correspondence.length;
  return out;
};
