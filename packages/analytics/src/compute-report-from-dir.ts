/**
 * The report over a folder of CSV files, streamed: each table is read once, row by
 * row, and only what the figures need is kept (see ReportAccumulator): memory grows
 * with the intervention rows and the messages, not with the decisions. Members and
 * absences are read first, because every decision is classified by the leader's
 * absences as it passes, then interventions, then decisions. With `threads: 2` the
 * two big files are split between two threads (parallel-report.ts).
 *
 * It checks the shape of what it reads (header, field counts, numbers, booleans)
 * and throws RecordInvalidError on a problem; the full rules need the whole record
 * in memory, so run `validate` on a record you have not checked.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError } from '@politburo/core';
import {
  type AbsenceRow,
  type CorrespondenceRow,
  type DecisionRow,
  type InterventionRow,
  type MeetingRow,
  type MemberRow,
  META_FILE,
  fact,
  ProblemCollector,
  RecordInvalidError,
  type RecordMeta,
  type RecordProblem,
  type TableName,
} from '@politburo/record';
import { computeReportInTwoThreads } from './parallel-report.ts';
import type { Report } from './report.ts';
import { ReportAccumulator } from './report-accumulator.ts';
import { buildReportContext, type ReportOptions } from './report-context.ts';
import { TableReader } from './table-reader.ts';

export interface StreamOptions extends ReportOptions {
  /** Called as rows are read, for progress output on large records. */
  onProgress?: (table: TableName, rows: number) => void;
  /**
   * Compute only the figures of the report's table: correspondence.csv is not read,
   * so `correspondenceByKind` is empty and `replyLatency` counts nothing.
   */
  figuresOnly?: boolean;
  /**
   * 1 (the default) reads on this thread alone; 2 splits the big files between this
   * thread and a worker. Measured on the shared 2-core machine (bench/README.md §2), two
   * threads won some runs and lost others, at 1M and at 10M decisions, and always cost
   * memory (~100–300 MiB more), so they are asked for, not assumed.
   */
  threads?: number;
  /** Files smaller than this are read on one thread (default 4 MiB; tests split tiny files). */
  splitMinBytes?: number;
}

export const computeReportFromDir = async (dir: string, options: StreamOptions = {}): Promise<Report> => {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new DomainError('RECORD_NOT_FOUND', 'not-found', `no record folder at ${dir}`);
  if ((options.threads ?? 1) >= 2 && options.explain === undefined) {
    const report = await computeReportInTwoThreads(dir, options, readMeta);
    if (report) return report;
  }
  return computeOnOneThread(dir, options);
};

const computeOnOneThread = async (dir: string, options: StreamOptions): Promise<Report> => {
  // Explaining lists whole rows; otherwise only the columns the figures read are decoded.
  const reader = new TableReader(dir, options.explain !== undefined, options.onProgress);
  const members: MemberRow[] = [];
  const absences: AbsenceRow[] = [];
  await reader.read<MemberRow>('members', (row) => members.push(row));
  await reader.read<AbsenceRow>('absences', (row) => absences.push(row));
  const meta = await readMeta(dir);
  if (reader.errors.length > 0) throw invalid(reader.errors, reader.omitted, dir);

  const acc = new ReportAccumulator(buildReportContext(meta, members, absences, options));
  // Interventions first, so each decision is settled as it streams past and none is kept.
  await reader.read<InterventionRow>('interventions', (row, rowNo) => acc.intervention(row, rowNo));
  await reader.read<DecisionRow>('decisions', (row, rowNo) => acc.decision(row, rowNo));
  await reader.read<MeetingRow>('meetings', (row, rowNo) => acc.meeting(row, rowNo));
  if (!options.figuresOnly) await reader.read<CorrespondenceRow>('correspondence', (row) => acc.message(row));
  if (reader.errors.length > 0) throw invalid(reader.errors, reader.omitted, dir);
  return acc.finish();
};

const invalid = (errors: RecordProblem[], omitted: number, dir: string): RecordInvalidError =>
  new RecordInvalidError({ errors, warnings: [], omittedErrors: omitted, omittedWarnings: 0 }, dir);

const readMeta = async (dir: string): Promise<RecordMeta> => {
  const path = join(dir, META_FILE);
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as RecordMeta) : {};
  } catch (e) {
    // As the full reader says it, so a broken meta.json reads the same in `report` and `validate`.
    const problems = new ProblemCollector();
    problems.error(META_FILE, 0, '', fact('JSON_INVALID', { detail: (e as Error).message }));
    throw new RecordInvalidError(problems.result(), path);
  }
};
