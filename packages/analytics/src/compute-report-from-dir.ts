/**
 * The report over a folder of CSV files, streamed: each table is read once, row by
 * row, and only what the figures need is kept (see ReportAccumulator): memory grows
 * with the intervention rows and the messages, not with the decisions. Members and
 * absences are read first, because every decision is classified by the leader's
 * absences as it passes, then interventions, then decisions.
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
  type LooseRow,
  type MeetingRow,
  type MemberRow,
  META_FILE,
  makeRowDecoder,
  type RecordMeta,
  fact,
  ProblemCollector,
  RecordInvalidError,
  streamCsvFile,
  type TableName,
  tableSpec,
} from '@politburo/record';
import type { Report } from './report.ts';
import { REPORT_COLUMNS, ReportAccumulator } from './report-accumulator.ts';
import { buildReportContext, type ReportOptions } from './report-context.ts';

export interface StreamOptions extends ReportOptions {
  /** Called as rows are read, for progress output on large records. */
  onProgress?: (table: TableName, rows: number) => void;
  /**
   * Compute only the figures of the report's table: correspondence.csv is not read,
   * so `correspondenceByKind` is empty and `replyLatency` counts nothing.
   */
  figuresOnly?: boolean;
}

const PROGRESS_EVERY = 250_000;

export const computeReportFromDir = async (dir: string, options: StreamOptions = {}): Promise<Report> => {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new DomainError('RECORD_NOT_FOUND', 'not-found', `no record folder at ${dir}`);
  const problems = new ProblemCollector();
  const fail = problems.error.bind(problems);
  // Explaining lists whole rows; otherwise only the columns the figures read are decoded.
  const full = options.explain !== undefined;
  const columnsOf = (table: TableName): readonly string[] | undefined =>
    full || !(table in REPORT_COLUMNS) ? undefined : REPORT_COLUMNS[table as keyof typeof REPORT_COLUMNS];

  const readTable = async <T>(table: TableName, onRow: (row: T, rowNo: number) => void): Promise<void> => {
    const spec = tableSpec(table);
    const path = join(dir, spec.file);
    if (!(await stat(path).catch(() => null))) {
      if (spec.required) fail(spec.file, 0, '', fact('FILE_MISSING', { file: spec.file }));
      return;
    }
    const only = columnsOf(table);
    let decoder: ReturnType<typeof makeRowDecoder> | undefined;
    await streamCsvFile(path, {
      header(cells) {
        decoder = makeRowDecoder(spec, cells, only);
        for (const p of decoder.headerProblems) fail(spec.file, 0, p.column, p.problem);
        return decoder.headerProblems.length === 0;
      },
      row(cells, rowNo) {
        if (cells.length !== decoder!.width) {
          fail(spec.file, rowNo, '', fact('ROW_WIDTH', { expected: decoder!.width, found: cells.length }));
          return;
        }
        onRow(decoder!.decode(cells, (column, problem) => fail(spec.file, rowNo, column, problem)) as LooseRow as T, rowNo);
        if (rowNo % PROGRESS_EVERY === 0) options.onProgress?.(table, rowNo);
      },
      malformed(rowNo, message, reason) {
        fail(spec.file, rowNo, '', fact('CSV_MALFORMED', { reason, detail: message }));
      },
    });
  };

  const members: MemberRow[] = [];
  const absences: AbsenceRow[] = [];
  await readTable<MemberRow>('members', (row) => members.push(row));
  await readTable<AbsenceRow>('absences', (row) => absences.push(row));
  const meta = await readMeta(join(dir, META_FILE));
  if (problems.hasErrors) throw new RecordInvalidError(problems.result(), dir);

  const acc = new ReportAccumulator(buildReportContext(meta, members, absences, options));
  // Interventions first, so each decision is settled as it streams past and none is kept.
  await readTable<InterventionRow>('interventions', (row, rowNo) => acc.intervention(row, rowNo));
  await readTable<DecisionRow>('decisions', (row, rowNo) => acc.decision(row, rowNo));
  await readTable<MeetingRow>('meetings', (row, rowNo) => acc.meeting(row, rowNo));
  if (!options.figuresOnly) await readTable<CorrespondenceRow>('correspondence', (row) => acc.message(row));
  if (problems.hasErrors) throw new RecordInvalidError(problems.result(), dir);
  return acc.finish();
};

const readMeta = async (path: string): Promise<RecordMeta> => {
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
