// The purity test itself must read the sources; the restriction is meant for the core's code.
// biome-ignore lint/style/noRestrictedImports: test-only file access
import { readdirSync, readFileSync } from 'node:fs';
// biome-ignore lint/style/noRestrictedImports: test-only path handling
import { join, relative } from 'node:path';
// biome-ignore lint/style/noRestrictedImports: test-only path handling
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The core is pure: time and ids come with the command, never from the clock, the
 * random generator or the machine. Biome's restricted-globals/imports rules enforce
 * the same; this test says which file and line broke it, in words.
 */
const SRC = fileURLToPath(new URL('.', import.meta.url));

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'testing' ? [] : sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });

const FORBIDDEN: Array<[RegExp, string]> = [
  [/\bDate\b/, 'Date: time arrives as meta.now'],
  [/\bMath\.random\b/, 'Math.random: the core is deterministic'],
  [/\bcrypto\b/, 'crypto: ids arrive with the command'],
  [/\bprocess\b/, 'process: the core does not read its environment'],
  [/\bperformance\b/, 'performance: the core does not read a clock'],
  [/\bset(Timeout|Interval|Immediate)\b/, 'timers: the core does not schedule'],
  [/\bfrom\s+['"](node:[^'"]*|fs|path|os|http|https|child_process|fs\/promises)['"]/, 'I/O import'],
  [/\bimport\s*\(/, 'dynamic import'],
  [/\bfrom\s+['"]@politburo\//, 'another politburo package: everything depends on core, never the reverse'],
  [/\brequire\s*\(/, 'require'],
];

/** Comments may name what is banned (to say why); code may not. */
const code = (line: string): string => line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '').replace(/\/\*.*?\*\//g, '');

describe('core purity', () => {
  const files = sources(SRC);
  it('finds the sources', () => {
    expect(files.map((f) => relative(SRC, f))).toContain('decide.ts');
  });
  it.each(files.map((f) => [relative(SRC, f), f]))('%s uses no clock, randomness, I/O or other package', (_name, file) => {
    const offences = readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => FORBIDDEN.filter(([re]) => re.test(code(line))).map(([, why]) => `line ${i + 1}: ${why}\n    ${line.trim()}`));
    expect(offences, `${relative(SRC, file)} is not pure`).toEqual([]);
  });
});
