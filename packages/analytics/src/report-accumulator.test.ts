import { toMinutes } from '@politburo/core';
import { describe, expect, it } from 'vitest';
import { minutesOf } from './report-accumulator.ts';

describe('minutesOf (the streaming path’s instant parser)', () => {
  it('agrees with core’s toMinutes on well-formed instants', () => {
    for (const t of ['1934-08-18T14:05', '1900-02-28T23:59', '2000-02-29T00:00', '1934-12-31T12:30', '4468-03-01T01:01', '1970-01-01T00:00']) {
      expect(minutesOf(t)).toBe(toMinutes(t));
    }
  });

  it('is NaN for anything else', () => {
    for (const t of [undefined, '', '1934-08-18', '1934-08-18 14:05', '1934-0x-18T14:05']) expect(minutesOf(t)).toBeNaN();
  });
});

describe('ReportAccumulator feeding order', () => {
  it('refuses interventions after decisions (they would be silently missed)', async () => {
    const { ReportAccumulator } = await import('./report-accumulator.ts');
    const acc = new ReportAccumulator({ leaderId: 'L', windows: [], onlyArchival: false, recordSynthetic: false });
    acc.decision({ id: 'd1', protocol_no: 1, item_no: 1, date: '1934-08-01', mode: 'poll', title: '', restricted: false }, 1);
    expect(() => acc.intervention({ decision_id: 'd1', member_id: 'L', origin: 'response', outcome: 'confirmed', correspondence_ids: [] }, 1)).toThrow(/before decisions/);
  });
});
