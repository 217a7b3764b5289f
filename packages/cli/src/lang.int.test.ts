import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const bin = join(root, 'packages/cli/bin/politburo.js');
const run = (env: Record<string, string>, ...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '', POLITBURO_DEBUG: '', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
/** A run of three or more Latin letters that is not an id, a key or a flag: English left in Russian output. */
const englishWords = (text: string): string[] =>
  text
    .split('\n')
    .filter((l) => !/^\s*(\w[\w-]*\s+\d|[a-z]+[A-Z]\w*\s)/.test(l))
    .flatMap((l) => l.match(/(?<![\w./@-])[A-Za-z]{3,}(?:\s+[A-Za-z]{3,})+/g) ?? []);

describe('the CLI speaks the terminal’s language, or the one --lang names', () => {
  it('follows LANG, and --lang overrides it', () => {
    const ru = run({ LANG: 'ru_RU.UTF-8' }, 'report', '--scenario', '1934');
    expect(ru.code).toBe(0);
    expect(ru.out).toMatch(/^Кто решал\? Руководитель: stalin\./);
    expect(ru.out).toContain('Сценарий 1934:');
    expect(ru.out).toContain('Цифры 1934 года цитируются, а не пересчитаны');
    const en = run({ LANG: 'ru_RU.UTF-8' }, 'report', '--scenario', '1934', '--lang', 'en');
    expect(en.out).toMatch(/^Who decided\? Leader: stalin\./);
    expect(run({ LC_ALL: 'C', LANG: 'ru_RU.UTF-8' }, 'report', '--scenario', '1934').out).toMatch(/^Who decided\?/);
  });
  it('refuses a language it does not speak, as a usage error', () => {
    const r = run({}, 'report', '--scenario', '1934', '--lang', 'de');
    expect(r.code).toBe(64);
    expect(r.err).toMatch(/--lang/);
  });
  it('leaves no English sentence in the Russian report and comparison (ids, keys and flags aside)', () => {
    for (const args of [['report', '--scenario', '1934'], ['report', '--scenario', '1934', '--compare', '1934-evidence']]) {
      const out = run({}, ...args, '--lang', 'ru').out;
      expect(englishWords(out), args.join(' ')).toEqual([]);
    }
  });
});
