import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { validateCommand } from './cli.ts';
import type { RecordInvalidError } from './record-problem.ts';
import { EXAMPLE_DIR, exampleFiles, writeFiles } from './test-support/temp-record.ts';

const run = async (args: string[]): Promise<string[]> => {
  const lines: string[] = [];
  const program = new Command().exitOverride();
  validateCommand({ print: (l) => lines.push(l) })(program);
  await program.parseAsync(['node', 'politburo', ...args]);
  return lines;
};

describe('politburo validate', () => {
  it('prints warnings and a summary for a valid record', async () => {
    expect(await run(['validate', EXAMPLE_DIR])).toEqual([
      'warning: decisions.csv, row 5, column date: vague date (precision: month)',
      'ok: 5 members, 2 meetings, 5 decisions, 2 messages, 1 interventions, 1 warning',
    ]);
  });

  it('throws RECORD_INVALID with every problem located', async () => {
    const dir = writeFiles({ ...exampleFiles(), 'meetings.csv': 'id,date,chair_id,attendees\nm1,1934-07-15,stalin,stalin\nm2,1934-08-32,nobody,\n' });
    const error = (await run(['validate', dir]).catch((e: unknown) => e)) as RecordInvalidError;
    expect(error.code).toBe('RECORD_INVALID');
    expect(error.details).toEqual([
      { file: 'meetings.csv', row: 2, column: 'date', message: "'1934-08-32' is not a date (YYYY-MM-DD)", code: 'DATE_INVALID', params: { value: '1934-08-32' } },
      { file: 'meetings.csv', row: 2, column: 'chair_id', message: "unknown member 'nobody' (no such id in members.csv)", code: 'REF_UNKNOWN', params: { table: 'members', id: 'nobody', file: 'members.csv' } },
    ]);
  });
});
