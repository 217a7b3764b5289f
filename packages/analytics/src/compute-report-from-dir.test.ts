import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordInvalidError } from '@politburo/record';
import { describe, expect, it } from 'vitest';
import { computeReportFromDir } from './compute-report-from-dir.ts';

const EXAMPLE = new URL('../../../examples/tiny-record/', import.meta.url).pathname;
const copy = (changes: Record<string, string>): string => {
  const dir = join(mkdtempSync(join(tmpdir(), 'pb-stream-')), 'r');
  cpSync(EXAMPLE, dir, { recursive: true });
  for (const [f, text] of Object.entries(changes)) writeFileSync(join(dir, f), text);
  return dir;
};

describe('computeReportFromDir on input it cannot read', () => {
  it('stops on a header without a required column, naming file and column', async () => {
    const error = await computeReportFromDir(copy({ 'decisions.csv': 'id,protocol_no,item_no,mode,meeting_id,title,restricted\n' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordInvalidError);
    expect((error as RecordInvalidError).details).toEqual([{ file: 'decisions.csv', row: 0, column: 'date', message: "required column 'date' is missing", code: 'COLUMN_MISSING', params: { column: 'date' } }]);
  });

  it('names the row of a malformed line and of a bad cell', async () => {
    const error = (await computeReportFromDir(
      copy({ 'meetings.csv': 'id,date,chair_id,attendees\nm1,1934-07-15,stalin\nm2,1934-08-15,kaganovich,"kaganovich\n' }),
    ).catch((e: unknown) => e)) as RecordInvalidError;
    expect(error.details).toEqual([
      { file: 'meetings.csv', row: 1, column: '', message: 'malformed row: expected 4 fields as in the header, found 3', code: 'ROW_WIDTH', params: { expected: 4, found: 3 } },
      { file: 'meetings.csv', row: 2, column: '', message: expect.stringMatching(/^malformed CSV: /), code: 'CSV_MALFORMED', params: expect.objectContaining({ reason: 'MissingQuotes' }) },
    ]);
  });

  it('says a meta.json that is not JSON as the full reader does', async () => {
    const error = (await computeReportFromDir(copy({ 'meta.json': '{ not json' })).catch((e: unknown) => e)) as RecordInvalidError;
    expect(error).toBeInstanceOf(RecordInvalidError);
    expect(error.details).toEqual([{ file: 'meta.json', row: 0, column: '', message: expect.stringMatching(/^not valid JSON: /), code: 'JSON_INVALID', params: { detail: expect.any(String) } }]);
  });

  it('reports a missing folder as not-found', async () => {
    await expect(computeReportFromDir('/nonexistent/record')).rejects.toMatchObject({ code: 'RECORD_NOT_FOUND' });
  });
});

describe('computeReportFromDir with figuresOnly', () => {
  it('gives the same figures without reading the correspondence', async () => {
    const full = await computeReportFromDir(EXAMPLE);
    const only = await computeReportFromDir(EXAMPLE, { figuresOnly: true });
    expect(only).toEqual({ ...full, correspondenceByKind: [], replyLatency: { replies: 0, count: 0, medianMinutes: null, p90Minutes: null } });
  });
});
