import { describe, expect, it } from 'vitest';
import { buildCalendar, isAbsentDay } from './calendar.ts';
import { DEFAULT_PARAMS, PARAM_NAMES, PARAM_SPECS, parseOverride, validateParams, withOverrides } from './params.ts';
import { presetParams, SCENARIOS, scenarioOverrides } from './presets.ts';

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
};

describe('parameters', () => {
  it('documents every parameter and validates the defaults', () => {
    for (const n of PARAM_NAMES) expect(PARAM_SPECS[n].doc.length).toBeGreaterThan(10);
    expect(validateParams({ ...DEFAULT_PARAMS })).toEqual(DEFAULT_PARAMS);
  });

  it('parses --set overrides by kind', () => {
    expect(parseOverride('itemsPerDay=12.5')).toEqual(['itemsPerDay', 12.5]);
    expect(parseOverride('leaderTelephone=true')).toEqual(['leaderTelephone', true]);
    expect(parseOverride('absenceTo=1934-09-30')).toEqual(['absenceTo', '1934-09-30']);
    expect(withOverrides(DEFAULT_PARAMS, ['confirmProb=0.5', 'year=1934']).confirmProb).toBe(0.5);
  });

  it('refuses bad overrides with a stable code and a clear message', () => {
    expect(codeOf(() => parseOverride('itemsPerDey=3'))).toBe('SIM_UNKNOWN_PARAM');
    expect(() => parseOverride('itemsPerDey=3')).toThrow(/Did you mean/);
    expect(codeOf(() => parseOverride('confirmProb=1.5'))).toBe('SIM_BAD_PARAM');
    expect(() => parseOverride('confirmProb=1.5')).toThrow('Parameter confirmProb must be a probability from 0 to 1; got 1.5.');
    expect(codeOf(() => parseOverride('meetingHour=12.5'))).toBe('SIM_BAD_PARAM');
    expect(codeOf(() => parseOverride('leaderAbsent=yes'))).toBe('SIM_BAD_PARAM');
    expect(codeOf(() => parseOverride('absenceTo=1934-02-30'))).toBe('SIM_BAD_PARAM');
    expect(codeOf(() => parseOverride('telegramSlots=25:00'))).toBe('SIM_BAD_PARAM');
    expect(codeOf(() => parseOverride('itemsPerDay'))).toBe('SIM_BAD_SET');
    expect(codeOf(() => withOverrides(DEFAULT_PARAMS, ['absenceTo=1934-07-01']))).toBe('SIM_BAD_PARAM');
    expect(codeOf(() => withOverrides(DEFAULT_PARAMS, ['deputyLetterShare=0.7', 'deputyTelephoneShare=0.5']))).toBe('SIM_BAD_PARAM');
    expect(codeOf(() => presetParams('1935'))).toBe('SIM_UNKNOWN_PRESET');
    expect(codeOf(() => scenarioOverrides('fax'))).toBe('SIM_UNKNOWN_SCENARIO');
  });

  it('accepts every named scenario on the 1934 preset', () => {
    for (const name of Object.keys(SCENARIOS)) expect(() => withOverrides(presetParams('1934'), scenarioOverrides(name))).not.toThrow();
  });
});

describe('the calendar', () => {
  it('places 46 sittings in 1934, 16 of them in the absence (structural, not random)', () => {
    const c = buildCalendar(DEFAULT_PARAMS);
    expect(c.meetingDays).toHaveLength(46);
    expect(c.meetingDays.filter((d) => isAbsentDay(c, d))).toHaveLength(16);
    expect(new Set(c.meetingDays).size).toBe(46);
  });

  it('makes the harvest season busier', () => {
    const c = buildCalendar(DEFAULT_PARAMS);
    const sept15 = c.rates[257]!;
    expect(sept15).toBeGreaterThan(c.rates[0]!);
  });
});
