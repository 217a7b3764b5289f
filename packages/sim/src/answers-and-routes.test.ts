import { computeReport } from '@politburo/analytics';
import { validateRecord } from '@politburo/record';
import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures.ts';
import { withOverrides } from './params.ts';
import { presetParams } from './presets.ts';
import { DEPUTY, LEADER, simulate, simulateRun } from './simulate.ts';

describe('the simulator does what a live body does with the leader’s answers', () => {
  it('his "modified" and "rejected" on registered decisions become amending and revoking items that the body decides and registers', () => {
    const { engine, record } = simulateRun(presetParams('1934'), 1, { preset: '1934' });
    const b = engine.body;
    const made = Object.values(b.items).filter((it) => it.answerMessageId);
    expect(made.length).toBeGreaterThan(0);
    for (const it of made) {
      const m = b.messages[it.answerMessageId!]!;
      const target = b.decisions[(it.amendsId ?? it.revokesId ?? it.reconsidersId)!]!;
      // Made by the core from a delivered answer of the leader on that very decision.
      expect(m.fromId).toBe(LEADER);
      expect(it.initiatorId).toBe(LEADER);
      const answer = m.answers.find((a) => a.itemId === target.itemId)!;
      expect({ modified: 'amendsId', rejected: 'revokesId', postponed: 'reconsidersId' }[answer.outcome as 'modified']).toBe(
        it.amendsId ? 'amendsId' : it.revokesId ? 'revokesId' : 'reconsidersId',
      );
      if (answer.outcome === 'modified') expect(it.text).toBe(answer.text);
    }
    // Registered, they read as amendments and revocations in the record: new decisions, counted like any other.
    const amending = record.decisions.filter((d) => d.amends_id);
    expect(amending.length).toBeGreaterThan(0);
    for (const d of amending) expect(b.decisions[d.amends_id!]!.amendedBy).toContain(d.id);
    expect(validateRecord(record).errors).toEqual([]);
  }, 120_000);
});

describe('the "without a poll" route in the model', () => {
  it('is off in the 1934 preset', () => {
    expect(presetParams('1934').withoutPollShare).toBe(0);
    expect(simulate(presetParams('1934'), 2, { preset: '1934' }).decisions.filter((d) => d.mode === 'without-poll')).toEqual([]);
  }, 120_000);
  it('when on, the deputy enters items on his visa alone during the absence only, and the report counts them apart', () => {
    const record = simulate(withOverrides(presetParams('1934'), { withoutPollShare: 0.2 }), 2);
    const visa = record.decisions.filter((d) => d.mode === 'without-poll');
    expect(visa.length).toBeGreaterThan(50);
    for (const d of visa) {
      expect(d.visa_by).toBe(DEPUTY);
      expect(d.meeting_id).toBeUndefined();
      expect(d.date >= '1934-08-01' && d.date <= '1934-10-31').toBe(true);
    }
    expect(computeReport(record).decisionsWithoutPoll).toBe(visa.length);
    expect(validateRecord(record).errors).toEqual([]);
  }, 120_000);
});

describe('one definition of "sittings without the leader" for the simulator and the report', () => {
  it('the simulated figure is the report’s, and reads unknown (null) once attendance is unknown', () => {
    const record = simulate(presetParams('1934'), 4, { preset: '1934' });
    const report = computeReport(record);
    expect(figuresOf(record).meetingsWithoutLeader).toBe(report.meetingsWithoutLeader);
    // Counted by hand: held sittings whose recorded attendance lacks the leader.
    expect(report.meetingsWithoutLeader).toBe(record.meetings.filter((m) => m.attendees && m.attendees.length > 0 && !m.attendees.includes(LEADER)).length);
    const unknown = { ...record, meetings: record.meetings.map((m) => ({ ...m, attendees: null })) };
    expect(figuresOf(unknown).meetingsWithoutLeader).toBeNull();
    expect(computeReport(unknown)).toMatchObject({ meetingsWithoutLeader: null, meetingsWithAttendance: 0, meetingsTotal: record.meetings.length });
  }, 120_000);
});
