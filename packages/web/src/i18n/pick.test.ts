import { catalogue, flatten, formatMessage, icuFromI18next } from '@politburo/i18n';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { interventionBasis } from './pick.ts';
import { ru } from './ru.ts';

const translate = (lang: 'en' | 'ru') => {
  // As index.ts merges them (index.ts itself needs a browser).
  const messages: Record<string, string> = { ...catalogue(lang), ...icuFromI18next(flatten((lang === 'ru' ? ru : en) as Parameters<typeof flatten>[0])) };
  return (key: string, params?: Record<string, string>) => formatMessage(lang, messages[key] ?? key, params ?? {});
};

describe('an intervention’s basis in the interface’s language', () => {
  it('words the engine’s fact from the catalogue', () => {
    const answer = { outcome: 'modified', basis: 'answer "modified" in message 1', basisFact: { kind: 'answer' as const, message: '1' } };
    expect(interventionBasis(answer, translate('ru'), 'ru')).toEqual({ text: 'ответ «изменено» в сообщении 1', lang: 'ru' });
    expect(interventionBasis(answer, translate('en'), 'en')).toEqual({ text: 'answer “modified” in message 1', lang: 'en' });
    const point = { outcome: 'rejected', basis: 'point raised by message and voted down', basisFact: { kind: 'point' as const } };
    expect(interventionBasis(point, translate('ru'), 'ru')?.text).toBe('вопрос, поднятый в сообщении, отклонён');
  });

  it('shows a basis a coder wrote as written, marked with its language', () => {
    expect(interventionBasis({ outcome: 'confirmed', basis: 'Khlevniuk p. 84' }, translate('ru'), 'ru')).toEqual({ text: 'Khlevniuk p. 84', lang: 'en' });
    expect(interventionBasis({ outcome: 'confirmed' }, translate('ru'), 'ru')).toBeUndefined();
  });
});
