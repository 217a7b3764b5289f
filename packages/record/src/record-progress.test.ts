import { translator } from '@politburo/i18n';
import { describe, expect, it } from 'vitest';
import { progressMode, recordProgress } from './record-progress.ts';
import type { RecordItem } from './record-rows.ts';

const rows = (file: string, n: number): RecordItem[] => [
  ...Array.from({ length: n }, (_, i) => ({ kind: 'row', table: 'decisions', file, line: i + 1, row: {}, missing: new Set<string>() }) as unknown as RecordItem),
  { kind: 'end', table: 'decisions', file } as RecordItem,
];

describe('the progress of a long import', () => {
  const t = translator('en');
  it('writes a few lines for a hundred thousand rows, not one a row, and each file read once at least', () => {
    const lines: string[] = [];
    const p = recordProgress('lines', t, { write: (s) => lines.push(s) });
    for (const item of [...rows('decisions.csv', 100_000), ...rows('empty.csv', 0)]) p.checked(item);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.length).toBeLessThan(20);
    expect(lines.at(-1)).toBe('checking decisions.csv: row 100000\n');
    expect(lines.join('')).not.toMatch(/empty\.csv/);
    const decided = [...p.deciding(rows('decisions.csv', 10), 10)];
    expect(decided).toHaveLength(11);
    expect(lines.at(-1)).toBe('importing decisions.csv: 10 of 10 rows (100%)\n');
  });

  it('redraws one line in place on a terminal and ends it when done', () => {
    const out: string[] = [];
    const p = recordProgress('terminal', t, { write: (s) => out.push(s) });
    for (const item of rows('decisions.csv', 3)) p.checked(item);
    p.done();
    expect(out.every((s, i) => (i === out.length - 1 ? s === '\n' : s.startsWith('\r')))).toBe(true);
    expect(progressMode(undefined, { isTTY: true })).toBe('terminal');
    expect(progressMode(undefined, { isTTY: false })).toBe('off');
    expect(progressMode(true, {})).toBe('lines');
  });
});
