import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR_1934, SEED, writeScenario1934 } from './generate-1934.ts';

describe('generate-1934', () => {
  it('reproduces the committed data byte for byte', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pb-scenario-1934-')), '1934');
    await writeScenario1934(out);
    const committed = readdirSync(DATA_DIR_1934).sort();
    expect(readdirSync(out).sort()).toEqual(committed);
    for (const name of committed) {
      expect(readFileSync(join(out, name)).equals(readFileSync(join(DATA_DIR_1934, name))), `${name} differs: rerun npx tsx packages/scenarios/scripts/generate-1934.ts`).toBe(true);
    }
  });

  it('gives another version when the content changes (another seed)', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pb-scenario-1934-')), '1934');
    const other = await writeScenario1934(out, undefined, SEED + 1);
    const committed = JSON.parse(readFileSync(join(DATA_DIR_1934, 'meta.json'), 'utf8')) as { version: string };
    expect(other.meta.version).not.toBe(committed.version);
    expect(other.decisions).toHaveLength(3945);
  });
});
