import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StrictCsvParser, streamCsvFileStrict, streamIntoParser } from './csv-strict-reader.ts';

interface Read {
  header?: string[];
  rows: Array<{ row: number; cells: string[] }>;
  malformed: Array<{ row: number; message: string }>;
}

const collector = (read: Read, columns?: (h: readonly string[]) => readonly boolean[]) => ({
  header: (cells: string[]) => {
    read.header = [...cells];
    return true;
  },
  row: (cells: string[], row: number) => {
    read.rows.push({ row, cells: [...cells] });
  },
  malformed: (row: number, message: string) => {
    read.malformed.push({ row, message });
  },
  ...(columns ? { columns } : {}),
});

/** Feeds `text` cut at the given positions, as a stream's chunks would cut it. */
const parse = (text: string, cuts: readonly number[] = []): Read => {
  const read: Read = { rows: [], malformed: [] };
  const parser = new StrictCsvParser(collector(read));
  let from = 0;
  for (const at of [...cuts].sort((a, b) => a - b)) {
    parser.push(text.slice(from, at));
    from = at;
  }
  parser.push(text.slice(from));
  parser.finish();
  return read;
};

const quote = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

describe('StrictCsvParser', () => {
  it('reads back any table written with RFC 4180 quoting, however the text is cut into chunks', () => {
    const cell = fc.stringMatching(/^[a,"\n\r é]{0,6}$/).map((s) => s.replace(/\r(?!\n)/g, '\r\n'));
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 })),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 6 }),
        (table, eol, lastEol, cutSeeds) => {
          const text = table.map((r) => r.map(quote).join(',')).join(eol) + (lastEol ? eol : '');
          const read = parse(
            text,
            cutSeeds.map((s) => s % (text.length + 1)),
          );
          expect(read.malformed).toEqual([]);
          expect(read.header).toEqual(table[0]);
          expect(read.rows).toEqual(table.slice(1).map((cells, i) => ({ row: i + 1, cells })));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps a short and a long row apart from their neighbours, so the caller can name them', () => {
    const read = parse('a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n');
    expect(read.rows.map((r) => [r.row, r.cells.length])).toEqual([
      [1, 3],
      [2, 2],
      [3, 4],
      [4, 3],
    ]);
  });

  it('names the row of a misplaced or unclosed quote and reads on at the next line', () => {
    const read = parse('a,b\n1,x"y\n"2"z,3\nok,"fine ""quoted"", yes"\n"open,4\n5,6\n');
    expect(read.malformed).toEqual([
      { row: 1, message: 'a quote inside a field that does not start with one' },
      { row: 2, message: 'a closing quote is followed by more text in the same field' },
      { row: 4, message: 'a quoted field is not closed before the end of the file' },
    ]);
    expect(read.rows).toEqual([{ row: 3, cells: ['ok', 'fine "quoted", yes'] }]);
  });

  it('skips blank lines without numbering them, strips a byte-order mark, and hands unwanted columns over empty', () => {
    const read: Read = { rows: [], malformed: [] };
    const parser = new StrictCsvParser(collector(read, (h) => h.map((name) => name !== 'b')));
    parser.push('\ufeffa,b,c\r\n\r\n1,"two\nlines",3\r\n\n4,5,6');
    parser.finish();
    expect(read.header).toEqual(['a', 'b', 'c']);
    expect(read.rows).toEqual([
      { row: 1, cells: ['1', '', '3'] },
      { row: 2, cells: ['4', '', '6'] },
    ]);
  });

  it('reads a byte range after the header, and says when the range ends inside a quoted field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pb-strict-'));
    const path = join(dir, 't.csv');
    const text = 'id,note\n1,"a\nb"\n2,plain\n';
    writeFileSync(path, text);
    const whole: Read = { rows: [], malformed: [] };
    await streamCsvFileStrict(path, collector(whole));
    expect(whole.rows).toEqual([
      { row: 1, cells: ['1', 'a\nb'] },
      { row: 2, cells: ['2', 'plain'] },
    ]);
    // Cut after the line break inside the quotes: not a record boundary.
    const inside = text.indexOf('b"');
    const head: Read = { rows: [], malformed: [] };
    const first = new StrictCsvParser(collector(head));
    await streamIntoParser(path, first, { end: inside });
    expect(first.pending).toBe(true);
    // Cut after a true boundary: the second range, read on its own, gives the rest.
    const boundary = text.indexOf('2,plain');
    const start = new StrictCsvParser(collector(head));
    await streamIntoParser(path, start, { end: boundary });
    expect(start.pending).toBe(false);
    const tail: Read = { rows: [], malformed: [] };
    const second = new StrictCsvParser(collector(tail), { header: ['id', 'note'], firstRow: 1 });
    await streamIntoParser(path, second, { start: boundary });
    second.finish();
    expect(tail.rows).toEqual([{ row: 1, cells: ['2', 'plain'] }]);
  });
});
