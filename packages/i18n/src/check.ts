import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the completeness tests share (the catalogue's own and the web's): which source files to read,
 * and which keys a source names through `t(…)`. Node only, so it lives apart from the catalogue the
 * browser loads (`@politburo/i18n/check`).
 */

/** The TypeScript sources under a folder, tests, `node_modules` and `dist` left out (and any folder `skip` names). */
export const sourceFiles = (dir: string, skip: (dir: string) => boolean = () => false): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'dist' || skip(path) ? [] : sourceFiles(path, skip);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });

/**
 * The keys a source names: `t('a.b')` literally, and `t(\`a.${x}\`)` as the prefix `a.` some key must
 * start with. With `namespaces`, only keys in those namespaces (the shared catalogue's).
 */
export const keysNamedIn = (code: string, namespaces?: readonly string[]): { literal: string[]; prefixes: string[] } => {
  const head = namespaces ? `(?:${namespaces.join('|')})` : '[\\w-]+';
  const literal = [...code.matchAll(new RegExp(`\\bt\\(\\s*'(${head}(?:\\.[\\w-]+)+)'`, 'g'))].map((m) => m[1]!);
  const prefixes = [...code.matchAll(new RegExp(`\\bt\\(\\s*\`(${head}(?:\\.[\\w-]+)*)\\.\\$\\{`, 'g'))].map((m) => `${m[1]}.`);
  return { literal, prefixes };
};
