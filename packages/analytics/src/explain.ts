/** The rows behind one figure of the report (drill-down). */
import type { PolitburoRecord } from '@politburo/record';
import { computeReport } from './compute-report.ts';
import type { Explanation } from './report.ts';
import type { ReportOptions } from './report-context.ts';
import type { ReportKey } from './report-definitions.ts';

export const explain = (record: PolitburoRecord, key: ReportKey, options: Omit<ReportOptions, 'explain'> = {}): Explanation =>
  computeReport(record, { ...options, explain: key }).explanation!;
