import { describe, expect, it } from 'vitest';
import { formatTypedDate, parseTypedDate } from './typed-date.ts';

describe('a date typed in the interface’s language', () => {
  it('is written as the language writes it', () => {
    expect(formatTypedDate('1934-07-30', 'ru')).toBe('30.07.1934');
    expect(formatTypedDate('1934-07-30', 'en')).toBe('30/07/1934');
    expect(formatTypedDate('1934-08-10T12:00', 'ru')).toBe('10.08.1934 12:00');
    expect(formatTypedDate('', 'ru')).toBe('');
  });
  it('is read into the same ISO value from either language’s form, or ISO', () => {
    expect(parseTypedDate('30.07.1934', false)).toBe('1934-07-30');
    expect(parseTypedDate('30/07/1934', false)).toBe('1934-07-30');
    expect(parseTypedDate(' 1.8.1934 ', false)).toBe('1934-08-01');
    expect(parseTypedDate('1934-07-30', false)).toBe('1934-07-30');
    expect(parseTypedDate('10.08.1934 12:00', true)).toBe('1934-08-10T12:00');
    expect(parseTypedDate('1934-08-10T12:00', true)).toBe('1934-08-10T12:00');
  });
  it('refuses what is not a real date or lacks the time asked for', () => {
    expect(parseTypedDate('31.02.1934', false)).toBeUndefined();
    expect(parseTypedDate('07/30/1934', false)).toBeUndefined();
    expect(parseTypedDate('30.07.1934', true)).toBeUndefined();
    expect(parseTypedDate('30.07.1934 24:00', true)).toBeUndefined();
    expect(parseTypedDate('someday', false)).toBeUndefined();
  });
});
