/** Percentiles by the nearest-rank method: the smallest value with at least p of the data at or below it. */
export const nearestRank = (sortedAscending: ArrayLike<number>, p: number): number | null => {
  const n = sortedAscending.length;
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil(p * n));
  return sortedAscending[rank - 1]!;
};

export interface LatencySummary {
  count: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
}

export const summarizeLatencies = (minutes: readonly number[]): LatencySummary => {
  const sorted = Float64Array.from(minutes).sort();
  return { count: sorted.length, medianMinutes: nearestRank(sorted, 0.5), p90Minutes: nearestRank(sorted, 0.9) };
};
