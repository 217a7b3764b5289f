import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogue, flatten, icuFromI18next, messageArguments, NAMESPACES } from '@politburo/i18n';
import { keysNamedIn, sourceFiles } from '@politburo/i18n/check';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { ru } from './ru.ts';

const icuEn = icuFromI18next(flatten(en));
const icuRu = icuFromI18next(flatten(ru as Parameters<typeof flatten>[0]));
const src = fileURLToPath(new URL('..', import.meta.url));
describe("the web's section of the catalogue", () => {
  it('has every key in both languages (a plural counts once, whatever its forms)', () => {
    expect(Object.keys(icuRu).sort()).toEqual(Object.keys(icuEn).sort());
  });
  it('parses as ICU in both languages, with the same arguments', () => {
    for (const [key, message] of Object.entries(icuEn)) {
      expect(() => new IntlMessageFormat(message, 'en'), `en ${key}`).not.toThrow();
      expect(messageArguments(icuRu[key] ?? ''), `ru ${key}`).toEqual(messageArguments(message));
    }
  });
  it('gives Russian plurals the forms Russian needs (one, few, many)', () => {
    for (const [key, message] of Object.entries(icuRu).filter(([, m]) => /\{count, plural,/.test(m))) {
      for (const form of ['one', 'few', 'many']) expect(message, `ru ${key}`).toContain(` ${form} {`);
    }
  });
  it('shares no top-level name with a namespace of the shared catalogue, so neither hides the other', () => {
    const clash = Object.keys(NAMESPACES.en).filter((ns) => ns in en);
    expect(clash).toEqual([]);
  });
  it('has an entry, in both languages, for every key the pages name', () => {
    const known = { ...catalogue('en'), ...icuEn };
    const knownRu = { ...catalogue('ru'), ...icuRu };
    const missing: string[] = [];
    // the i18n folder holds the dictionaries themselves, not pages that name keys
    for (const file of sourceFiles(src, (dir) => dir.endsWith('i18n'))) {
      const { literal, prefixes } = keysNamedIn(readFileSync(file, 'utf8'));
      for (const key of literal) if (!(key in known) || !(key in knownRu)) missing.push(`${file.slice(src.length)}: ${key}`);
      for (const prefix of prefixes) if (!Object.keys(known).some((k) => k.startsWith(prefix))) missing.push(`${file.slice(src.length)}: ${prefix}*`);
    }
    expect(missing).toEqual([]);
  });
});
