import { describe, expect, it } from 'vitest';
import { translateCommanderError } from './help-lang.ts';

// Commander 14's sentences as it writes them (lib/command.js, lib/suggestSimilar.js).
const COMMANDER = [
  "error: unknown option '--x'",
  "error: unknown command 'validat'\n(Did you mean validate?)",
  "error: unknown command 'ex'\n(Did you mean one of export, explain?)",
  "error: missing required argument 'record'",
  "error: option '--db <file|url>' argument missing",
  "error: required option '--db <file|url>' not specified",
  "error: option '--lang <lang>' argument 'de' is invalid. Allowed choices are en, ru.",
  'error: too many arguments. Expected 0 arguments but got 2.',
  "error: too many arguments for 'validate'. Expected 1 argument but got 3.",
];

describe('commander’s usage errors from the catalogue', () => {
  it('reads every sentence back in English exactly as commander wrote it', () => {
    for (const text of COMMANDER) expect(translateCommanderError(`${text}\n`, 'en')).toBe(`${text}\n`);
  });
  it('says every one of them in Russian, counting arguments in Russian plurals', () => {
    for (const text of COMMANDER) expect(translateCommanderError(text, 'ru'), text).toMatch(/^ошибка: [^\n]*[а-я]/);
    expect(translateCommanderError(COMMANDER[7]!, 'ru')).toBe('ошибка: слишком много аргументов: ожидалось 0 аргументов, а получено 2.');
    expect(translateCommanderError(COMMANDER[8]!, 'ru')).toBe('ошибка: слишком много аргументов у команды «validate»: ожидался 1 аргумент, а получено 3.');
    expect(translateCommanderError(COMMANDER[2]!, 'ru')).toBe('ошибка: неизвестная команда «ex»\n(Может быть, одно из: export, explain?)');
  });
  it('passes on a line it does not know as it stands', () => {
    expect(translateCommanderError('something else entirely\n', 'ru')).toBe('something else entirely\n');
  });
});
