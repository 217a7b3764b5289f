import { describe, expect, it } from 'vitest';
import { langFromAcceptLanguage, langFromEnv, pickLang } from './lang.ts';

describe('pickLang', () => {
  it('takes the setting first, then Accept-Language, then English', () => {
    expect(pickLang('ru', 'en-US,en;q=0.9')).toBe('ru');
    expect(pickLang(undefined, 'ru-RU,ru;q=0.9,en;q=0.8')).toBe('ru');
    expect(pickLang('', 'de-DE,de;q=0.9')).toBe('en');
    expect(pickLang('fr', undefined)).toBe('en');
  });
  it('ranks Accept-Language by quality, skipping q=0 and unknown tags', () => {
    expect(langFromAcceptLanguage('de;q=1, en;q=0.5, ru;q=0.8')).toBe('ru');
    expect(langFromAcceptLanguage('ru;q=0, en')).toBe('en');
    expect(langFromAcceptLanguage('*')).toBeUndefined();
  });
});

describe('langFromEnv', () => {
  it('follows LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(langFromEnv({ LANG: 'ru_RU.UTF-8' })).toBe('ru');
    expect(langFromEnv({ LC_ALL: 'en_GB.UTF-8', LANG: 'ru_RU.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_ALL: '', LC_MESSAGES: 'ru_RU', LANG: 'C' })).toBe('ru');
    expect(langFromEnv({ LC_ALL: 'C', LANG: 'ru_RU.UTF-8' })).toBe('en');
    expect(langFromEnv({})).toBe('en');
  });
});
