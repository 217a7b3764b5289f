import { describe, expect, it } from 'vitest';
import { dateInWords, instantInWords, messageInWords, sittingInWords, statusInWords } from './in-words.ts';

describe('dates and names in words', () => {
  it('says a date and an instant the way a reader does, never the ISO stamp', () => {
    expect(dateInWords('1934-08-01')).toBe('1 August 1934');
    expect(instantInWords('1934-08-01T16:35')).toBe('1 August 1934, 16:35');
    expect(instantInWords('1934-12-30')).toBe('30 December 1934');
    expect(sittingInWords('1934-07-05')).toBe('the sitting of 5 July 1934');
  });
  it('names statuses and numbered messages in words', () => {
    expect(statusInWords('polling')).toBe('out to a poll');
    expect(messageInWords({ kind: 'telegram', number: '12' }, 'L. M. Kaganovich')).toBe('telegram Kaganovich № 12');
    expect(messageInWords({ kind: 'letter', number: '3', series: 'Stalin' })).toBe('letter Stalin № 3');
    expect(messageInWords({ kind: 'letter' })).toBe('the letter');
  });
});
