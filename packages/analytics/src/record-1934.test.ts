import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readRecord, validateRecord, writeRecordDir } from '@politburo/record';
import { describe, expect, it } from 'vitest';
import { computeReport } from './compute-report.ts';
import { computeReportFromDir } from './compute-report-from-dir.ts';
import { formatRate, formatReportText } from './format-report.ts';
import { buildCountedRecord } from './test-support/counted-record.ts';

describe('a record built to the published 1934 counts', () => {
  const record = buildCountedRecord();

  it('is a valid record', () => {
    expect(validateRecord(record).errors).toEqual([]);
  });

  it('reports exactly the published figures and percentages', () => {
    const report = computeReport(record);
    expect(report).toMatchObject({
      leaderId: 'stalin',
      decisionsTotal: 3945,
      meetingsTotal: 46,
      decisionsDuringAbsence: 1038,
      meetingsDuringAbsence: 16,
      meetingsWithoutLeader: 16,
      interventions: 119,
      responses: 91,
      initiatives: 28,
      confirmedUnchanged: 76,
    });
    expect(report.interventionRate).toBe(119 / 1038);
    expect(report.responseShare).toBe(91 / 119);
    expect(report.confirmationRate).toBe(76 / 91);
    expect(report.untouchedOrConfirmedRate).toBe(995 / 1038);
    expect(report.shareDuringAbsence).toBe(1038 / 3945);
    expect(formatRate('interventionRate', report)).toBe('11%');
    expect(formatRate('responseShare', report)).toBe('76%');
    expect(formatRate('confirmationRate', report)).toBe('84%');
    expect(formatRate('untouchedOrConfirmedRate', report)).toBe('96%');
    expect(formatRate('shareDuringAbsence', report)).toBe('26%');
    const text = formatReportText(report);
    expect(text).toMatch(/leader's interventions\s+119\s+11%/);
    expect(text).toMatch(/untouched or confirmed\s+995\s+96%/);
  });

  it('gives the same report read back from CSV, streamed or whole', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pb-1934-')), 'record');
    await writeRecordDir(record, dir);
    const whole = computeReport(await readRecord(dir));
    const streamed = await computeReportFromDir(dir);
    expect(streamed).toEqual(whole);
    expect(whole).toEqual(computeReport(record));
    for (const key of ['interventions', 'untouchedOrConfirmedRate', 'meetingsWithoutLeader'] as const) {
      expect(await computeReportFromDir(dir, { explain: key })).toEqual(computeReport(await readRecord(dir), { explain: key }));
    }
  });
});
