/**
 * The report over a folder of CSV files, streamed: each table is read once, row by
 * row, and only what the figures need is kept (see ReportAccumulator): memory grows
 * with the intervention rows and the messages, not with the decisions. Members and
 * absences are read first, because every decision is classified by the leader's
 * absences as it passes, then interventions, then decisions. With two threads (the
 * default for big files, see threadsFor) the two big files are split (parallel-report.ts).
 *
 * It checks the shape of what it reads (header, field counts, numbers, booleans)
 * and throws RecordInvalidError on a problem; the full rules need the whole record
 * in memory, so run `validate` on a record you have not checked.
 */
import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
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
  type RecordMeta,
  type RecordProblem,
  RecordInvalidError,
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
   * 1 reads on this thread alone; 2 splits the big files between this thread and a
   * worker. Default: 2 when a big file is at least AUTO_SPLIT_BYTES and there are two
   * cores, else 1 (see threadsFor).
   */
  threads?: number;
  /** Files smaller than this are read on one thread (default 4 MiB; tests split tiny files). */
  splitMinBytes?: number;
}

/** From this size of decisions.csv or correspondence.csv on, the report splits by default. */
export const AUTO_SPLIT_BYTES = 256 << 20;

/**
 * The default number of threads. The worker's fixed costs (~0.2 s and ~100 MiB to start,
 * the interventions read twice) did not pay at 1M decisions (a 57 MB file) on the shared
 * 2-core machine, and did at 10M (600 MB): figures ×1.57 of DuckDB on two threads against
 * ×1.92 on one, memory ×0.52 (bench/README.md §2).
 */
export const threadsFor = (largestFileBytes: number, cores: number): number => (cores >= 2 && largestFileBytes >= AUTO_SPLIT_BYTES ? 2 : 1);

const sizeOf = async (path: string): Promise<number> => (await stat(path).catch(() => null))?.size ?? 0;

export const computeReportFromDir = async (dir: string, options: StreamOptions = {}): Promise<Report> => {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new DomainError('RECORD_NOT_FOUND', 'not-found', `no record folder at ${dir}`);
  const threads =
    options.threads ??
    threadsFor(Math.max(await sizeOf(join(dir, 'decisions.csv')), options.figuresOnly ? 0 : await sizeOf(join(dir, 'correspondence.csv'))), availableParallelism());
  if (threads >= 2 && options.explain === undefined) {
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
  } catch {
    throw new DomainError('RECORD_INVALID', 'validation', `${path}: not valid JSON`, [{ file: META_FILE, row: 0, column: '', message: 'not valid JSON' }]);
  }
};
