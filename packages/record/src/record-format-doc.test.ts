import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMON_COLUMNS, TABLE_SPECS } from './table-specs.ts';

const DOC = readFileSync(new URL('../../../docs/record-format.md', import.meta.url), 'utf8');

/** The format page is written by hand; this keeps it from forgetting a table or a column. */
describe('docs/record-format.md', () => {
  it.each(TABLE_SPECS.map((t) => [t.file, t] as const))('documents %s and each of its columns', (file, spec) => {
    const start = DOC.indexOf(`### \`${file}\``);
    expect(start, `no section for ${file}`).toBeGreaterThan(-1);
    const section = DOC.slice(start, DOC.indexOf('\n### ', start + 1));
    for (const c of spec.columns) {
      expect(section).toContain(`| \`${c.name}\` | ${c.required ? (c.nonEmpty ? 'must be filled' : 'required column, may be empty') : '*optional*'} |`);
    }
  });

  it('documents the columns every table may carry', () => {
    for (const c of COMMON_COLUMNS) expect(DOC).toContain(`| \`${c.name}\` |`);
  });
});
