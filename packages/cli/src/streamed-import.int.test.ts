import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const bin = join(root, 'packages/cli/bin/politburo.js');
const example = join(root, 'examples/tiny-record');
const work = mkdtempSync(join(tmpdir(), 'politburo-stream-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, POLITBURO_DEBUG: '', LC_ALL: 'C.UTF-8' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('import and validate read the record as a stream', () => {
  it('a record whose very last row the engine refuses writes nothing, and names the row and column', () => {
    const dir = join(work, 'last-refused');
    cpSync(example, dir, { recursive: true });
    // Items are the last table the import reads; an item with no title passes the format but not the engine.
    writeFileSync(join(dir, 'items.csv'), 'id,title\ni1,A proposal\ni2,\n');
    const db = join(work, 'last-refused.db');
    const i = run('import', dir, '--db', db);
    expect(i.code, i.err).toBe(2);
    expect(i.err).toMatch(/items\.csv, row 2, column title/);
    // The engine's refusal comes inside the import's one transaction: the database holds no body.
    const after = run('events', '--db', db);
    expect(after.code).toBe(3);
    expect(after.err).toMatch(/holds no body|No database file/);
    const v = run('validate', dir);
    expect(v.code).toBe(2);
    expect(v.err).toMatch(/items\.csv, row 2, column title/);
  });

  it('the same record without the bad row imports, its last row included', () => {
    const dir = join(work, 'last-fine');
    cpSync(example, dir, { recursive: true });
    writeFileSync(join(dir, 'items.csv'), 'id,title\ni1,A proposal\ni2,Another\n');
    const db = join(work, 'last-fine.db');
    const i = run('import', dir, '--db', db);
    expect(i.code, i.err).toBe(0);
    const events = run('events', '--db', db);
    expect(events.out.match(/ItemProposed/g)).toHaveLength(2);
  });

  it('shows its progress on stderr, both passes and every file read, in the reader\'s language; a pipe gets none unless asked', () => {
    const db = join(work, 'progress.db');
    const quiet = run('import', example, '--db', join(work, 'quiet.db'));
    expect(quiet.code, quiet.err).toBe(0);
    expect(quiet.err).not.toMatch(/checking|importing/);
    const i = run('import', example, '--db', db, '--progress');
    expect(i.code, i.err).toBe(0);
    expect(i.err).toMatch(/^checking decisions\.csv: row 5$/m);
    expect(i.err).toMatch(/^importing interventions\.csv: 17 of 17 rows \(100%\)$/m);
    const ru = run('--lang', 'ru', 'validate', example, '--progress');
    expect(ru.code, ru.err).toBe(0);
    expect(ru.err).toMatch(/^проверка decisions\.csv: строка 5$/m);
    expect(ru.err).toMatch(/^через движок, interventions\.csv: 17 из 17 \(100 %\)$/m);
  });
});
