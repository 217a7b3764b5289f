/**
 * Absence windows: inclusive date ranges, merged when they overlap or touch (a
 * window ending on the 10th and one starting on the 11th are one absence), so a
 * date is counted once however the archive split the stay.
 */
import { addDays, DomainError, isIsoDate } from '@politburo/core';

export interface DateWindow {
  from: string;
  to: string;
}

export const mergeWindows = (windows: readonly DateWindow[]): DateWindow[] => {
  const sorted = windows.filter((w) => isIsoDate(w.from) && isIsoDate(w.to) && w.from <= w.to).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: DateWindow[] = [];
  for (const w of sorted) {
    const last = merged.at(-1);
    if (last && w.from <= addDays(last.to, 1)) {
      if (w.to > last.to) last.to = w.to;
    } else merged.push({ from: w.from, to: w.to });
  }
  return merged;
};

/**
 * from ≤ date ≤ to for some window; dates compare as ISO text. `windows` must be
 * merged (sorted, disjoint), which allows a binary search: a record spanning
 * centuries has hundreds of windows and millions of decisions.
 */
export const isInsideWindows = (date: string | undefined, windows: readonly DateWindow[]): boolean => {
  if (!date) return false;
  let lo = 0;
  let hi = windows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const w = windows[mid]!;
    if (date < w.from) hi = mid - 1;
    else if (date > w.to) lo = mid + 1;
    else return true;
  }
  return false;
};

/** Parses the `--absence FROM..TO` override. */
export const parseAbsenceOption = (text: string): DateWindow => {
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(text.trim());
  if (!m || !isIsoDate(m[1]!) || !isIsoDate(m[2]!)) {
    throw new DomainError('ABSENCE_INVALID', 'validation', `--absence '${text}' is not FROM..TO with ISO dates (e.g. 1934-08-01..1934-10-31)`, [
      { field: 'absence', message: 'expected FROM..TO' },
    ]);
  }
  if (m[2]! < m[1]!) {
    throw new DomainError('ABSENCE_INVALID', 'validation', `--absence '${text}' ends before it starts`, [{ field: 'absence', message: 'TO is before FROM' }]);
  }
  return { from: m[1]!, to: m[2]! };
};
