import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { streamCsvFile } from './csv-reader.ts';
import { streamCsvFileFast } from './fast-csv-reader.ts';

const dir = mkdtempSync(join(tmpdir(), 'politburo-fast-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

type Seen = Array<[number, string[]] | [number, 'malformed']>;
const read = async (reader: typeof streamCsvFile, text: string): Promise<{ header: string[]; rows: Seen }> => {
  const path = join(dir, `t${n++}.csv`);
  writeFileSync(path, text);
  let header: string[] = [];
  const rows: Seen = [];
  await reader(path, {
    header: (cells) => {
      header = cells;
      return true;
    },
    row: (cells, row) => rows.push([row, cells]),
    malformed: (row) => rows.push([row, 'malformed']),
  });
  return { header, rows };
};

/** A field as a CSV writer would put it: quoted when it must be. */
const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', 'é', '😀'), maxLength: 6 });
const quote = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

describe('streamCsvFileFast', () => {
  it('reads well-formed CSV exactly as PapaParse does: quotes, doubled quotes, line breaks in fields, CRLF, BOM, blank lines', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }), fc.boolean(), fc.boolean(), async (rows, crlf, bom) => {
        const eol = crlf ? '\r\n' : '\n';
        const text = `${bom ? '\ufeff' : ''}id,b,c${eol}${rows.map((r) => r.map(quote).join(',')).join(eol)}${eol}${eol}`;
        expect(await read(streamCsvFileFast, text)).toEqual(await read(streamCsvFile, text));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps a short row a short row (uDSV glues it to the next line)', async () => {
    const { rows } = await read(streamCsvFileFast, 'a,b,c\n1,2,3\n4,5\n6,7,8\n');
    expect(rows).toEqual([
      [1, ['1', '2', '3']],
      [2, ['4', '5']],
      [3, ['6', '7', '8']],
    ]);
  });

  it('names the row of an unterminated quote and of text after a closing quote, and goes on', async () => {
    expect((await read(streamCsvFileFast, 'a,b\n1,"x"y\n2,3\n')).rows).toEqual([
      [1, 'malformed'],
      [2, ['2', '3']],
    ]);
    expect((await read(streamCsvFileFast, 'a,b\n1,2\n3,"open\n4,5\n')).rows).toEqual([
      [1, ['1', '2']],
      [2, 'malformed'],
    ]);
  });

  it('reads across chunk boundaries: a file larger than one read', async () => {
    const line = `${'x'.repeat(50)},"q""uo\nted",${'y'.repeat(30)}`;
    const text = `a,b,c\n${Array.from({ length: 25_000 }, () => line).join('\n')}\n`;
    const fast = await read(streamCsvFileFast, text);
    expect(fast.rows).toHaveLength(25_000);
    expect(fast).toEqual(await read(streamCsvFile, text));
  });
});
