/**
 * The canonical form of a table: which columns, in which order, and the rows in
 * which order. Both writers use it, which is what makes import → export a fixed
 * point after one pass, for CSV and JSON alike.
 *
 * Columns: the table's required columns and its optional columns in schema order
 * (an optional column only if some row has a value in it), then `source_id` and
 * `synthetic` under the same rule, then unknown columns in order of first
 * appearance. Rows: sorted by the table's sort key in natural order; rows equal on
 * the key keep their order.
 */
import type { PolitburoRecord } from './record.ts';
import { compareNatural } from './natural-order.ts';
import { type LooseRow, valueToCell } from './row-codec.ts';
import { allColumns, type ColumnSpec, type TableSpec } from './table-specs.ts';

export interface CanonicalTable {
  spec: TableSpec;
  /** Schema columns written, in order. */
  columns: ColumnSpec[];
  /** Unknown columns written after them, in order of first appearance. */
  extraColumns: string[];
  rows: LooseRow[];
}

const hasValue = (v: unknown): boolean => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

export const canonicalTable = (record: PolitburoRecord, spec: TableSpec): CanonicalTable => {
  const input = record[spec.name] as unknown as LooseRow[];
  const columns = allColumns(spec).filter((c) => c.required || input.some((r) => hasValue(r[c.name])));
  const extraColumns: string[] = [];
  const seen = new Set<string>();
  for (const row of input) {
    for (const [name] of (row.extra as Array<[string, string]> | undefined) ?? []) {
      if (!seen.has(name)) {
        seen.add(name);
        extraColumns.push(name);
      }
    }
  }
  const keyOf = (row: LooseRow): string[] => spec.sortKey.map((k) => valueToCell(row[k]));
  const keyed = input.map((row, index) => ({ row, index, key: keyOf(row) }));
  keyed.sort((a, b) => {
    for (let k = 0; k < a.key.length; k++) {
      const d = compareNatural(a.key[k]!, b.key[k]!);
      if (d !== 0) return d;
    }
    return a.index - b.index;
  });
  return { spec, columns, extraColumns, rows: keyed.map((k) => k.row) };
};

/** A row's value for an unknown column, or undefined when it does not have one. */
export const extraValue = (row: LooseRow, column: string): string | undefined =>
  ((row.extra as Array<[string, string]> | undefined) ?? []).find(([name]) => name === column)?.[1];
