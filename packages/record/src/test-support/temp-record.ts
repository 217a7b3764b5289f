/** Test helper: a record folder written from file texts, in a fresh temporary directory. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const EXAMPLE_DIR = new URL('../../../../examples/tiny-record/', import.meta.url).pathname;

export const tempDir = (prefix = 'politburo-record-'): string => mkdtempSync(join(tmpdir(), prefix));

/** The example record's files, as texts keyed by file name. */
export const exampleFiles = (): Record<string, string> =>
  Object.fromEntries(readdirSync(EXAMPLE_DIR).map((f) => [f, readFileSync(join(EXAMPLE_DIR, f), 'utf8')]));

export const writeFiles = (files: Record<string, string | undefined>): string => {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) if (text !== undefined) writeFileSync(join(dir, name), text);
  return dir;
};

/** Every file of a folder, as texts keyed by name (for byte comparisons). */
export const readFiles = (dir: string): Record<string, string> =>
  Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
