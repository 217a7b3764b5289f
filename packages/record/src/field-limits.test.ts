import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRecord } from './read-record.ts';
import { MAX_FIELD_CHARS } from './row-codec.ts';

const TINY = fileURLToPath(new URL('../../../examples/tiny-record', import.meta.url));

describe('huge fields (the reliability issue, finding 7)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'politburo-fields-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a field over the limit by its length, and never quotes more than 80 characters of a value', async () => {
    const rec = join(dir, 'rec');
    cpSync(TINY, rec, { recursive: true });
    const file = join(rec, 'decisions.csv');
    const [header, first, ...rest] = readFileSync(file, 'utf8').trimEnd().split('\n');
    const cells = first!.split(',');
    cells[6] = 't'.repeat(MAX_FIELD_CHARS + 1); // title: over the limit
    cells[3] = `x${'y'.repeat(5_000)}`; // date: under the limit but wrong, and long
    writeFileSync(file, [header, cells.join(','), ...rest].join('\n'));
    const started = performance.now();
    const { problems } = await loadRecord(rec);
    expect(performance.now() - started).toBeLessThan(5_000);
    const title = problems.errors.find((e) => e.column === 'title');
    expect(title?.message).toBe(`is ${(MAX_FIELD_CHARS + 1).toLocaleString('en')} characters long; a field holds at most ${MAX_FIELD_CHARS.toLocaleString('en')}`);
    const date = problems.errors.find((e) => e.column === 'date');
    expect(date?.message).toMatch(/^'xyyy/);
    for (const p of [...problems.errors, ...problems.warnings]) expect(p.message.length, p.message.slice(0, 100)).toBeLessThan(300);
  });
});
