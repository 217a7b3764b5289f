import { figuresOf, presetParams, simulateRun } from '@politburo/sim';
import { describe, expect, it } from 'vitest';
import { BAND_RUNS, paramsHash, simBand } from './sim-band.ts';

/** The shipped band is a cache of the simulator, not a set of numbers: two of its runs, re-run, give the same figures. */
describe("the debrief's simulator band", () => {
  it('holds at least 100 runs of the current 1934 preset, and its runs re-run the same', async () => {
    const band = await simBand();
    expect(band.paramsHash).toBe(paramsHash());
    expect(band.runs.length).toBeGreaterThanOrEqual(BAND_RUNS);
    for (const i of [0, band.runs.length - 1]) {
      const again = figuresOf(simulateRun(presetParams('1934'), band.seeds[i]!).record);
      expect(again).toEqual(band.runs[i]);
    }
    const s = band.spreads.decisionsTotal;
    expect(s.p5! <= s.mean! && s.mean! <= s.p95!).toBe(true);
  }, 60_000);
});
