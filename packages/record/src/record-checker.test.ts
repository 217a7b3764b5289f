import { describe, expect, it } from 'vitest';
import { OrderedProblems } from './ordered-problems.ts';
import { loadRecord, scanRecord } from './read-record.ts';
import { RecordChecker } from './record-checker.ts';
import { type RecordItem, recordItems } from './record-rows.ts';
import { TABLE_SPECS } from './table-specs.ts';
import { exampleFiles, writeFiles } from './test-support/temp-record.ts';
import { validateRecord } from './validate-record.ts';

const lines = (file: string): string[] => exampleFiles()[file]!.trimEnd().split('\n');

/** The example with many kinds of error and warning, some of them only known at the end of a table. */
const badRecord = (): string => {
  const decisions = lines('decisions.csv');
  decisions[1] = 'd1,10,x1,1934-13-15,sitting,m1,On the harvest plan,maybe,,,,'; // bad int, date, enum, bool
  decisions[4] = "d4,11,2,1934-08-20,poll,m2,On the writers' congress declaration,false,kaganovich,11/2,,"; // poll naming a meeting
  decisions.push('d3,12,1,1934-09-02,poll,,Another,false,,,,'); // duplicate id
  decisions.push('d6,14,1,1934-09-10,poll,,A,false,nobody,,approx,'); // unknown initiator, gap, vague date
  decisions.push('d7,14,4,1934-09-10,meeting,,B,false,,,,'); // item gap, meeting unnamed
  const letters = lines('correspondence.csv');
  // A reply placed before the letter it answers, sent before that letter arrived (found only when the letter comes).
  letters.push('r1,letter,,stalin,kaganovich,1934-09-01T10:00,1934-09-01T12:00,d4,Early reply,r2,S');
  letters.push('r2,letter,,kaganovich,stalin,1934-08-30T10:00,1934-09-02T10:00,d4,The letter,,K');
  letters.push('r3,letter,,stalin,kaganovich,1934-09-05T10:00,1934-09-04T10:00,d4,Received before sent,r9,S'); // unknown reply target
  letters.push('r4,letter,,stalin,stalin,1934-09-05T10:00,1934-09-05T11:00,d4,To itself,r4,S'); // self reply
  const members = lines('members.csv');
  members.push('x1,Someone,chief,s-nowhere'); // bad role, unknown source (sources are read first, judged against all of them)
  const absences = lines('absences.csv');
  absences[1] = 'stalin,1934-10-30,1934-07-31,Sochi,s-notes';
  const interventions = lines('interventions.csv');
  interventions.push(interventions[1]!); // duplicate
  interventions.push(',molotov,response,confirmed,,,'); // unnamed
  return writeFiles({
    ...exampleFiles(),
    'decisions.csv': `${decisions.join('\n')}\n`,
    'correspondence.csv': `${letters.join('\n')}\n`,
    'members.csv': `${members.join('\n')}\n`,
    'absences.csv': `${absences.join('\n')}\n`,
    'interventions.csv': `${interventions.join('\n')}\n`,
    'ballots.csv': 'decision_id,member_id,vote\nd1,stalin,for\nd1,stalin,against\n',
    'stray.csv': 'a\n1\n',
  });
};

describe('the row-by-row checker', () => {
  it('streamed, it gives exactly the problems of the record read whole, in the same order', async () => {
    const dir = badRecord();
    const whole = await loadRecord(dir);
    const streamed = scanRecord(dir);
    const codes = new Set(whole.problems.errors.map((p) => p.code));
    for (const code of ['INT_INVALID', 'DATE_INVALID', 'ENUM_INVALID', 'BOOL_INVALID', 'ID_DUPLICATE', 'REF_UNKNOWN', 'POLL_WITH_MEETING', 'RANGE_REVERSED', 'REPLY_BEFORE_RECEIVED', 'RECEIVED_BEFORE_SENT', 'SELF_REPLY', 'INTERVENTION_DUPLICATE', 'INTERVENTION_UNNAMED', 'BALLOT_DUPLICATE']) {
      expect(codes, code).toContain(code);
    }
    expect(whole.problems.warnings.map((p) => p.code)).toEqual(expect.arrayContaining(['FILE_UNKNOWN', 'PROTOCOL_GAP', 'ITEM_GAP', 'DATE_VAGUE', 'MEETING_UNNAMED']));
    expect(streamed.problems).toEqual(whole.problems);
    // The reply is judged when its letter comes, but listed at its own row, among the letters' problems.
    const reply = whole.problems.errors.findIndex((p) => p.code === 'REPLY_BEFORE_RECEIVED');
    expect(whole.problems.errors[reply]).toMatchObject({ file: 'correspondence.csv', row: 3, column: 'sent_at', params: { answered: 'r2' } });
    expect(whole.problems.errors[reply + 1]).toMatchObject({ code: 'RECEIVED_BEFORE_SENT', row: 5 });
  });

  it('lists the same problems whatever the order the tables come in', async () => {
    const { record, locations, problems } = await loadRecord(badRecord());
    const byTable = new Map<string, RecordItem[]>();
    for (const item of recordItems(record, locations)) {
      const list = byTable.get(item.table) ?? [];
      list.push(item);
      byTable.set(item.table, list);
    }
    // The format's own table order (sources last: every source reference arrives before its table).
    const checked = new OrderedProblems();
    const checker = new RecordChecker(checked);
    for (const spec of TABLE_SPECS) for (const item of byTable.get(spec.name)!) checker.see(item);
    checker.finish();
    const fromRecord = validateRecord(record, { locations });
    expect(checked.result()).toEqual(fromRecord);
    // The whole read's errors are the reader's, then exactly these.
    expect(problems.errors.slice(-fromRecord.errors.length)).toEqual(fromRecord.errors);
    expect(fromRecord.errors.length).toBeGreaterThan(10);
  });

  it('keeps the first problems up to the limit, counting the rest, as a full list cut there would', async () => {
    const dir = badRecord();
    const all = scanRecord(dir).problems;
    const cut = scanRecord(dir, { limit: 5 }).problems;
    expect(cut.errors).toEqual(all.errors.slice(0, 5));
    expect(cut.omittedErrors).toBe(all.errors.length - 5);
    expect(cut.warnings).toEqual(all.warnings.slice(0, 5));
    expect(cut.omittedWarnings).toBe(all.warnings.length - 5);
  });
});
