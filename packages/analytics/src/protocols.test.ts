import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '@politburo/core';
import { type DecisionRow, emptyRecord, type PolitburoRecord, writeRecordDir } from '@politburo/record';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeReport } from './compute-report.ts';
import { computeReportFromDir } from './compute-report-from-dir.ts';
import { explain } from './explain.ts';
import { formatReportText } from './format-report.ts';

const base = (): PolitburoRecord => {
  const r = emptyRecord();
  r.members = [{ id: 'L', name: 'Leader', role: 'leader' }];
  r.absences = [{ member_id: 'L', from: '1934-08-01', to: '1934-10-31', location: 'Sochi' }];
  return r;
};
let n = 0;
const item = (protocol_no: number, date: string, protocol_date?: string, extra: Partial<DecisionRow> = {}): DecisionRow => {
  n += 1;
  return { id: `d${n}`, protocol_no, item_no: n, date, mode: 'poll', title: '', restricted: false, ...(protocol_date ? { protocol_date } : {}), ...extra };
};

describe('protocolsTotal and protocolsDuringAbsence', () => {
  it('count distinct protocols by their protocol date, not by the items’ dates, and not meetings', () => {
    const r = base();
    r.meetings = [
      { id: 'm1', date: '1934-08-26', attendees: null },
      { id: 'm2', date: '1934-08-28', attendees: null },
    ];
    r.decisions = [
      // No. 8 of 9 June: two items.
      item(8, '1934-06-09', '1934-06-09', { mode: 'meeting' }),
      item(8, '1934-06-05', '1934-06-09'),
      // No. 12 of 26 Aug covers the sittings of 26 and 28 Aug and a poll of 30 July: one protocol, in the absence.
      item(12, '1934-08-26', '1934-08-26', { mode: 'meeting', meeting_id: 'm1' }),
      item(12, '1934-08-28', '1934-08-26', { mode: 'meeting', meeting_id: 'm2' }),
      item(12, '1934-07-30', '1934-08-26'),
      // No. 13 dated 1 Nov holds polls of late October: outside the absence, though its items are inside.
      item(13, '1934-10-30', '1934-11-01'),
      // A December poll entered in the next year's protocol: that protocol is not the year's.
      item(1, '1934-12-31', '1935-01-05'),
    ];
    const report = computeReport(r);
    // Counted by hand: protocols 8, 12, 13 are dated in 1934; 12 alone is dated inside Aug–Oct.
    expect(report.protocolsTotal).toBe(3);
    expect(report.protocolsDuringAbsence).toBe(1);
    expect(report.meetingsTotal).toBe(2);
    expect(report.decisionsDuringAbsence).toBe(3);
    expect(formatReportText(report)).toMatch(/protocols during absence\s+1/);
    // The rows behind a protocol figure: one item of each protocol counted.
    expect(explain(r, 'protocolsDuringAbsence').rows.map((x) => x.values.protocol_no)).toEqual([12]);
    expect(explain(r, 'protocolsTotal').rows.map((x) => x.values.protocol_no)).toEqual([8, 12, 13]);
  });

  it('a number with no protocol_date is one protocol dated by its latest item; the same number on two dates is two protocols', () => {
    const r = base();
    r.decisions = [item(5, '1934-07-20'), item(5, '1934-08-02'), item(5, '1934-07-31'), item(1, '1934-02-20', '1934-02-20'), item(1, '1934-01-10', '1934-01-15')];
    const report = computeReport(r);
    expect(report.protocolsTotal).toBe(3);
    // No. 5 is dated 2 Aug by its latest item: inside the absence.
    expect(report.protocolsDuringAbsence).toBe(1);
  });

  it('--only archival counts the protocols of the archival items alone', () => {
    const r = base();
    r.decisions = [item(3, '1934-08-05', '1934-08-10', { synthetic: false }), item(4, '1934-08-20', '1934-08-20', { synthetic: true }), item(4, '1934-08-19', '1934-08-20', { synthetic: true })];
    expect(computeReport(r).protocolsTotal).toBe(2);
    expect(computeReport(r, { onlyArchival: true })).toMatchObject({ protocolsTotal: 1, protocolsDuringAbsence: 1 });
  });

  // An oracle from the README's definition, sharing no code with the report.
  const oracle = (r: PolitburoRecord): { protocolsTotal: number; protocolsDuringAbsence: number } => {
    const dates = new Map<string, string>();
    for (const d of r.decisions) {
      const key = `${d.protocol_no}|${d.protocol_date ?? ''}`;
      const date = d.protocol_date ?? d.date;
      const prev = dates.get(key);
      if (prev === undefined || date > prev) dates.set(key, date);
    }
    const years = new Set(r.decisions.map((d) => d.date.slice(0, 4)));
    const counted = [...dates.values()].filter((d) => years.has(d.slice(0, 4)));
    const w = r.absences[0]!;
    return { protocolsTotal: counted.length, protocolsDuringAbsence: counted.filter((d) => w.from <= d && d <= w.to).length };
  };

  it('agrees with an oracle on random records, in memory and streamed', async () => {
    const gen = fc.array(
      fc.record({ day: fc.integer({ min: 0, max: 400 }), no: fc.integer({ min: 1, max: 6 }), lag: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }) }),
      { maxLength: 30 },
    );
    await fc.assert(
      fc.asyncProperty(gen, async (rows) => {
        const r = base();
        r.decisions = rows.map((x, i) => {
          const date = addDays('1934-06-01', x.day);
          // Items with a protocol date share it per number (a protocol has one date), offset by the number.
          return { id: `r${i}`, protocol_no: x.no, item_no: i + 1, date, mode: 'poll', title: '', restricted: false, ...(x.lag === undefined ? {} : { protocol_date: addDays('1934-06-01', 30 * x.no + x.lag) }) };
        });
        const report = computeReport(r);
        expect({ protocolsTotal: report.protocolsTotal, protocolsDuringAbsence: report.protocolsDuringAbsence }).toEqual(oracle(r));
        const dir = join(mkdtempSync(join(tmpdir(), 'pb-protocols-')), 'r');
        await writeRecordDir(r, dir);
        expect(await computeReportFromDir(dir)).toEqual(report);
      }),
      { numRuns: 40 },
    );
  });
});
