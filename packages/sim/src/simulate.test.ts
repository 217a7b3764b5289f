import { fromDays, toDays } from '@politburo/core';
import { computeReport } from '@politburo/analytics';
import { bodyToRecord, recordToEvents } from '@politburo/importer';
import { validateRecord } from '@politburo/record';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, PARAM_NAMES, withOverrides } from './params.ts';
import { presetParams, SCENARIOS, scenarioOverrides } from './presets.ts';
import { DEPUTY, LEADER, simulate } from './simulate.ts';

describe('simulate', () => {
  it('is deterministic: the same seed gives a byte-identical record, another seed another', () => {
    const a = JSON.stringify(simulate(DEFAULT_PARAMS, 7, { preset: '1934' }));
    const b = JSON.stringify(simulate(DEFAULT_PARAMS, 7, { preset: '1934' }));
    expect(b).toBe(a);
    expect(JSON.stringify(simulate(DEFAULT_PARAMS, 8, { preset: '1934' }))).not.toBe(a);
  }, 120_000);

  it('writes a synthetic record that passes the importer validation, with every parameter in meta', () => {
    const record = simulate(presetParams('1934'), 1, { preset: '1934' });
    const problems = validateRecord(record);
    expect(problems.errors).toEqual([]);
    expect(record.meta.synthetic).toBe(true);
    expect(record.meta.preset).toBe('1934');
    expect(record.meta.seed).toBe(1);
    expect(Object.keys(record.meta.parameters as object).sort()).toEqual([...PARAM_NAMES].sort());
    // The rules of the core hold by construction: the deputy chairs while the leader is away.
    const away = record.meetings.filter((m) => m.date >= '1934-08-01' && m.date <= '1934-10-31');
    expect(away.length).toBe(16);
    for (const m of away) {
      expect(m.chair_id).toBe(DEPUTY);
      expect(m.attendees).not.toContain(LEADER);
    }
    // Every referral answered by the leader is a response on an item he was asked about.
    const asked = new Set(record.correspondence.filter((c) => c.to_ids.includes(LEADER)).flatMap((c) => c.decision_ids));
    for (const iv of record.interventions.filter((i) => i.origin === 'response' && i.decision_id)) expect(asked.has(iv.decision_id!)).toBe(true);
  }, 120_000);

  it('a simulated record loads back through the engine with the same figures', () => {
    const record = simulate(presetParams('1934'), 3, { preset: '1934' });
    const { engine } = recordToEvents(record);
    const again = bodyToRecord(engine.body);
    expect(computeReport(again)).toEqual(computeReport(record));
  }, 120_000);

  it.each(Object.keys(SCENARIOS))('scenario %s gives a valid record', (name) => {
    const record = simulate(withOverrides(presetParams('1934'), scenarioOverrides(name)), 2);
    expect(validateRecord(record).errors).toEqual([]);
  }, 120_000);

  it('gives valid records across the parameter space (absences at the year ends, telephones, eager deputies)', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 0, max: 1_000_000 }),
          from: fc.integer({ min: 0, max: 364 }),
          length: fc.integer({ min: 0, max: 364 }),
          itemsPerDay: fc.double({ min: 0, max: 3, noNaN: true }),
          referralScale: fc.double({ min: 0, max: 10, noNaN: true }),
          pointsPerDay: fc.double({ min: 0, max: 3, noNaN: true }),
          leaderTelephone: fc.boolean(),
          deputyTelephoneShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
          meetingShare: fc.double({ min: 0, max: 1, noNaN: true }),
          letStandProb: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
        ({ seed, from, length, ...rest }) => {
          const first = toDays('1934-01-01');
          const params = withOverrides(presetParams('1934'), {
            ...rest,
            absenceFrom: fromDays(first + from),
            absenceTo: fromDays(Math.min(first + 364, first + from + length)),
          });
          const problems = validateRecord(simulate(params, seed));
          expect(problems.errors).toEqual([]);
        },
      ),
      { numRuns: 8, seed: 1934 },
    );
  }, 300_000);
});
