import { describe, expect, it } from 'vitest';
import { icuFromI18next } from './flatten.ts';
import { createTranslator, translator } from './translator.ts';

describe('translator', () => {
  it('formats ICU messages of the shared catalogue in each language', () => {
    expect(translator('en')('record.syntheticItem', { topic: 'defence' })).toBe('Synthetic item (defence)');
    expect(translator('ru')('record.syntheticItem', { topic: 'оборона' })).toBe('Синтетический вопрос (оборона)');
  });
  it('chooses the Russian plural forms one, few, many', () => {
    const t = createTranslator('ru', { rows: '{count, plural, one {# строка} few {# строки} many {# строк} other {# строки}}' });
    expect([1, 3, 5, 21, 22, 11, 1.5].map((count) => t('rows', { count }))).toEqual([
      '1 строка',
      '3 строки',
      '5 строк',
      '21 строка',
      '22 строки',
      '11 строк',
      '1,5 строки',
    ]);
  });
  it('falls back to English, then shows the key', () => {
    const t = createTranslator('ru', {}, { only: 'English only' });
    expect(t('only')).toBe('English only');
    expect(t('nowhere.at.all')).toBe('nowhere.at.all');
  });
  it('formats a date argument in body time (UTC), not the process zone', () => {
    const t = createTranslator('en', { on: 'on {at, date, long}' });
    expect(t('on', { at: new Date(Date.UTC(1934, 7, 1, 23, 30)) })).toBe('on 1 August 1934');
  });
});

describe('icuFromI18next', () => {
  it('turns {{x}} into {x} and plural-suffixed keys into one ICU plural', () => {
    const icu = icuFromI18next({ 'a.hello': 'Hi {{name}}', 'a.rows_one': '{{count}} row', 'a.rows_other': '{{count}} rows' });
    expect(icu['a.hello']).toBe('Hi {name}');
    const t = createTranslator('en', icu);
    expect(t('a.rows', { count: 1 })).toBe('1 row');
    expect(t('a.rows', { count: 4 })).toBe('4 rows');
    expect(t('a.hello', { name: 'Lazar' })).toBe('Hi Lazar');
  });
});
