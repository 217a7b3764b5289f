import { describe, expect, it } from 'vitest';
import { isDomainError } from '@politburo/core';
import { formatRecordProblem, RecordInvalidError, type RecordProblem } from './record-problem.ts';
import { loadRecord, readRecord } from './read-record.ts';
import { EXAMPLE_DIR, exampleFiles, writeFiles } from './test-support/temp-record.ts';

/** The example with some files replaced (undefined removes a file). */
const load = async (changes: Record<string, string | undefined>) => {
  const files: Record<string, string | undefined> = { ...exampleFiles(), ...changes };
  return loadRecord(writeFiles(files));
};

const replaceLine = (file: string, lineNo: number, line: string): string => {
  const lines = exampleFiles()[file]!.split('\n');
  lines[lineNo] = line;
  return lines.join('\n');
};
const addLine = (file: string, line: string): string => `${exampleFiles()[file]!}${line}\n`;

/** Asserts one error at file/row/column whose text says `what`, and that the printed line names all three. */
const expectError = (errors: RecordProblem[], file: string, row: number, column: string, what: RegExp): void => {
  const hit = errors.find((e) => e.file === file && e.row === row && e.column === column);
  expect(hit, `no error at ${file} row ${row} column ${column}; got ${errors.map((p) => formatRecordProblem(p)).join(' | ')}`).toBeDefined();
  expect(hit!.message).toMatch(what);
  const line = formatRecordProblem(hit!);
  expect(line).toContain(file);
  if (row > 0) expect(line).toContain(`row ${row}`);
  if (column) expect(line).toContain(`column ${column}`);
};

describe('readRecord on the tiny example', () => {
  it('imports cleanly, keeping the vague date as a warning', async () => {
    const { record, problems } = await loadRecord(EXAMPLE_DIR);
    expect(problems.errors).toEqual([]);
    expect(problems.warnings).toEqual([{ file: 'decisions.csv', row: 5, column: 'date', message: 'vague date (precision: month)', code: 'DATE_VAGUE', params: { precision: 'month' } }]);
    expect(record.members).toHaveLength(5);
    expect(record.meetings[0]!.attendees).toEqual(['stalin', 'kaganovich', 'molotov', 'voroshilov']);
    expect(record.decisions[1]).toMatchObject({ id: 'd2', protocol_no: 10, item_no: 2, restricted: true, title: 'On the "Bolshevik" editorial note' });
    expect(record.decisions[4]!.synthetic).toBe(true);
    expect(record.correspondence[1]!.in_reply_to).toBe('c1');
    expect(record.interventions[0]!.correspondence_ids).toEqual(['c1', 'c2']);
    expect(record.meta.synthetic).toBe(true);
  });

  it('keeps unknown columns in their original order and reads empty attendance as unknown', async () => {
    const { record, problems } = await load({
      'meetings.csv': 'id,date,zeta,chair_id,attendees,alpha\nm1,1934-07-15,z1,stalin,,a1\nm2,1934-08-15,z2,kaganovich,kaganovich,a2\n',
    });
    expect(problems.errors).toEqual([]);
    expect(record.meetings[0]).toEqual({ id: 'm1', date: '1934-07-15', chair_id: 'stalin', attendees: null, extra: [['zeta', 'z1'], ['alpha', 'a1']] });
  });

  it('accepts a byte-order mark, CRLF line ends, upper-case booleans and quoted line breaks', async () => {
    const { record, problems } = await load({
      'decisions.csv': `\ufeff${exampleFiles()['decisions.csv']!.replaceAll('\n', '\r\n').replace('On cotton yields,false', '"On cotton\nyields",FALSE')}`,
    });
    expect(problems.errors).toEqual([]);
    expect(record.decisions[2]).toMatchObject({ id: 'd3', title: 'On cotton\nyields', restricted: false });
  });

  it('reads JSON cells given as text, as CSV would', async () => {
    const dir = writeFiles({
      'r.json': JSON.stringify({
        members: [{ id: 'a', name: 'A', role: 'leader', note: 7 }],
        absences: [],
        meetings: [{ id: 'm1', date: '1934-01-01', chair_id: 'a', attendees: 'a' }],
        decisions: [{ id: 'd1', protocol_no: '3', item_no: 1, date: '1934-01-01', mode: 'meeting', meeting_id: 'm1', title: 't', restricted: 'true' }],
        correspondence: [],
        interventions: [],
      }),
    });
    const { record, problems } = await loadRecord(`${dir}/r.json`);
    expect(problems.errors).toEqual([]);
    expect(record.decisions[0]).toMatchObject({ protocol_no: 3, restricted: true });
    expect(record.meetings[0]!.attendees).toEqual(['a']);
    expect(record.members[0]!.extra).toEqual([['note', '7']]);
  });

  it('throws a RecordInvalidError (a DomainError with code RECORD_INVALID) listing the problems', async () => {
    const dir = writeFiles({ ...exampleFiles(), 'members.csv': replaceLine('members.csv', 2, 'molotov,V. M. Molotov,chairman,') });
    const error = await readRecord(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordInvalidError);
    expect(isDomainError(error)).toBe(true);
    const e = error as RecordInvalidError;
    expect(e.code).toBe('RECORD_INVALID');
    expect(e.category).toBe('validation');
    expect(e.details).toEqual([{ file: 'members.csv', row: 2, column: 'role', message: expect.stringContaining("'chairman' is not one of leader"), code: 'ENUM_INVALID', params: expect.objectContaining({ value: 'chairman' }) }]);
  });

  it('reports a path that does not exist as not-found', async () => {
    await expect(readRecord('/nonexistent/record')).rejects.toMatchObject({ code: 'RECORD_NOT_FOUND', category: 'not-found' });
  });
});

describe('bad input: every class names file, row and column', () => {
  it('missing required column (reported once, on the header)', async () => {
    const { problems } = await load({ 'members.csv': 'id,name\nstalin,I. V. Stalin\n' });
    expectError(problems.errors, 'members.csv', 0, 'role', /required column 'role' is missing/);
    expect(problems.errors.filter((e) => e.file === 'members.csv')).toHaveLength(1);
  });

  it('missing required file', async () => {
    const { problems } = await load({ 'absences.csv': undefined });
    expect(problems.errors).toContainEqual({ file: 'absences.csv', row: 0, column: '', message: 'required file absences.csv is missing', code: 'FILE_MISSING', params: { file: 'absences.csv' } });
  });

  it('malformed row: wrong number of fields', async () => {
    const { problems } = await load({ 'members.csv': replaceLine('members.csv', 3, 'stalin,I. V. Stalin') });
    expectError(problems.errors, 'members.csv', 3, '', /expected 4 fields .* found 2/);
  });

  it('malformed row: unterminated quote', async () => {
    const { problems } = await load({ 'sources.csv': addLine('sources.csv', 's2,"Davies,The correspondence,,,verified') });
    expectError(problems.errors, 'sources.csv', 2, '', /malformed CSV/);
  });

  it('bad date, bad time, wrong enum, bad number, bad boolean', async () => {
    const { problems } = await load({
      'decisions.csv': replaceLine('decisions.csv', 1, 'd1,10,x1,1934-13-15,sitting,m1,On the harvest plan,maybe,,,,'),
      'correspondence.csv': replaceLine('correspondence.csv', 2, 'c2,telegram,77,stalin,kaganovich,1934-08-19 11:00,1934-08-19T16:45,d4,Agrees,c1,S'),
    });
    const e = problems.errors;
    expectError(e, 'decisions.csv', 1, 'item_no', /'x1' is not a whole number/);
    expectError(e, 'decisions.csv', 1, 'date', /'1934-13-15' is not a date/);
    expectError(e, 'decisions.csv', 1, 'mode', /'sitting' is not one of meeting, poll/);
    expectError(e, 'decisions.csv', 1, 'restricted', /'maybe' is not true or false/);
    expectError(e, 'correspondence.csv', 2, 'sent_at', /not a time \(YYYY-MM-DDTHH:MM\)/);
  });

  it('empty required cell', async () => {
    const { problems } = await load({ 'absences.csv': replaceLine('absences.csv', 1, 'stalin,,1934-10-31,Sochi,') });
    expectError(problems.errors, 'absences.csv', 1, 'from', /is empty/);
  });

  it('duplicate id', async () => {
    const { problems } = await load({ 'decisions.csv': addLine('decisions.csv', 'd3,12,1,1934-09-02,poll,,Another,false,,,,') });
    expectError(problems.errors, 'decisions.csv', 6, 'id', /duplicate id 'd3' \(first used in row 3\)/);
  });

  it('unknown member, meeting, decision, message and source', async () => {
    const { problems } = await load({
      'meetings.csv': replaceLine('meetings.csv', 2, 'm2,1934-08-15,kaganovich,kaganovich;bukharin'),
      'decisions.csv': replaceLine('decisions.csv', 3, 'd3,11,1,1934-08-15,meeting,m9,On cotton yields,false,kaganovich,,,'),
      'correspondence.csv': replaceLine('correspondence.csv', 2, 'c2,telegram,77,stalin,kaganovich,1934-08-19T11:00,1934-08-19T16:45,d4;d99,Agrees,c7,S'),
      'interventions.csv': replaceLine('interventions.csv', 1, 'd4,stalin,response,confirmed,c1;c3,example,x'),
      'absences.csv': replaceLine('absences.csv', 1, 'stalin,1934-07-30,1934-10-31,Sochi,s-missing'),
    });
    const e = problems.errors;
    expectError(e, 'meetings.csv', 2, 'attendees', /unknown member 'bukharin'/);
    expectError(e, 'decisions.csv', 3, 'meeting_id', /unknown meeting 'm9'/);
    expectError(e, 'correspondence.csv', 2, 'decision_ids', /unknown decision 'd99'/);
    expectError(e, 'correspondence.csv', 2, 'in_reply_to', /unknown message 'c7'/);
    expectError(e, 'interventions.csv', 1, 'correspondence_ids', /unknown message 'c3'/);
    expectError(e, 'absences.csv', 1, 'source_id', /unknown source 's-missing'/);
  });

  it('protocol item number used twice', async () => {
    const { problems } = await load({ 'decisions.csv': addLine('decisions.csv', 'd6,11,2,1934-09-02,poll,,Another,false,,,,') });
    expectError(problems.errors, 'decisions.csv', 6, 'item_no', /protocol 11 item 2 is used twice \(also decision 'd4'\)/);
  });

  it('message received before it was sent', async () => {
    const { problems } = await load({
      'correspondence.csv': replaceLine('correspondence.csv', 1, 'c1,telegram,1034,kaganovich,stalin,1934-08-18T14:05,1934-08-18T09:30,d4,Asks,,K'),
    });
    expectError(problems.errors, 'correspondence.csv', 1, 'received_at', /received \(1934-08-18T09:30\) before it was sent \(1934-08-18T14:05\)/);
  });

  it('reply sent before the message it answers was received', async () => {
    const { problems } = await load({
      'correspondence.csv': replaceLine('correspondence.csv', 2, 'c2,telegram,77,stalin,kaganovich,1934-08-18T18:00,1934-08-19T16:45,d4,Agrees,c1,S'),
    });
    expectError(problems.errors, 'correspondence.csv', 2, 'sent_at', /reply sent \(1934-08-18T18:00\) before the message it answers \('c1'\) was received \(1934-08-18T19:30\)/);
  });

  it('more than one intervention row per decision and member', async () => {
    const { problems } = await load({ 'interventions.csv': addLine('interventions.csv', 'd4,stalin,initiative,modified,c2,example,again') });
    expectError(problems.errors, 'interventions.csv', 2, 'decision_id', /second intervention row for decision 'd4' and member 'stalin'/);
  });

  it('an intervention naming neither a decision nor an item', async () => {
    const { problems } = await load({ 'interventions.csv': addLine('interventions.csv', ',stalin,initiative,modified,c2,example,again') });
    expectError(problems.errors, 'interventions.csv', 2, 'decision_id', /neither a decision nor an item_title/);
  });

  it('a poll naming a meeting, and an absence that ends before it starts', async () => {
    const { problems } = await load({
      'decisions.csv': replaceLine('decisions.csv', 4, "d4,11,2,1934-08-20,poll,m2,On the writers' congress declaration,false,kaganovich,11/2,,"),
      'absences.csv': replaceLine('absences.csv', 1, 'stalin,1934-10-30,1934-07-31,Sochi,s-notes'),
    });
    expectError(problems.errors, 'decisions.csv', 4, 'meeting_id', /poll names no meeting/);
    expectError(problems.errors, 'absences.csv', 1, 'to', /ends \(1934-07-31\) before it starts/);
  });

  it('reports all problems at once, up to the limit, counting the rest', async () => {
    const bad = Array.from({ length: 150 }, (_, i) => `x${i},Someone,chief,`).join('\n');
    const files = { ...exampleFiles(), 'members.csv': `${exampleFiles()['members.csv']}${bad}\n` };
    const { problems } = await loadRecord(writeFiles(files), { limit: 100 });
    expect(problems.errors).toHaveLength(100);
    expect(problems.omittedErrors).toBe(50);
    const error = (await readRecord(writeFiles(files)).catch((e: unknown) => e)) as RecordInvalidError;
    expect(error.message).toMatch(/150 problems/);
    expect(error.details.at(-1)).toEqual({ message: '… and 50 more problems', code: 'MORE_PROBLEMS', params: { count: 50 } });
  });

  it('reads a JSON record, locating rows by table and position', async () => {
    const dir = writeFiles({
      'r.json': JSON.stringify({
        members: [{ id: 'a', name: 'A', role: 'leader' }, { id: 'b', name: 'B', role: 'boss' }],
        absences: [],
        meetings: [],
        decisions: [],
        correspondence: [],
        interventions: [],
        nonsense: [],
      }),
    });
    const { problems } = await loadRecord(`${dir}/r.json`);
    expectError(problems.errors, 'r.json#members', 2, 'role', /'boss' is not one of/);
    expectError(problems.errors, 'r.json', 0, 'nonsense', /not a table/);
  });
});

describe('warnings for archival oddities', () => {
  it('gaps in protocol and item numbering, vague dates', async () => {
    const { problems } = await load({
      'decisions.csv': `${exampleFiles()['decisions.csv']}d6,14,1,1934-09-10,poll,,A,false,,,,\nd7,14,4,1934-09-10,poll,,B,false,,,approx,\n`,
    });
    expect(problems.errors).toEqual([]);
    const w = problems.warnings.map((p) => formatRecordProblem(p));
    expect(w).toContain('decisions.csv, row 6, column protocol_no: gap in protocol numbering: protocols 12–13 are missing');
    expect(w).toContain('decisions.csv, row 7, column item_no: gap in protocol 14: items 2–3 are missing');
    expect(w).toContain('decisions.csv, row 7, column date: vague date (precision: approx)');
  });
});
