import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber } from './format.ts';

describe('formatDate', () => {
  it('writes a day as each language does', () => {
    expect(formatDate('en', '1934-08-01')).toBe('1 August 1934');
    expect(formatDate('ru', '1934-08-01')).toBe('1 августа 1934 г.');
  });
  it('keeps a partial date partial', () => {
    expect(formatDate('en', '1934-08')).toBe('August 1934');
    expect(formatDate('ru', '1934-08')).toMatch(/^август 1934/);
    expect(formatDate('ru', '1934')).toMatch(/^1934/);
  });
  it('reads body time as written, never shifting the day', () => {
    expect(formatDateTime('en', '1934-12-31T23:30')).toBe('31 December 1934 at 23:30');
    expect(formatDateTime('ru', '1934-12-31T23:30')).toMatch(/^31 декабря 1934 г\.(,| в) 23:30$/);
  });
  it('refuses what is not a date', () => {
    expect(() => formatDate('en', '31/12/1934')).toThrow(/not an ISO date/);
  });
});

describe('formatNumber', () => {
  it('groups thousands as each language does', () => {
    expect(formatNumber('en', 3945)).toBe('3,945');
    expect(formatNumber('ru', 3945)).toBe('3\u00a0945');
    expect(formatNumber('ru', 0.5)).toBe('0,5');
  });
});
