import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { reportCommand, type ReportSourceResolver } from './cli.ts';
import { buildCountedRecord } from './test-support/counted-record.ts';

const EXAMPLE = new URL('../../../examples/tiny-record/', import.meta.url).pathname;

const run = async (args: string[], resolvers?: ReportSourceResolver[]): Promise<string> => {
  let out = '';
  const program = new Command().exitOverride();
  reportCommand({ print: (t) => (out += t), resolvers, configure: (c) => c.option('--scenario <name>') })(program);
  await program.parseAsync(['node', 'politburo', ...args]);
  return out;
};

describe('politburo report', () => {
  it('prints the table for a CSV folder', async () => {
    const out = await run(['report', EXAMPLE]);
    expect(out).toMatch(/Leader: stalin\. Absences: 1934-07-30\.\.1934-10-31/);
    expect(out).toMatch(/leader's interventions\s+1\s+33%/);
  });

  it('prints JSON, streams a folder, and honours --leader, --absence, --only and --explain', async () => {
    const json = JSON.parse(await run(['report', EXAMPLE, '--json', '--stream', '--absence', '1934-08-15..1934-08-20', '--absence', '1934-08-21..1934-08-31']));
    expect(json).toMatchObject({ decisionsDuringAbsence: 2, absences: [{ from: '1934-08-15', to: '1934-08-31' }], interventionRate: 0.5 });
    // The example is synthetic as a whole (meta.json): its archival rows are none.
    expect(JSON.parse(await run(['report', EXAMPLE, '--json', '--only', 'archival'])).decisionsTotal).toBe(0);
    expect(JSON.parse(await run(['report', EXAMPLE, '--json', '--leader', 'kaganovich'])).leaderId).toBe('kaganovich');
    expect(await run(['report', EXAMPLE, '--explain', 'interventions'])).toMatch(/interventions\.csv row 1: decision_id=d4 member_id=stalin/);
  });

  it('rejects bad flags with a DomainError', async () => {
    await expect(run(['report', EXAMPLE, '--explain', 'everything'])).rejects.toMatchObject({ code: 'OPTION_INVALID' });
    await expect(run(['report', EXAMPLE, '--absence', 'August'])).rejects.toMatchObject({ code: 'ABSENCE_INVALID' });
    await expect(run(['report', '/nonexistent'])).rejects.toMatchObject({ code: 'RECORD_NOT_FOUND' });
  });

  it('takes a record from a resolver the CLI adds (e.g. --scenario)', async () => {
    const scenario: ReportSourceResolver = async (_target, opts) => (opts.scenario === '1934' ? { kind: 'record', record: buildCountedRecord() } : undefined);
    expect(JSON.parse(await run(['report', '--scenario', '1934', '--json'], [scenario])).decisionsTotal).toBe(3945);
  });
});
