import { describe, expect, it } from 'vitest';
import { bodyNow, instantFromMs, pauseClock, resumeClock, stepClock } from './body-clock.ts';
import type { ClockConfig } from '../bodies/server-events.ts';

describe('body clock', () => {
  const t0 = Date.UTC(2026, 0, 1, 12, 0);
  const replay: ClockConfig = { mode: 'replay', anchorBody: '1934-09-01T10:00', anchorReal: t0, speed: 60, paused: false };

  it('real time is UTC to the minute', () => {
    expect(bodyNow({ mode: 'real' }, t0 + 59_000)).toBe('2026-01-01T12:00');
    expect(instantFromMs(t0 + 61_000)).toBe('2026-01-01T12:01');
  });

  it('a replay clock runs `speed` body minutes per real minute', () => {
    expect(bodyNow(replay, t0)).toBe('1934-09-01T10:00');
    expect(bodyNow(replay, t0 + 60_000)).toBe('1934-09-01T11:00');
    expect(bodyNow(replay, t0 + 24 * 60_000)).toBe('1934-09-02T10:00');
  });

  it('pauses, resumes where it stopped, and steps', () => {
    const paused = pauseClock(replay, t0 + 60_000);
    expect(bodyNow(paused, t0 + 10 * 60_000)).toBe('1934-09-01T11:00');
    const resumed = resumeClock(paused, t0 + 10 * 60_000);
    expect(bodyNow(resumed, t0 + 11 * 60_000)).toBe('1934-09-01T12:00');
    expect(bodyNow(stepClock(paused, t0, 90), t0 + 5 * 60_000)).toBe('1934-09-01T12:30');
  });
});
