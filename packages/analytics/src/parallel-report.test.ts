import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type PolitburoRecord, RecordInvalidError, writeRecordDir } from '@politburo/record';
import { describe, expect, it } from 'vitest';
import { computeReportFromDir } from './compute-report-from-dir.ts';
import { computeReportInTwoThreads, splitPoint } from './parallel-report.ts';
import { buildCountedRecord } from './test-support/counted-record.ts';

const noMeta = async () => ({});

/** The 1934 counts, with cells that make CSV hard: commas, quotes, line breaks, and replies across the file. */
const awkwardRecord = (): PolitburoRecord => {
  const r = buildCountedRecord();
  r.decisions.forEach((d, i) => {
    if (i % 7 === 0) d.title = `On item ${i}, part "A"\nsecond line, with a comma`;
    else if (i % 11 === 0) d.title = '"quoted" at the start';
  });
  r.correspondence.forEach((m, i) => {
    if (i % 3 === 0) m.summary = `asks, "urgently"\r\nabout item ${i}`;
  });
  // Sorted by id, "a…" comes first and "z…" last: a reply early in the file to a message late in it, and back.
  const base = r.correspondence[0]!;
  r.correspondence.push(
    { ...base, id: 'a-reply', in_reply_to: 'z-original', sent_at: '1934-08-20T12:00', received_at: '1934-08-21T12:00' },
    { ...base, id: 'z-original', in_reply_to: undefined, sent_at: '1934-08-19T12:00', received_at: '1934-08-20T08:00' },
    { ...base, id: 'z-reply', in_reply_to: 'a-original', sent_at: '1934-08-25T12:00', received_at: '1934-08-26T12:00' },
    { ...base, id: 'a-original', in_reply_to: undefined, sent_at: '1934-08-24T12:00', received_at: '1934-08-24T18:00' },
  );
  return r;
};

const written = async (record: PolitburoRecord, crlf = false): Promise<string> => {
  const dir = mkdtempSync(join(tmpdir(), 'pb-parallel-'));
  await writeRecordDir(record, dir);
  if (crlf) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.csv'))) {
      writeFileSync(join(dir, f), readFileSync(join(dir, f), 'utf8').replace(/\r?\n/g, '\r\n'));
    }
  }
  return dir;
};

describe('the report on two threads', () => {
  for (const crlf of [false, true]) {
    it(`gives exactly the one-thread report on a record with quoted commas, quotes and line breaks${crlf ? ', CRLF line ends' : ''}`, async () => {
      const dir = await written(awkwardRecord(), crlf);
      const serial = await computeReportFromDir(dir, { threads: 1 });
      const parallel = await computeReportInTwoThreads(dir, { splitMinBytes: 0 }, noMeta);
      // Defined: the split was used, not a quiet fallback to one thread.
      expect(parallel).toBeDefined();
      expect(parallel).toEqual(serial);
      expect(serial.replyLatency.count).toBe(93);
      expect(await computeReportFromDir(dir, { threads: 2, splitMinBytes: 0 })).toEqual(serial);
      expect(await computeReportFromDir(dir, { threads: 2, splitMinBytes: 0, figuresOnly: true })).toEqual(await computeReportFromDir(dir, { threads: 1, figuresOnly: true }));
    });
  }

  it('reads on itself when the middle of the file falls inside a quoted field', async () => {
    const record = awkwardRecord();
    const middle = record.decisions[Math.floor(record.decisions.length / 2)]!;
    middle.title = 'a long title, "quoted", over many lines\n'.repeat(2000);
    const dir = await written(record);
    const path = join(dir, 'decisions.csv');
    const text = readFileSync(path);
    const titleStart = text.indexOf(`${middle.id},`);
    const titleEnd = text.indexOf(`\n`, text.lastIndexOf('over many lines'));
    const split = await splitPoint(path, 0);
    expect(split).toBeGreaterThan(titleStart);
    expect(split).toBeLessThan(titleEnd);
    const parallel = await computeReportInTwoThreads(dir, { splitMinBytes: 0 }, noMeta);
    expect(parallel).toEqual(await computeReportFromDir(dir, { threads: 1 }));
  });

  for (const [what, change] of [
    ['a short row', (line: string) => line.slice(0, line.lastIndexOf(','))],
    ['a long row', (line: string) => `${line},extra`],
  ] as const) {
    it(`refuses ${what} in the worker's half, naming file and row as one thread does`, async () => {
      const dir = await written(buildCountedRecord());
      const path = join(dir, 'decisions.csv');
      const lines = readFileSync(path, 'utf8').split('\n');
      const bad = lines.length - 100; // well past the middle: in the worker's range
      lines[bad] = change(lines[bad]!);
      writeFileSync(path, lines.join('\n'));
      expect(await computeReportInTwoThreads(dir, { splitMinBytes: 0 }, noMeta)).toBeUndefined();
      const error = (await computeReportFromDir(dir, { threads: 2, splitMinBytes: 0 }).catch((e: unknown) => e)) as RecordInvalidError;
      expect(error).toBeInstanceOf(RecordInvalidError);
      const width = lines[0]!.split(',').length;
      const found = what === 'a short row' ? width - 1 : width + 1;
      expect(error.details).toEqual([
        { file: 'decisions.csv', row: bad, column: '', message: `malformed row: expected ${width} fields as in the header, found ${found}`, code: 'ROW_WIDTH', params: { expected: width, found } },
      ]);
    });
  }
});
