import { describe, expect, it } from 'vitest';
import { isInsideWindows, mergeWindows, parseAbsenceOption } from './absence-windows.ts';

describe('absence windows', () => {
  it('merges overlapping and touching windows, keeps separate ones apart', () => {
    expect(
      mergeWindows([
        { from: '1934-09-01', to: '1934-09-30' },
        { from: '1934-08-01', to: '1934-08-31' }, // touches the September window
        { from: '1934-09-15', to: '1934-10-05' }, // overlaps it
        { from: '1934-10-07', to: '1934-10-10' }, // one free day between: separate
      ]),
    ).toEqual([
      { from: '1934-08-01', to: '1934-10-05' },
      { from: '1934-10-07', to: '1934-10-10' },
    ]);
  });

  it('touches across a month and a year end', () => {
    expect(mergeWindows([{ from: '1934-12-20', to: '1934-12-31' }, { from: '1935-01-01', to: '1935-01-05' }])).toEqual([{ from: '1934-12-20', to: '1935-01-05' }]);
  });

  it('is inclusive at both ends', () => {
    const w = [{ from: '1934-08-01', to: '1934-10-31' }];
    expect(['1934-07-31', '1934-08-01', '1934-10-31', '1934-11-01'].map((d) => isInsideWindows(d, w))).toEqual([false, true, true, false]);
    expect(isInsideWindows('', w)).toBe(false);
  });

  it('parses FROM..TO and rejects what is not', () => {
    expect(parseAbsenceOption('1934-08-01..1934-10-31')).toEqual({ from: '1934-08-01', to: '1934-10-31' });
    expect(() => parseAbsenceOption('1934-08-01-1934-10-31')).toThrow(expect.objectContaining({ code: 'ABSENCE_INVALID' }));
    expect(() => parseAbsenceOption('1934-02-30..1934-03-01')).toThrow(expect.objectContaining({ code: 'ABSENCE_INVALID' }));
    expect(() => parseAbsenceOption('1934-10-31..1934-08-01')).toThrow(/ends before it starts/);
  });
});
