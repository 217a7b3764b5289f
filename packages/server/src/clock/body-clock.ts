import { addMinutes, type Instant, toMinutes } from '@politburo/core';
import type { ClockConfig } from '../bodies/server-events.ts';

/** Real epoch ms → UTC instant to the minute. */
export const instantFromMs = (ms: number): Instant => new Date(ms).toISOString().slice(0, 16);

/** The body's current instant under its clock at real time `realMs`. */
export const bodyNow = (clock: ClockConfig, realMs: number): Instant => {
  if (clock.mode === 'real') return instantFromMs(realMs);
  if (clock.paused) return clock.anchorBody;
  const elapsedMinutes = Math.floor(((realMs - clock.anchorReal) / 60_000) * clock.speed);
  return addMinutes(clock.anchorBody, Math.max(0, elapsedMinutes));
};

/** Real ms at which a running replay clock reaches `target` (for waits and tests); null if never. */
export const realMsWhen = (clock: ClockConfig, target: Instant): number | null => {
  if (clock.mode === 'real') return null;
  if (clock.paused || clock.speed <= 0) return null;
  return clock.anchorReal + ((toMinutes(target) - toMinutes(clock.anchorBody)) / clock.speed) * 60_000;
};

export const pauseClock = (clock: ClockConfig, realMs: number): ClockConfig =>
  clock.mode === 'real' ? clock : { ...clock, anchorBody: bodyNow(clock, realMs), anchorReal: realMs, paused: true };

export const resumeClock = (clock: ClockConfig, realMs: number): ClockConfig =>
  clock.mode === 'real' ? clock : { ...clock, anchorReal: realMs, paused: false };

export const stepClock = (clock: ClockConfig, realMs: number, minutes: number): ClockConfig =>
  clock.mode === 'real' ? clock : { ...clock, anchorBody: addMinutes(bodyNow(clock, realMs), minutes), anchorReal: realMs };

export const clockView = (clock: ClockConfig, realMs: number) => ({
  mode: clock.mode,
  now: bodyNow(clock, realMs),
  speed: clock.mode === 'replay' ? clock.speed : 1,
  paused: clock.mode === 'replay' ? clock.paused : false,
});
