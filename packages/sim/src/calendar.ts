import { fromDays, toDays } from '@politburo/core';
import type { Params } from './params.ts';

/** Days per "month" in the meeting-frequency parameters: 365.25 / 12. */
export const MONTH_DAYS = 30.4375;

export interface Calendar {
  /** Day numbers (days since 1970-01-01) of 1 January and 31 December. */
  firstDay: number;
  lastDay: number;
  /** Inclusive absence window as day numbers, or null when the leader never leaves. */
  absence: { from: number; to: number } | null;
  meetingDays: number[];
  /** Proposal rate on each day of the year (index = day − firstDay). */
  rates: number[];
}

export const isAbsentDay = (c: Calendar, day: number): boolean => c.absence !== null && day >= c.absence.from && day <= c.absence.to;

/** Spreads n meetings evenly over a list of days: the k-th at index ⌊(k + ½)·len/n⌋. */
const spread = (days: number[], n: number): number[] => {
  const out: number[] = [];
  for (let k = 0; k < n; k++) out.push(days[Math.floor(((k + 0.5) * days.length) / n)]!);
  return out;
};

/** Number of meetings a rate yields over so many days (rounded: the calendar is structural). */
export const meetingCount = (perMonth: number, days: number): number => Math.round((perMonth * days) / MONTH_DAYS);

/** The year's calendar: absence window, sitting days and the seasonal proposal rate. */
export const buildCalendar = (p: Params): Calendar => {
  const firstDay = toDays(`${p.year}-01-01`);
  const lastDay = toDays(`${p.year}-12-31`);
  const absence = p.leaderAbsent ? { from: toDays(p.absenceFrom), to: toDays(p.absenceTo) } : null;
  const present: number[] = [];
  const away: number[] = [];
  for (let d = firstDay; d <= lastDay; d++) {
    if (absence && d >= absence.from && d <= absence.to) away.push(d);
    else present.push(d);
  }
  const meetingDays = [
    ...spread(present, meetingCount(p.meetingsPerMonthPresent, present.length)),
    ...spread(away, meetingCount(p.meetingsPerMonthAbsent, away.length)),
  ].sort((a, b) => a - b);
  const peak = toDays(`${p.year}${p.harvestPeak.slice(4)}`);
  const w2 = 2 * p.harvestWidthDays * p.harvestWidthDays;
  const rates: number[] = [];
  for (let d = firstDay; d <= lastDay; d++) rates.push(p.itemsPerDay * (1 + p.harvestBoost * Math.exp(-((d - peak) ** 2) / w2)));
  return { firstDay, lastDay, absence, meetingDays, rates };
};

export const dateOfDay = (day: number): string => fromDays(day);

/**
 * Sitting frequencies that place exactly the given numbers of meetings in the calendar
 * (meetings are placed, not drawn): the structural half of calibration, and how a preset
 * is fitted to a scenario's sitting counts. Either count may be left out.
 */
export const sittingFrequencies = (p: Params, meetingsTotal?: number, meetingsDuringAbsence?: number): Partial<Pick<Params, 'meetingsPerMonthPresent' | 'meetingsPerMonthAbsent'>> => {
  const cal = buildCalendar(p);
  let away = 0;
  for (let d = cal.firstDay; d <= cal.lastDay; d++) if (isAbsentDay(cal, d)) away++;
  const present = cal.lastDay - cal.firstDay + 1 - away;
  const out: Partial<Pick<Params, 'meetingsPerMonthPresent' | 'meetingsPerMonthAbsent'>> = {};
  const mda = meetingsDuringAbsence;
  if (mda !== undefined && away > 0) out.meetingsPerMonthAbsent = (Math.round(mda) * MONTH_DAYS) / away;
  if (meetingsTotal !== undefined && present > 0) {
    const awayCount = mda !== undefined ? Math.round(mda) : Math.round((p.meetingsPerMonthAbsent * away) / MONTH_DAYS);
    out.meetingsPerMonthPresent = (Math.max(0, Math.round(meetingsTotal) - awayCount) * MONTH_DAYS) / present;
  }
  for (const [k, v] of Object.entries(out)) (out as Record<string, number>)[k] = Math.round((v as number) * 1e6) / 1e6;
  return out;
};
