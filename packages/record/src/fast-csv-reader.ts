/**
 * A strict RFC 4180 reader for the hot path of `politburo report` on large records:
 * a line with no quote in it is split on commas natively (`String.split`), and only a
 * line with a quote is walked character by character, where a quoted field may hold
 * commas, doubled quotes and line breaks. A row ends at a line break outside quotes and
 * nowhere else, so a short row stays a short row: the caller compares each row's field
 * count with the header's and names the row (uDSV, measured faster still, glues a short
 * row to the next line). An unterminated quoted field, or text after a closing quote,
 * is reported as malformed on its row. Same handlers, rows and blank-line rule as
 * `streamCsvFile` (PapaParse); bench/csv-parsers.ts measures the two.
 */
import { createReadStream } from 'node:fs';
import type { CsvRowHandlers } from './csv-reader.ts';

const BOM = '\ufeff';
const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

type Parsed = { cells: string[]; end: number } | { error: string; end: number } | null;

/**
 * The record starting at `pos` in `s` that contains a quote. Returns where it ends (just
 * past its line break), or null if `s` ends before it does and `final` is false.
 */
const parseQuoted = (s: string, pos: number, final: boolean): Parsed => {
  const cells: string[] = [];
  let i = pos;
  const n = s.length;
  // The line break that ends the current line, found once per line (a quoted field may pass it).
  let nl = s.indexOf('\n', i);
  for (;;) {
    if (i < n && s.charCodeAt(i) === QUOTE) {
      // A quoted field: up to the quote that is not doubled.
      let value = '';
      let from = i + 1;
      for (;;) {
        const q = s.indexOf('"', from);
        if (q === -1) {
          if (!final) return null;
          return { error: 'Quoted field unterminated', end: n };
        }
        if (q + 1 < n && s.charCodeAt(q + 1) === QUOTE) {
          value += s.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        if (q + 1 >= n && !final) return null;
        value += s.slice(from, q);
        i = q + 1;
        break;
      }
      cells.push(value);
      const c = i < n ? s.charCodeAt(i) : -1;
      if (c === COMMA) {
        i++;
        continue;
      }
      if (c === -1) return { cells, end: n };
      if (c === LF || (c === CR && s.charCodeAt(i + 1) === LF)) return { cells, end: i + (c === CR ? 2 : 1) };
      if (c === CR && i + 1 >= n && !final) return null;
      // Text after a closing quote: skip to the end of the line and refuse the row.
      const eol = s.indexOf('\n', i);
      if (eol === -1 && !final) return null;
      return { error: 'Trailing quote on quoted field is malformed', end: eol === -1 ? n : eol + 1 };
    }
    // An unquoted field: up to the next comma or line break (a quote inside it is text).
    if (nl !== -1 && nl < i) nl = s.indexOf('\n', i);
    const lineEnd = nl === -1 ? n : nl;
    const comma = s.indexOf(',', i);
    const j = comma !== -1 && comma < lineEnd ? comma : lineEnd;
    if (j >= n && !final) return null;
    let field = s.slice(i, j);
    if (j === nl && field.endsWith('\r')) field = field.slice(0, -1);
    cells.push(field);
    if (j >= n) return { cells, end: n };
    if (s.charCodeAt(j) === LF) return { cells, end: j + 1 };
    i = j + 1;
  }
};

/** Resolves when the whole file is read; rejects only on I/O errors. */
export const streamCsvFileFast = (path: string, handlers: CsvRowHandlers): Promise<void> =>
  new Promise((resolve, reject) => {
    const input = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
    let rest = '';
    let row = -1;
    let stopped = false;
    let first = true;
    const emit = (cells: string[]): void => {
      row += 1;
      if (row === 0) {
        if (!handlers.header(cells)) {
          stopped = true;
          input.destroy();
          resolve();
        }
        return;
      }
      handlers.row(cells, row);
    };
    /** Consumes the complete records of `s`; returns what is left of an unfinished one. */
    const consume = (s: string, final: boolean): string => {
      let pos = 0;
      const n = s.length;
      // The next quote at or after pos (-1: none left), found once and reused line after line.
      let q = s.indexOf('"');
      while (pos < n && !stopped) {
        const nl = s.indexOf('\n', pos);
        if (nl === -1 && !final) break;
        const lineEnd = nl === -1 ? n : nl;
        if (q !== -1 && q < pos) q = s.indexOf('"', pos);
        if (q === -1 || q >= lineEnd) {
          let line = s.slice(pos, lineEnd);
          if (line.endsWith('\r')) line = line.slice(0, -1);
          pos = lineEnd + 1;
          // Blank lines are not rows, as in streamCsvFile.
          if (line !== '') emit(line.split(','));
          continue;
        }
        const parsed = parseQuoted(s, pos, final);
        if (parsed === null) break;
        pos = parsed.end;
        if ('error' in parsed) {
          row += 1;
          if (row === 0) {
            handlers.header([]);
            stopped = true;
          } else handlers.malformed(row, parsed.error);
        } else emit(parsed.cells);
      }
      return pos >= n ? '' : s.slice(pos);
    };
    input.on('data', (chunk) => {
      let text = chunk as string;
      if (first) {
        first = false;
        if (text.startsWith(BOM)) text = text.slice(1);
      }
      rest = consume(rest === '' ? text : rest + text, false);
    });
    input.on('error', reject);
    input.on('end', () => {
      if (!stopped && rest !== '') consume(rest, true);
      resolve();
    });
  });
