import { describe, expect, it } from 'vitest';
import { rngFor, streamsFor } from './random.ts';

describe('the seeded generator', () => {
  it('repeats its sequence for the same seed and differs across seeds and streams', () => {
    const a = streamsFor(42);
    const b = streamsFor(42);
    const xs = Array.from({ length: 5 }, () => a.arrivals.uniform());
    expect(Array.from({ length: 5 }, () => b.arrivals.uniform())).toEqual(xs);
    expect(streamsFor(43).arrivals.uniform()).not.toBe(xs[0]);
    expect(a.leader.uniform()).not.toBe(a.votes.uniform());
  });

  // Statistical checks with a fixed seed; tolerances are about 4 standard errors.
  it('draws uniforms, Poisson counts and log-normal delays with the stated moments', () => {
    const r = rngFor(7);
    const n = 20_000;
    let u = 0;
    let pois = 0;
    const ln: number[] = [];
    for (let i = 0; i < n; i++) {
      u += r.uniform();
      pois += r.poisson(11);
      ln.push(r.logNormal(150, 0.35));
    }
    expect(u / n).toBeCloseTo(0.5, 1); // SE 0.002
    expect(Math.abs(pois / n - 11)).toBeLessThan(0.1); // SE 0.023
    ln.sort((a, b) => a - b);
    expect(Math.abs(ln[n / 2]! / 150 - 1)).toBeLessThan(0.02);
    expect(Math.abs(r.poisson(0))).toBe(0);
  });

  it('draws Beta(1, b) importances with mean 1/(1+b)', () => {
    const r = rngFor(3);
    let s = 0;
    for (let i = 0; i < 20_000; i++) s += r.beta1(4);
    expect(Math.abs(s / 20_000 - 0.2)).toBeLessThan(0.005); // SE 0.0011
  });
});
