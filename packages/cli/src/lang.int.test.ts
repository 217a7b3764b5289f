import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

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
  it('gives commander’s own usage errors in Russian, and its English with --lang en', () => {
    const first = (r: { err: string }) => r.err.split('\n')[0];
    const unknown = run({}, 'validate', '--x', '--lang', 'ru');
    expect(unknown.code).toBe(64);
    expect(first(unknown)).toBe('ошибка: неизвестный параметр «--x»');
    expect(first(run({}, 'validate', '--lang', 'ru'))).toBe('ошибка: не указан обязательный аргумент «record»');
    expect(first(run({}, 'import', 'x', '--lang', 'ru'))).toBe('ошибка: не указан обязательный параметр «--db <file|url>»');
    const typo = run({}, 'validat', '--lang', 'ru');
    expect(typo.err).toMatch(/^ошибка: неизвестная команда «validat»\n\(Может быть, validate\?\)/);
    expect(first(run({ LANG: 'ru_RU.UTF-8' }, 'report', '--lang', 'de'))).toBe('ошибка: недопустимое значение «de» параметра «--lang <lang>»; допустимы: en, ru.');
    for (const r of [unknown, typo]) expect(englishWords(r.err.split('\n\n')[0]!)).toEqual([]);
    expect(first(run({ LANG: 'ru_RU.UTF-8' }, 'validate', '--x', '--lang', 'en'))).toBe("error: unknown option '--x'");
    expect(first(run({}, 'validate', '--lang', 'en'))).toBe("error: missing required argument 'record'");
    expect(run({}, 'validat', '--lang', 'en').err).toMatch(/^error: unknown command 'validat'\n\(Did you mean validate\?\)/);
  });

  it('leaves no English sentence in the Russian report and comparison (ids, keys and flags aside)', () => {
    for (const args of [['report', '--scenario', '1934'], ['report', '--scenario', '1934', '--compare', '1934-evidence']]) {
      const out = run({}, ...args, '--lang', 'ru').out;
      expect(englishWords(out), args.join(' ')).toEqual([]);
    }
  });

  const work = mkdtempSync(join(tmpdir(), 'politburo-lang-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('gives the help, the demo and the store commands in Russian, and their English with --lang en', () => {
    const help = run({ LANG: 'ru_RU.UTF-8' }, '--help');
    expect(help.out).toContain('Использование: politburo');
    expect(help.out).toContain('Команды:');
    expect(help.out).toContain('создать новый пустой орган в базе данных');
    const importHelp = run({}, 'import', '--help', '--lang', 'ru');
    expect(importHelp.out).toContain('Аргументы:');
    expect(importHelp.out).toContain('идентификатор нового органа (по умолчанию: "main")');
    expect(run({ LANG: 'ru_RU.UTF-8' }, 'import', '--help', '--lang', 'en').out).toContain('id of the new body (default: "main")');
    const demo = run({}, 'demo', '--lang', 'ru');
    expect(demo.code).toBe(0);
    expect(demo.out).toContain('Член первый вносит вопрос о хлебозаготовках.');
    expect(demo.out).toContain('VotingClosed: принято (за — 3, против — 0, воздержались — 1; участвовали 4 из 5 членов)');
    // acronyms (HTTP API) are names and `politburo <command>` is what one types, not English left over
    for (const out of [help.out, importHelp.out, demo.out]) expect(englishWords(out).filter((w) => !/^[A-Z]+(?:\s+[A-Z]+)*$/.test(w) && !w.startsWith("politburo "))).toEqual([]);

    const db = join(work, 'ru.db');
    const ru = (...args: string[]) => run({ LANG: 'ru_RU.UTF-8' }, ...args);
    const imported = ru('import', '--scenario', '1934', '--db', db);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/импортирована как орган «main»: членов — 41/);
    expect(imported.err).toMatch(/^предупреждение: decisions\.csv, строка \d+, столбец date/m);
    expect(ru('validate', 'packages/scenarios/data/1934').out).toMatch(/^в порядке: членов — 41, заседаний — \d+, решений — 3945/m);
    expect(ru('verify', '--db', db).out).toMatch(/^в порядке: \d+ событи[йея], цепочка цела/);
    const bak = join(work, 'ru.bak');
    expect(ru('backup', '--db', db, '--out', bak).out).toMatch(/^Резервная копия органа «main»: \d+ событи/);
    expect(ru('restore', bak, '--db', db, '--body', 'again').out).toMatch(/^Восстановлено \d+ событи[йея] из .* как орган «again»; цепочка проверена/);
    expect(ru('account', '--db', db, '--body', 'main', '--member', 'stalin', '--username', 'koba', '--password', 'secret-enough').out).toMatch(/^Учётная запись «koba» для Сталин И\. В\. \(вождь\) в органе «main»\./);
  }, 240_000);

  it('words the problems of a record in the language asked for, each from the catalogue', () => {
    const bad = join(work, 'bad-record');
    cpSync(join(root, 'examples/tiny-record'), bad, { recursive: true });
    const meetings = readFileSync(join(bad, 'meetings.csv'), 'utf8').replace('m2,1934-08-15,kaganovich,', 'm2,1934-08-32,nobody,');
    writeFileSync(join(bad, 'meetings.csv'), `${meetings.trimEnd()}\nm1,1934-09-01,stalin,stalin\n`);
    const ru = run({}, 'validate', bad, '--lang', 'ru');
    expect(ru.code).toBe(2);
    expect(ru.err).toMatch(/^ошибка RECORD_INVALID: .*: 3 проблемы в записи$/m);
    expect(ru.err).toContain('meetings.csv, строка 2, столбец date: «1934-08-32» — не дата (ГГГГ-ММ-ДД)');
    expect(ru.err).toContain('meetings.csv, строка 2, столбец chair_id: неизвестный член «nobody» (в members.csv нет такого идентификатора)');
    expect(ru.err).toContain('meetings.csv, строка 3, столбец id: повторный идентификатор «m1» (впервые — в строке 1)');
    expect(ru.err).not.toMatch(/is not a date|unknown member|duplicate id|no such id/);
    expect(englishWords(ru.err)).toEqual([]);
    const en = run({ LANG: 'ru_RU.UTF-8' }, 'validate', bad, '--lang', 'en');
    expect(en.code).toBe(2);
    expect(en.err).toContain("meetings.csv, row 2, column date: '1934-08-32' is not a date (YYYY-MM-DD)");
    expect(en.err).toContain("meetings.csv, row 2, column chair_id: unknown member 'nobody' (no such id in members.csv)");
    expect(en.err).toContain("meetings.csv, row 3, column id: duplicate id 'm1' (first used in row 1)");
    expect(en.err).not.toMatch(/[а-яё]/i);
  });

  it('words a typed error from the catalogue by its code and facts, the code kept as it is', () => {
    const r = run({}, 'report', '--scenario', 'nope', '--lang', 'ru');
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/^ошибка SCENARIO_NOT_FOUND: Сценария «nope» нет; есть: 1934/);
    const missing = run({}, 'events', '--db', join(work, 'none.db'), '--lang', 'ru');
    expect(missing.err).toMatch(/^ошибка DATABASE_NOT_FOUND: Нет файла базы данных /);
    expect(run({}, 'export', '--out', join(work, 'x'), '--lang', 'ru').err).toMatch(/^ошибка OPTION_INVALID: Для export нужен --db или --scenario ИМЯ\./);
    expect(run({}, 'report', '--scenario', 'nope', '--lang', 'en').err).toMatch(/^error SCENARIO_NOT_FOUND: No scenario "nope"; there is: 1934/);
  });
});
