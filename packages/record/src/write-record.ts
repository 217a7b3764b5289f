/**
 * Writes a record in canonical form, atomically: everything goes to a temporary
 * sibling first and is renamed into place, so a failure leaves the old output (or
 * nothing), never a half-written record.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { type CanonicalTable, canonicalTable, extraValue } from './canonical-form.ts';
import type { PolitburoRecord } from './record.ts';
import { type LooseRow, type RowValue, valueToCell } from './row-codec.ts';
import { type ColumnSpec, META_FILE, TABLE_SPECS } from './table-specs.ts';

/** Required tables are always written (header only when empty); optional ones only when they have rows. */
const tablesToWrite = (record: PolitburoRecord): CanonicalTable[] =>
  TABLE_SPECS.filter((spec) => spec.required || record[spec.name].length > 0).map((spec) => canonicalTable(record, spec));

export const tableToCsv = (table: CanonicalTable): string => {
  const header = [...table.columns.map((c) => c.name), ...table.extraColumns];
  const lines: string[][] = [header];
  for (const row of table.rows) {
    lines.push([...table.columns.map((c) => valueToCell(row[c.name])), ...table.extraColumns.map((x) => extraValue(row, x) ?? '')]);
  }
  return stringify(lines, { record_delimiter: 'unix', eof: true });
};

const jsonValue = (col: ColumnSpec, v: RowValue): unknown => {
  switch (col.kind.type) {
    case 'int':
    case 'bool':
      return v ?? null;
    case 'ids':
      return Array.isArray(v) ? v : [];
    case 'ids-or-unknown':
      return Array.isArray(v) ? v : null;
    default:
      return v ?? '';
  }
};

const rowToJson = (table: CanonicalTable, row: LooseRow): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const col of table.columns) {
    const v = row[col.name];
    if (col.required || (v !== undefined && v !== null && v !== '')) out[col.name] = jsonValue(col, v);
  }
  for (const x of table.extraColumns) {
    const v = extraValue(row, x);
    if (v !== undefined) out[x] = v;
  }
  return out;
};

/** One JSON document; each row on its own line so diffs stay readable. */
export const recordToJson = (record: PolitburoRecord): string => {
  const parts = [`  "meta": ${JSON.stringify(record.meta ?? {}, null, 2).replace(/\n/g, '\n  ')}`];
  for (const table of tablesToWrite(record)) {
    const rows = table.rows.map((row) => `    ${JSON.stringify(rowToJson(table, row))}`);
    parts.push(rows.length === 0 ? `  "${table.spec.name}": []` : `  "${table.spec.name}": [\n${rows.join(',\n')}\n  ]`);
  }
  return `{\n${parts.join(',\n')}\n}\n`;
};

const tempSibling = (path: string): string => join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);

export const writeRecordDir = async (record: PolitburoRecord, dir: string): Promise<void> => {
  const tmp = tempSibling(dir);
  await mkdir(tmp, { recursive: true });
  try {
    for (const table of tablesToWrite(record)) await writeFile(join(tmp, table.spec.file), tableToCsv(table));
    await writeFile(join(tmp, META_FILE), `${JSON.stringify(record.meta ?? {}, null, 2)}\n`);
    await swapIn(tmp, dir);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
};

/** Replaces `dir` by `tmp`; an existing folder is moved aside first and removed only once the new one is in place. */
const swapIn = async (tmp: string, dir: string): Promise<void> => {
  const existing = await stat(dir).catch(() => null);
  if (!existing) {
    await rename(tmp, dir);
    return;
  }
  const old = tempSibling(dir);
  await rename(dir, old);
  try {
    await rename(tmp, dir);
  } catch (e) {
    await rename(old, dir);
    throw e;
  }
  await rm(old, { recursive: true, force: true });
};

export const writeRecordJson = async (record: PolitburoRecord, file: string): Promise<void> => {
  const tmp = tempSibling(file);
  try {
    await writeFile(tmp, recordToJson(record));
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
};
