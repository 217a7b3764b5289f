import { describe, expect, it } from 'vitest';
import { nearestRank, summarizeLatencies } from './nearest-rank.ts';

describe('nearest-rank percentiles', () => {
  it('takes the value at rank ceil(p·n)', () => {
    const xs = [15, 20, 35, 40, 50];
    expect(nearestRank(xs, 0.5)).toBe(35); // rank 3
    expect(nearestRank(xs, 0.9)).toBe(50); // rank ceil(4.5) = 5
    expect(nearestRank([1, 2, 3, 4], 0.5)).toBe(2); // rank 2, not the mean 2.5
    expect(nearestRank([7], 0.9)).toBe(7);
    expect(nearestRank([], 0.5)).toBeNull();
  });

  it('sorts before summarising', () => {
    expect(summarizeLatencies([300, 60, 1440, 120])).toEqual({ count: 4, medianMinutes: 120, p90Minutes: 1440 });
    expect(summarizeLatencies([])).toEqual({ count: 0, medianMinutes: null, p90Minutes: null });
  });
});
