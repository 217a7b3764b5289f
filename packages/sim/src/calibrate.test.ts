import { afterAll, describe, expect, it } from 'vitest';
import { buildCalendar, isAbsentDay } from './calendar.ts';
import { calibrate, parseTargets, solveLinear } from './calibrate.ts';
import { withOverrides } from './params.ts';
import { presetParams } from './presets.ts';
import { SimPool, seedRange } from './runner.ts';
import { summarize } from './stats.ts';

const pool = new SimPool({ workers: 2 });
afterAll(() => pool.close());

describe('targets', () => {
  it('reads report JSON: figures by key, other fields ignored, misspelt figures refused', () => {
    expect(parseTargets({ decisionsTotal: 100, leaderId: 'x', interventions: 10, responses: 7 })).toEqual({
      decisionsTotal: 100,
      interventions: 10,
      responses: 7,
      initiatives: 3,
    });
    expect(() => parseTargets({ decisionTotal: 100 })).toThrow(/not a figure/);
    expect(() => parseTargets([])).toThrow();
    expect(() => parseTargets({ leaderId: 'x' })).toThrow(/no figure/);
  });

  it('refuses a budget too small for one search step rather than return the start as "fitted"', async () => {
    await expect(calibrate({ decisionsTotal: 3000, interventions: 60 }, { budget: 8, seedsPerEval: 24 })).rejects.toMatchObject({
      code: 'SIM_BUDGET_TOO_SMALL',
      message: expect.stringMatching(/buys no search step.*Raise --budget to at least \d+/),
    });
  });

  it('solves small linear systems', () => {
    expect(solveLinear([[2, 1], [1, 3]], [3, 5]).map((x) => Math.round(x * 1e9) / 1e9)).toEqual([0.8, 1.4]);
  });
});

describe('calibrate', () => {
  it('sets the sitting frequencies structurally for any meeting targets', async () => {
    const r = await calibrate({ meetingsTotal: 40, meetingsDuringAbsence: 12 }, { seedsPerEval: 1, validationSeeds: 1, pool });
    expect(r.searched).toEqual([]);
    const cal = buildCalendar(r.params);
    expect(cal.meetingDays).toHaveLength(40);
    expect(cal.meetingDays.filter((d) => isAbsentDay(cal, d))).toHaveLength(12);
    expect(r.achieved.meetingsTotal.mean).toBe(40);
  }, 120_000);

  /**
   * Parameter recovery. Truth: a smaller, different body (3 items a day, a keener
   * deputy, a more critical leader). Its figures (mean of 32 seeds) are the target;
   * the fit starts elsewhere and uses 16 other seeds. Tolerances (relative unless
   * noted) reflect the noise of 16- and 32-seed means of counts of 40–1000.
   */
  it('recovers the parameters that produced a set of figures', async () => {
    const truth = withOverrides(presetParams('1934'), {
      itemsPerDay: 3,
      harvestBoost: 0.6,
      referralScale: 1.2,
      confirmProb: 0.6,
      pointsPerDay: 0.5,
    });
    const runs = await pool.run(seedRange(5001, 32).map((seed) => ({ params: truth, seed })));
    const s = summarize(runs.map((r) => r.figures));
    const targets = Object.fromEntries(
      (['decisionsTotal', 'meetingsTotal', 'decisionsDuringAbsence', 'meetingsDuringAbsence', 'interventions', 'responses', 'confirmedUnchanged'] as const).map((k) => [k, s[k].mean!]),
    );
    const start = withOverrides(presetParams('1934'), { itemsPerDay: 4.5, harvestBoost: 0.2, referralScale: 0.6, confirmProb: 0.75, pointsPerDay: 0.3 });
    const fit = await calibrate(targets, { base: start, seedsPerEval: 16, firstSeed: 1, budget: 16 * 16, validationSeeds: 8, pool });
    const p = fit.params;
    expect(Math.abs(p.itemsPerDay / 3 - 1), `itemsPerDay ${p.itemsPerDay}`).toBeLessThan(0.05);
    expect(Math.abs(p.harvestBoost - 0.6), `harvestBoost ${p.harvestBoost}`).toBeLessThan(0.25);
    expect(Math.abs(p.referralScale / 1.2 - 1), `referralScale ${p.referralScale}`).toBeLessThan(0.15);
    expect(Math.abs(p.confirmProb - 0.6), `confirmProb ${p.confirmProb}`).toBeLessThan(0.08);
    expect(Math.abs(p.pointsPerDay / 0.5 - 1), `pointsPerDay ${p.pointsPerDay}`).toBeLessThan(0.25);
    expect(fit.simulations).toBeLessThanOrEqual(16 * 16);
  }, 600_000);
});
