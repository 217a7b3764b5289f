import { afterAll, describe, expect, it } from 'vitest';
import { presetParams, TARGETS_1934 } from './presets.ts';
import { SimPool, seedRange } from './runner.ts';
import { summarize } from './stats.ts';

/**
 * The calibration claim as stated, on seeds 1–200: each report count's mean within 2%
 * (relative) of the published 1934 figure, and each published figure inside the 5–95%
 * range (nearest rank) of the runs. 200 simulated years take 70–85 s on 2 cores (more
 * on a loaded machine, hence the generous timeout); scripts/figures-1934.ts prints the
 * same table, and docs/simulator.md records it with an out-of-sample check on 201–400.
 */
const pool = new SimPool({ workers: 2 });
afterAll(() => pool.close());

describe('the 1934 preset', () => {
  it('reproduces the published figures within 2% on average over 200 seeds, each inside the 5–95% range', async () => {
    const params = presetParams('1934');
    const runs = await pool.run(seedRange(1, 200).map((seed) => ({ params, seed })));
    const s = summarize(runs.map((r) => r.figures));
    for (const [key, target] of Object.entries(TARGETS_1934) as Array<[keyof typeof TARGETS_1934, number]>) {
      const { mean, p5, p95 } = s[key];
      expect(Math.abs(mean! / target - 1), `${key}: mean ${mean} vs ${target}`).toBeLessThan(0.02);
      expect(p5!, `${key} p5`).toBeLessThanOrEqual(target);
      expect(p95!, `${key} p95`).toBeGreaterThanOrEqual(target);
    }
    // Sittings are placed by the calendar: exactly the published numbers, every run.
    expect(s.meetingsTotal).toMatchObject({ p5: 46, p95: 46 });
    expect(s.meetingsDuringAbsence).toMatchObject({ p5: 16, p95: 16 });
  }, 900_000);
});
