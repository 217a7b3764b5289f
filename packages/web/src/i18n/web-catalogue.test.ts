import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogue, flatten, icuFromI18next, NAMESPACES } from '@politburo/i18n';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { ru } from './ru.ts';

const icuEn = icuFromI18next(flatten(en));
const icuRu = icuFromI18next(flatten(ru as Parameters<typeof flatten>[0]));
const src = fileURLToPath(new URL('..', import.meta.url));
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !dir.endsWith('i18n') ? [join(dir, e.name)] : [],
  );

/** The arguments a message takes (plural and select branches included). */
const argumentsOf = (message: string): string[] => {
  const names = new Set<string>();
  const walk = (elements: ReturnType<IntlMessageFormat['getAst']>): void => {
    for (const e of elements) {
      if ('value' in e && typeof e.value === 'string' && e.type !== 0) names.add(e.value);
      if ('options' in e) for (const o of Object.values(e.options)) walk(o.value);
    }
  };
  walk(new IntlMessageFormat(message, 'en').getAst());
  return [...names].sort();
};

describe("the web's section of the catalogue", () => {
  it('has every key in both languages (a plural counts once, whatever its forms)', () => {
    expect(Object.keys(icuRu).sort()).toEqual(Object.keys(icuEn).sort());
  });
  it('parses as ICU in both languages, with the same arguments', () => {
    for (const [key, message] of Object.entries(icuEn)) {
      expect(() => new IntlMessageFormat(message, 'en'), `en ${key}`).not.toThrow();
      expect(argumentsOf(icuRu[key] ?? ''), `ru ${key}`).toEqual(argumentsOf(message));
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
    for (const file of sources(src)) {
      const code = readFileSync(file, 'utf8');
      // t('a.b') and t('a.b', …): a literal key.
      for (const m of code.matchAll(/\bt\(\s*'([\w-]+(?:\.[\w-]+)+)'/g)) if (!(m[1]! in known) || !(m[1]! in knownRu)) missing.push(`${file.slice(src.length)}: ${m[1]}`);
      // t(`outcome.${o}`): some key must live under the prefix.
      for (const m of code.matchAll(/\bt\(\s*`([\w.-]+)\.\$\{/g)) {
        const prefix = `${m[1]}.`;
        if (!Object.keys(known).some((k) => k.startsWith(prefix))) missing.push(`${file.slice(src.length)}: ${prefix}*`);
      }
    }
    expect(missing).toEqual([]);
  });
});
