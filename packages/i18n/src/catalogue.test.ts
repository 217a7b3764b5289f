import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { catalogue, NAMESPACES } from './catalogue.ts';
import { LANGS, LOCALES } from './lang.ts';

/** The names of the arguments a message takes, nested plurals and selects included. */
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
        expect(() => new IntlMessageFormat(message, LOCALES[lang]), `${lang} ${key}`).not.toThrow();
        expect(argumentsOf(message), `${lang} ${key}`).toEqual(argumentsOf(en[key]!));
      }
    }
  });
});

describe('every package that speaks through the catalogue', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.name === 'node_modules' || e.name === 'dist' ? [] : e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
    );
  const namespaces = Object.keys(NAMESPACES.en).join('|');
  it('names only keys the catalogue has, in every language', () => {
    const missing: string[] = [];
    for (const file of readdirSync(root).flatMap((p) => (existsSync(join(root, p, 'src')) ? files(join(root, p, 'src')) : []))) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(new RegExp(`\\bt\\(\\s*'((?:${namespaces})\\.[\\w.-]+)'`, 'g'))) {
        for (const lang of LANGS) if (!(m[1]! in catalogue(lang))) missing.push(`${lang} ${file.slice(root.length)}: ${m[1]}`);
      }
      for (const m of code.matchAll(new RegExp(`\\bt\\(\\s*\`((?:${namespaces})[\\w.-]*)\\.\\$\\{`, 'g'))) {
        if (!Object.keys(catalogue('en')).some((k) => k.startsWith(`${m[1]}.`))) missing.push(`${file.slice(root.length)}: ${m[1]}.*`);
      }
    }
    expect(missing).toEqual([]);
  });
});
