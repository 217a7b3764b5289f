import { describe, expect, it } from 'vitest';
import { DEFAULT_LATENCIES } from '../bodies/server-events.ts';
import { dueAt, latencyMinutes } from './latency.ts';

describe('channel latency', () => {
  it('is deterministic per message and within ±25% of the channel median', () => {
    for (const kind of ['telegram', 'letter', 'telephone'] as const) {
      for (let i = 0; i < 200; i++) {
        const m = latencyMinutes(DEFAULT_LATENCIES, kind, `msg-${i}`);
        expect(m).toBe(latencyMinutes(DEFAULT_LATENCIES, kind, `msg-${i}`));
        expect(m).toBeGreaterThanOrEqual(Math.floor(DEFAULT_LATENCIES[kind] * 0.75));
        expect(m).toBeLessThanOrEqual(Math.ceil(DEFAULT_LATENCIES[kind] * 1.25));
      }
    }
  });

  it('orders the channels: telephone minutes, telegram hours, letter days', () => {
    const at = '1934-09-01T10:00';
    expect(dueAt(DEFAULT_LATENCIES, 'telephone', 'x', at) < dueAt(DEFAULT_LATENCIES, 'telegram', 'x', at)).toBe(true);
    expect(dueAt(DEFAULT_LATENCIES, 'telegram', 'x', at) < dueAt(DEFAULT_LATENCIES, 'letter', 'x', at)).toBe(true);
  });
});
