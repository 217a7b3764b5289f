/**
 * Streams one CSV file row by row. PapaParse does the RFC 4180 work: of the parsers
 * measured (bench/csv-parsers.ts) uDSV is fastest but silently glues a short row to
 * the next line, csv-parse stops at the first quoting error and is ~6x slower;
 * PapaParse is within ~1.3x of uDSV and reports unterminated and stray quotes per row,
 * which validation needs. Memory is one chunk, whatever the file's size.
 */
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';

export interface CsvRowHandlers {
  /** Called once with the header cells; returning false stops the file. */
  header(cells: string[]): boolean;
  /** `row` is the 1-based data row (the header is row 0; blank lines are not rows). */
  row(cells: string[], row: number): void;
  /** A row RFC 4180 cannot read (an unterminated or misplaced quote). */
  malformed(row: number, message: string, code: Papa.ParseError['code']): void;
}

const BOM = '\ufeff';

/** Resolves when the whole file is read; rejects only on I/O errors. */
export const streamCsvFile = (path: string, handlers: CsvRowHandlers): Promise<void> =>
  new Promise((resolve, reject) => {
    const input = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
    input.on('error', reject);
    let row = -1;
    let stopped = false;
    Papa.parse<string[]>(input, {
      delimiter: ',',
      quoteChar: '"',
      escapeChar: '"',
      skipEmptyLines: true,
      step: (result, parser) => {
        if (stopped) return;
        row += 1;
        const cells = result.data;
        if (row === 0) {
          if (cells[0]?.startsWith(BOM)) cells[0] = cells[0].slice(1);
          if (!handlers.header(cells)) {
            stopped = true;
            parser.abort();
          }
          return;
        }
        const error = result.errors[0];
        if (error) handlers.malformed(row, error.message, error.code);
        else handlers.row(cells, row);
      },
      complete: () => resolve(),
      error: (e: Error) => reject(e),
    });
  });
