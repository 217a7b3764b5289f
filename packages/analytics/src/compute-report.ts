/** The report over a record held in memory (from a JSON file, the app, or a test). */
import type { PolitburoRecord } from '@politburo/record';
import type { Report } from './report.ts';
import { ReportAccumulator } from './report-accumulator.ts';
import { buildReportContext, type ReportOptions } from './report-context.ts';

export const computeReport = (record: PolitburoRecord, options: ReportOptions = {}): Report => {
  const acc = new ReportAccumulator(buildReportContext(record.meta, record.members, record.absences, options));
  // Row n of a table is data row n of its file, as a valid record read from disk keeps them.
  // Interventions first: the accumulator settles each decision as it passes.
  record.interventions.forEach((row, i) => acc.intervention(row, i + 1));
  record.decisions.forEach((row, i) => acc.decision(row, i + 1));
  record.meetings.forEach((row, i) => acc.meeting(row, i + 1));
  for (const row of record.correspondence) acc.message(row);
  return acc.finish();
};
