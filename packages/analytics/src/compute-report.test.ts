import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '@politburo/core';
import { type DecisionRow, emptyRecord, type InterventionRow, type MeetingRow, type PolitburoRecord, writeRecordDir } from '@politburo/record';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeReport } from './compute-report.ts';
import { computeReportFromDir } from './compute-report-from-dir.ts';
import { explain } from './explain.ts';
import { formatReportText, reportToJson } from './format-report.ts';

const base = (): PolitburoRecord => {
  const r = emptyRecord();
  r.members = [
    { id: 'L', name: 'Leader', role: 'leader' },
    { id: 'D', name: 'Deputy', role: 'deputy' },
    { id: 'M', name: 'Member', role: 'member' },
  ];
  r.absences = [{ member_id: 'L', from: '1934-08-01', to: '1934-08-31', location: 'Sochi' }];
  return r;
};
const decision = (id: string, date: string, extra: Partial<DecisionRow> = {}): DecisionRow => ({
  id,
  protocol_no: 1,
  item_no: Number(id.replace(/\D/g, '')) || 1,
  date,
  mode: 'poll',
  title: id,
  restricted: false,
  ...extra,
});
const intervention = (decision_id: string, member_id: string, origin: 'response' | 'initiative', outcome: InterventionRow['outcome'] = 'confirmed'): InterventionRow => ({
  decision_id,
  member_id,
  origin,
  outcome,
  correspondence_ids: [],
});
const meeting = (id: string, date: string, attendees: string[] | null, chair_id?: string): MeetingRow => ({ id, date, attendees, chair_id });

const tempDir = (): string => join(mkdtempSync(join(tmpdir(), 'pb-report-')), 'r');

describe('report definitions', () => {
  it('decisionsDuringAbsence: from ≤ date ≤ to, boundaries included', () => {
    const r = base();
    r.decisions = [decision('d1', '1934-07-31'), decision('d2', '1934-08-01'), decision('d3', '1934-08-31'), decision('d4', '1934-09-01')];
    const report = computeReport(r);
    expect(report.decisionsTotal).toBe(4);
    expect(report.decisionsDuringAbsence).toBe(2);
    expect(report.shareDuringAbsence).toBe(2 / 4);
  });

  it('touching absence rows count as one window and the day they meet is inside', () => {
    const r = base();
    r.absences = [
      { member_id: 'L', from: '1934-08-01', to: '1934-08-10', location: '' },
      { member_id: 'L', from: '1934-08-11', to: '1934-08-20', location: '' },
      { member_id: 'D', from: '1934-01-01', to: '1934-12-31', location: '' }, // not the leader's
    ];
    r.decisions = [decision('d1', '1934-08-10'), decision('d2', '1934-08-11'), decision('d3', '1934-08-21'), decision('d4', '1934-03-01')];
    const report = computeReport(r);
    expect(report.absences).toEqual([{ from: '1934-08-01', to: '1934-08-20' }]);
    expect(report.decisionsDuringAbsence).toBe(2);
  });

  it('the --absence override replaces the record’s windows', () => {
    const r = base();
    r.decisions = [decision('d1', '1934-08-15'), decision('d2', '1934-12-01')];
    const report = computeReport(r, { absences: [{ from: '1934-11-01', to: '1934-12-31' }] });
    expect(report.decisionsDuringAbsence).toBe(1);
    expect(report.explanation).toBeUndefined();
    expect(explain(r, 'decisionsDuringAbsence', { absences: [{ from: '1934-11-01', to: '1934-12-31' }] }).rows.map((x) => x.values.id)).toEqual(['d2']);
  });

  it('interventions: only the leader’s rows on decisions during the absence', () => {
    const r = base();
    r.decisions = [decision('d1', '1934-08-05'), decision('d2', '1934-08-06'), decision('d3', '1934-08-07'), decision('d4', '1934-07-01')];
    r.interventions = [
      intervention('d1', 'L', 'response', 'confirmed'),
      intervention('d2', 'D', 'response', 'confirmed'), // another member
      intervention('d4', 'L', 'initiative'), // outside the absence
      { ...intervention('', 'L', 'initiative'), decision_id: undefined, item_title: 'never adopted' }, // no decision
      intervention('d3', 'L', 'initiative', 'modified'),
    ];
    const report = computeReport(r);
    expect(report).toMatchObject({ decisionsDuringAbsence: 3, interventions: 2, responses: 1, initiatives: 1, confirmedUnchanged: 1 });
    expect(report.interventionRate).toBe(2 / 3);
    expect(report.responseShare).toBe(1 / 2);
    expect(report.confirmationRate).toBe(1);
    // (3 − 2 + 1) / 3
    expect(report.untouchedOrConfirmedRate).toBe(2 / 3);
    expect(explain(r, 'interventions').rows.map((x) => x.values.decision_id)).toEqual(['d1', 'd3']);
    expect(explain(r, 'untouchedOrConfirmedRate').rows.map((x) => x.values.id)).toEqual(['d1', 'd2']);
  });

  it('confirmedUnchanged counts responses only: a confirmed initiative is not a confirmation', () => {
    const r = base();
    r.decisions = [decision('d1', '1934-08-05'), decision('d2', '1934-08-06'), decision('d3', '1934-08-07')];
    r.interventions = [intervention('d1', 'L', 'initiative', 'confirmed'), intervention('d2', 'L', 'response', 'modified'), intervention('d3', 'L', 'response', 'confirmed')];
    expect(computeReport(r)).toMatchObject({ interventions: 3, responses: 2, initiatives: 1, confirmedUnchanged: 1, confirmationRate: 1 / 2 });
  });

  it('meetings: during absence by date; without the leader only where attendance is known', () => {
    const r = base();
    r.meetings = [
      meeting('m1', '1934-07-15', ['L', 'D']),
      meeting('m2', '1934-08-01', ['D', 'M'], 'D'),
      meeting('m3', '1934-08-15', null, 'D'), // unknown attendance
      meeting('m4', '1934-09-01', ['D']), // after the absence, still without the leader
      meeting('m5', '1934-08-31', []), // an empty list also says nothing
    ];
    const report = computeReport(r);
    expect(report).toMatchObject({ meetingsTotal: 5, meetingsDuringAbsence: 3, meetingsWithoutLeader: 2 });
    expect(report.meetingsByChair).toEqual([
      { chairId: 'D', meetings: 2 },
      { chairId: null, meetings: 3 },
    ]);
  });

  it('zero denominators give null rates, shown as —', () => {
    const r = base();
    const report = computeReport(r);
    for (const k of ['interventionRate', 'responseShare', 'confirmationRate', 'untouchedOrConfirmedRate', 'shareDuringAbsence'] as const) expect(report[k]).toBeNull();
    expect(formatReportText(report)).toMatch(/decisions during absence\s+0\s+—/);
    expect(JSON.parse(reportToJson(report))).toMatchObject({ interventionRate: null, decisionsTotal: 0 });
  });

  it('restricted decisions are counted like any other', () => {
    const r = base();
    r.decisions = [decision('d1', '1934-08-05', { restricted: true }), decision('d2', '1934-08-06')];
    expect(computeReport(r).decisionsDuringAbsence).toBe(2);
  });

  it('--only archival drops rows marked synthetic, a row’s own mark overriding the record’s', () => {
    const r = base();
    r.decisions = [decision('d1', '1934-08-05', { synthetic: true }), decision('d2', '1934-08-06'), decision('d3', '1934-07-06')];
    r.interventions = [{ ...intervention('d2', 'L', 'response'), synthetic: true }];
    expect(computeReport(r)).toMatchObject({ decisionsTotal: 3, interventions: 1 });
    expect(computeReport(r, { onlyArchival: true })).toMatchObject({ decisionsTotal: 2, decisionsDuringAbsence: 1, interventions: 0, onlyArchival: true });
    r.meta = { synthetic: true };
    r.members = r.members.map((m) => ({ ...m, synthetic: false }));
    r.absences = r.absences.map((a) => ({ ...a, synthetic: false }));
    r.decisions[2] = { ...r.decisions[2]!, synthetic: false };
    expect(computeReport(r, { onlyArchival: true })).toMatchObject({ decisionsTotal: 1, decisionsDuringAbsence: 0 });
  });

  it('the leader: --leader, else the one member with role leader, else a typed error', () => {
    const r = base();
    expect(computeReport(r).leaderId).toBe('L');
    expect(computeReport(r, { leader: 'D' }).leaderId).toBe('D');
    expect(() => computeReport(r, { leader: 'X' })).toThrow(expect.objectContaining({ code: 'LEADER_NOT_FOUND', category: 'not-found' }));
    r.members.push({ id: 'L2', name: 'Another', role: 'leader' });
    expect(() => computeReport(r)).toThrow(expect.objectContaining({ code: 'LEADER_AMBIGUOUS', category: 'validation' }));
    r.members = r.members.filter((m) => m.role !== 'leader');
    expect(() => computeReport(r)).toThrow(expect.objectContaining({ code: 'LEADER_NOT_FOUND' }));
  });

  it('extras: decisions by month and mode, latencies by kind, reply latency, initiators', () => {
    const r = base();
    r.decisions = [
      decision('d1', '1934-07-05', { mode: 'meeting', initiator_id: 'D' }),
      decision('d2', '1934-08-06', { initiator_id: 'D' }),
      decision('d3', '1934-08-07'),
    ];
    r.interventions = [intervention('d2', 'L', 'response'), intervention('d3', 'D', 'initiative')];
    const msg = (id: string, kind: 'letter' | 'telegram', sent: string | undefined, received: string | undefined, in_reply_to?: string) => ({
      id,
      kind,
      from_id: 'D',
      to_ids: ['L'],
      sent_at: sent,
      received_at: received,
      decision_ids: [],
      summary: '',
      in_reply_to,
    });
    r.correspondence = [
      msg('c1', 'telegram', '1934-08-01T10:00', '1934-08-01T14:00'), // 240
      msg('c2', 'telegram', '1934-08-02T10:00', '1934-08-02T11:00', 'c1'), // 60; reply 20h after c1 arrived
      msg('c3', 'telegram', '1934-08-03T10:00', undefined), // not delivered
      msg('c4', 'letter', '1934-08-01T10:00', '1934-08-04T10:00'), // 4320
      msg('c5', 'letter', '1934-08-05T10:00', '1934-08-05T12:00', 'c4'), // 120; reply 24h after c4 arrived
    ];
    const report = computeReport(r);
    expect(report.decisionsByMonth).toEqual([
      { month: '1934-07', meeting: 1, poll: 0, withoutPoll: 0 },
      { month: '1934-08', meeting: 0, poll: 2, withoutPoll: 0 },
    ]);
    expect(report.correspondenceByKind).toEqual([
      { kind: 'letter', messages: 2, delivered: 2, count: 2, medianMinutes: 120, p90Minutes: 4320 },
      { kind: 'telegram', messages: 3, delivered: 2, count: 2, medianMinutes: 60, p90Minutes: 240 },
    ]);
    expect(report.replyLatency).toEqual({ replies: 2, count: 2, medianMinutes: 20 * 60, p90Minutes: 24 * 60 });
    expect(report.initiators).toEqual([
      { memberId: 'D', decisions: 2, decisionsDuringAbsence: 1, responses: 0, initiatives: 1 },
      { memberId: 'L', decisions: 0, decisionsDuringAbsence: 0, responses: 1, initiatives: 0 },
      { memberId: null, decisions: 1, decisionsDuringAbsence: 1, responses: 0, initiatives: 0 },
    ]);
    const text = formatReportText(report);
    expect(text).toContain('Correspondence by kind');
    expect(text).toMatch(/letter\s+2\s+2\s+2h00\s+3d 0h00/);
  });

  it('explain lists rows with their table and data row', () => {
    const r = base();
    r.meetings = [meeting('m1', '1934-07-15', ['L']), meeting('m2', '1934-08-02', ['D'])];
    const e = explain(r, 'meetingsWithoutLeader');
    expect(e).toEqual({ key: 'meetingsWithoutLeader', rowsOf: 'meetingsWithoutLeader', rows: [{ table: 'meetings', row: 2, values: r.meetings[1] }] });
    expect(formatReportText(computeReport(r, { explain: 'meetingsWithoutLeader' }))).toContain('meetings.csv row 2: id=m2 date=1934-08-02 attendees=D');
  });

  it('JSON output has the figures as top-level fields, rates unrounded', () => {
    const r = base();
    r.decisions = [decision('d1', '1934-08-05'), decision('d2', '1934-08-06'), decision('d3', '1934-09-06')];
    const json = JSON.parse(reportToJson(computeReport(r)));
    expect(json.decisionsTotal).toBe(3);
    expect(json.shareDuringAbsence).toBe(2 / 3);
  });
});

// An oracle written straight from the table, sharing no code with the report.
const oracle = (r: PolitburoRecord, leader: string, from: string, to: string) => {
  const inside = (d: string) => from <= d && d <= to;
  const absent = r.decisions.filter((d) => inside(d.date));
  const leaderRows = r.interventions.filter((v) => v.member_id === leader && v.decision_id);
  const intervened = absent.map((d) => leaderRows.find((v) => v.decision_id === d.id)).filter((v) => v !== undefined);
  const responses = intervened.filter((v) => v.origin === 'response');
  const confirmed = responses.filter((v) => v.outcome === 'confirmed');
  // Only held sittings count; a sitting's leader-absence is knowable only where attendance was recorded.
  const held = r.meetings.filter((m) => m.status === undefined || m.status === 'held');
  const withAttendance = held.filter((m) => m.attendees && m.attendees.length > 0);
  return {
    decisionsTotal: r.decisions.length,
    meetingsTotal: held.length,
    decisionsDuringAbsence: absent.length,
    meetingsDuringAbsence: held.filter((m) => inside(m.date)).length,
    meetingsWithAttendance: withAttendance.length,
    meetingsWithoutLeader: withAttendance.length === 0 ? null : withAttendance.filter((m) => !m.attendees!.includes(leader)).length,
    decisionsWithoutPoll: r.decisions.filter((d) => d.mode === 'without-poll').length,
    decisionsRestricted: r.decisions.filter((d) => d.restricted).length,
    interventions: intervened.length,
    responses: responses.length,
    initiatives: intervened.length - responses.length,
    confirmedUnchanged: confirmed.length,
  };
};

const randomRecord = fc
  .record({
    decisions: fc.array(fc.record({ day: fc.integer({ min: 0, max: 120 }), mode: fc.constantFrom('meeting', 'poll', 'without-poll' as const), restricted: fc.boolean() }), { maxLength: 40 }),
    meetings: fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: 120 }),
        attendees: fc.option(fc.subarray(['L', 'D', 'M']), { nil: null }),
        status: fc.constantFrom(undefined, 'held' as const, 'scheduled' as const, 'cancelled' as const),
      }),
      { maxLength: 10 },
    ),
    interventions: fc.array(
      fc.record({ d: fc.nat(), member: fc.constantFrom('L', 'D'), origin: fc.constantFrom('response', 'initiative' as const), outcome: fc.constantFrom('confirmed', 'modified', 'rejected', 'postponed' as const) }),
      { maxLength: 30 },
    ),
    windowStart: fc.integer({ min: 0, max: 100 }),
    windowLength: fc.integer({ min: 0, max: 40 }),
  })
  .map((g) => {
    const r = base();
    const day = (n: number) => addDays('1934-06-01', n);
    r.absences = [{ member_id: 'L', from: day(g.windowStart), to: day(g.windowStart + g.windowLength), location: '' }];
    r.meetings = g.meetings.map((m, i) => ({ ...meeting(`m${i + 1}`, day(m.day), m.attendees), ...(m.status ? { status: m.status } : {}) }));
    r.decisions = g.decisions.map((d, i) => decision(`d${i + 1}`, day(d.day), { mode: d.mode, restricted: d.restricted, item_no: i + 1 }));
    const seen = new Set<string>();
    for (const v of g.interventions) {
      if (r.decisions.length === 0) break;
      const id = r.decisions[v.d % r.decisions.length]!.id;
      if (seen.has(`${id}/${v.member}`)) continue;
      seen.add(`${id}/${v.member}`);
      r.interventions.push(intervention(id, v.member, v.origin, v.outcome));
    }
    return r;
  });

describe('report against an independent oracle, in memory and streamed', () => {
  it('agrees on random records', async () => {
    await fc.assert(
      fc.asyncProperty(randomRecord, async (r) => {
        const report = computeReport(r);
        const w = r.absences[0]!;
        expect(report).toMatchObject(oracle(r, 'L', w.from, w.to));
        const dir = tempDir();
        await writeRecordDir(r, dir);
        expect(await computeReportFromDir(dir)).toEqual(computeReport(r));
      }),
      { numRuns: 40 },
    );
  });
});

describe('figures that mean what they say', () => {
  it('held, not scheduled: a sitting scheduled and never opened, or cancelled, counts in no figure', async () => {
    const r = base();
    r.meetings = [
      meeting('m1', '1934-07-20', ['L', 'D'], 'L'), // held before the absence, leader present
      { ...meeting('m2', '1934-08-05', ['D', 'M'], 'D'), status: 'held' }, // held in the absence, without the leader
      { ...meeting('m3', '1934-08-12', null), status: 'scheduled' }, // never opened
      { ...meeting('m4', '1934-08-19', ['D'], 'D'), status: 'cancelled' },
      meeting('m5', '1934-08-26', null, 'D'), // held, attendance unknown
    ];
    const report = computeReport(r);
    // By hand: held = m1, m2, m5; in the absence = m2, m5; attendance recorded = m1, m2; without the leader = m2.
    expect(report).toMatchObject({ meetingsTotal: 3, meetingsDuringAbsence: 2, meetingsWithAttendance: 2, meetingsWithoutLeader: 1 });
    expect(report.meetingsByChair).toEqual([
      { chairId: 'D', meetings: 2 },
      { chairId: 'L', meetings: 1 },
    ]);
    expect(explain(r, 'meetingsTotal').rows.map((x) => x.values.id)).toEqual(['m1', 'm2', 'm5']);
    const dir = tempDir();
    await writeRecordDir(r, dir);
    expect(await computeReportFromDir(dir)).toEqual(report);
  });

  it('unknown is not zero: with no attendance recorded, sittings without the leader is null, with the count it rests on', () => {
    const r = base();
    r.meetings = [meeting('m1', '1934-08-05', null), meeting('m2', '1934-08-06', []), meeting('m3', '1934-08-07', null)];
    const report = computeReport(r);
    expect(report.meetingsWithoutLeader).toBeNull();
    expect(report.meetingsWithAttendance).toBe(0);
    expect(report.meetingsTotal).toBe(3);
    expect(JSON.parse(reportToJson(report))).toMatchObject({ meetingsWithoutLeader: null, meetingsWithAttendance: 0 });
    expect(formatReportText(report)).toMatch(/meetings without the leader\s+unknown\s+attendance recorded for 0 of 3/);
  });

  it('decisions without a poll and the special folder are counted apart, each with its rows', () => {
    const r = base();
    r.decisions = [
      decision('d1', '1934-09-02', { mode: 'without-poll', visa_by: 'D' }),
      decision('d2', '1934-09-03', { restricted: true }),
      decision('d3', '1934-09-04', { mode: 'without-poll', restricted: true, visa_by: 'D' }),
      decision('d4', '1934-09-05', { mode: 'meeting' }),
    ];
    const report = computeReport(r);
    expect(report).toMatchObject({ decisionsTotal: 4, decisionsWithoutPoll: 2, decisionsRestricted: 2 });
    expect(report.decisionsByMonth).toEqual([{ month: '1934-09', meeting: 1, poll: 1, withoutPoll: 2 }]);
    expect(explain(r, 'decisionsWithoutPoll').rows.map((x) => x.values.id)).toEqual(['d1', 'd3']);
    expect(explain(r, 'decisionsRestricted').rows.map((x) => x.values.id)).toEqual(['d2', 'd3']);
    expect(formatReportText(report)).toMatch(/in the special folder\s+2/);
  });
});
