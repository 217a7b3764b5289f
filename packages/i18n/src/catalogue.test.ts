import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import { keysNamedIn, sourceFiles } from './check.ts';
import { describe, expect, it } from 'vitest';
import { catalogue, NAMESPACES } from './catalogue.ts';
import { LANGS, LOCALES } from './lang.ts';
import { messageArguments } from './problem.ts';

describe('the shared catalogue', () => {
  it('has the same namespaces and keys in every language', () => {
    const en = Object.keys(catalogue('en')).sort();
    expect(Object.keys(NAMESPACES.ru).sort()).toEqual(Object.keys(NAMESPACES.en).sort());
    for (const lang of LANGS) expect(Object.keys(catalogue(lang)).sort(), lang).toEqual(en);
  });
  it('has no empty message', () => {
    for (const lang of LANGS) for (const [key, message] of Object.entries(catalogue(lang))) expect(message.trim(), `${lang} ${key}`).not.toBe('');
  });
  it('parses every message as ICU, each language taking the same arguments', () => {
    const en = catalogue('en');
    for (const lang of LANGS) {
      for (const [key, message] of Object.entries(catalogue(lang))) {
        // as the translator formats them: a `<id>` in a message is text, not a tag
        expect(() => new IntlMessageFormat(message, LOCALES[lang], undefined, { ignoreTag: true }), `${lang} ${key}`).not.toThrow();
        expect(messageArguments(message), `${lang} ${key}`).toEqual(messageArguments(en[key]!));
      }
    }
  });
});

describe('every package that speaks through the catalogue', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const namespaces = Object.keys(NAMESPACES.en);
  it('names only keys the catalogue has, in every language', () => {
    const missing: string[] = [];
    for (const file of readdirSync(root).flatMap((p) => (existsSync(join(root, p, 'src')) ? sourceFiles(join(root, p, 'src')) : []))) {
      const { literal, prefixes } = keysNamedIn(readFileSync(file, 'utf8'), namespaces);
      for (const key of literal) for (const lang of LANGS) if (!(key in catalogue(lang))) missing.push(`${lang} ${file.slice(root.length)}: ${key}`);
      for (const prefix of prefixes) if (!Object.keys(catalogue('en')).some((k) => k.startsWith(prefix))) missing.push(`${file.slice(root.length)}: ${prefix}*`);
    }
    expect(missing).toEqual([]);
  });
});
