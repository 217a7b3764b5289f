/**
 * Reads a table of a record folder row by row with the strict CSV reader, decoding
 * only the columns the figures need, and collects what is wrong with it as record
 * problems (file, row, column). Both the calling thread and the report's worker read
 * through it, so a range read by the worker is checked exactly as the whole file is.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type LooseRow,
  fact,
  makeRowDecoder,
  type ProblemFact,
  type RecordProblem,
  recordProblem,
  StrictCsvParser,
  type StrictCsvHandlers,
  streamIntoParser,
  type TableName,
  tableSpec,
} from '@politburo/record';
import { REPORT_COLUMNS } from './report-accumulator.ts';

const PROGRESS_EVERY = 250_000;

/** Bytes [start, end) of a table's file; `header` when the range starts after the header. */
export interface TableRange {
  start?: number;
  end?: number;
  header?: readonly string[];
}

export interface TableRead {
  /** The range ended inside a record: it was not split at a record boundary. */
  pending: boolean;
  /** Reads on to the end of the file, as if the range had not ended. */
  rest(): Promise<void>;
}

export class TableReader {
  readonly errors: RecordProblem[] = [];
  omitted = 0;

  constructor(
    private readonly dir: string,
    /** Decode whole rows (explaining lists them), not only the figures' columns. */
    private readonly full: boolean,
    private readonly onProgress?: (table: TableName, rows: number) => void,
  ) {}

  fail(file: string, row: number, column: string, problem: ProblemFact): void {
    if (this.errors.length < 100) this.errors.push(recordProblem(file, row, column, problem));
    else this.omitted += 1;
  }

  pathOf(table: TableName): string {
    return join(this.dir, tableSpec(table).file);
  }

  private columnsOf(table: TableName): readonly string[] | undefined {
    return this.full || !(table in REPORT_COLUMNS) ? undefined : REPORT_COLUMNS[table as keyof typeof REPORT_COLUMNS];
  }

  async read<T>(table: TableName, onRow: (row: T, rowNo: number) => void, range: TableRange = {}): Promise<TableRead> {
    const done: TableRead = { pending: false, rest: async () => {} };
    const spec = tableSpec(table);
    const path = this.pathOf(table);
    if (!(await stat(path).catch(() => null))) {
      if (spec.required) this.fail(spec.file, 0, '', fact('FILE_MISSING', { file: spec.file }));
      return done;
    }
    const only = this.columnsOf(table);
    let decoder = range.header ? makeRowDecoder(spec, range.header, only) : undefined;
    const handlers: StrictCsvHandlers = {
      columns: (header) => (only ? header.map((name) => only.includes(name)) : undefined),
      header: (cells) => {
        decoder = makeRowDecoder(spec, cells, only);
        for (const p of decoder.headerProblems) this.fail(spec.file, 0, p.column, p.problem);
        return decoder.headerProblems.length === 0;
      },
      row: (cells, rowNo) => {
        if (cells.length !== decoder!.width) {
          this.fail(spec.file, rowNo, '', fact('ROW_WIDTH', { expected: decoder!.width, found: cells.length }));
          return;
        }
        onRow(decoder!.decode(cells, (column, problem) => this.fail(spec.file, rowNo, column, problem)) as LooseRow as T, rowNo);
        if (rowNo % PROGRESS_EVERY === 0) this.onProgress?.(table, rowNo);
      },
      malformed: (rowNo, message, reason) => this.fail(spec.file, rowNo, '', fact('CSV_MALFORMED', { reason, detail: message })),
    };
    const parser = new StrictCsvParser(handlers, range.header ? { header: range.header, firstRow: 1 } : undefined);
    await streamIntoParser(path, parser, range);
    if (range.end === undefined) {
      parser.finish();
      return done;
    }
    return {
      pending: parser.pending,
      rest: async () => {
        await streamIntoParser(path, parser, { start: range.end });
        parser.finish();
      },
    };
  }

  /** The header cells of a table's file (undefined when it has none). */
  async header(table: TableName): Promise<string[] | undefined> {
    let cells: string[] | undefined;
    const parser = new StrictCsvParser({
      header: (c) => {
        cells = [...c];
        return false;
      },
      row: () => {},
      malformed: () => {},
    });
    await streamIntoParser(this.pathOf(table), parser);
    return cells;
  }
}
