import type { SqlValue } from './sql-driver.ts';

/** The read-model tables the projection writes. */
export type RegisterTable = 'rm_bodies' | 'rm_members' | 'rm_items' | 'rm_decisions' | 'rm_meetings' | 'rm_correspondence' | 'rm_interventions';

export type Row = Record<string, SqlValue>;

/**
 * A change to a read-model table, as data: the projection says what changes and
 * the store turns it into portable SQL. `insert` fails on a duplicate key, which is
 * what we want for facts that happen once (a decision is registered once).
 */
export type RowChange =
  | { op: 'insert'; table: RegisterTable; row: Row }
  | { op: 'update'; table: RegisterTable; set: Row; where: Row; whereNull?: readonly string[] };

/** Portable SQL (`?` placeholders) for one change. Column names come from code, never from input. */
export const rowChangeSql = (change: RowChange): { sql: string; params: SqlValue[] } => {
  if (change.op === 'insert') {
    const cols = Object.keys(change.row);
    return {
      sql: `INSERT INTO ${change.table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
      params: cols.map((c) => change.row[c] ?? null),
    };
  }
  const sets = Object.keys(change.set);
  const wheres = Object.keys(change.where);
  const conditions = [...wheres.map((c) => `${c} = ?`), ...(change.whereNull ?? []).map((c) => `${c} IS NULL`)];
  return {
    sql: `UPDATE ${change.table} SET ${sets.map((c) => `${c} = ?`).join(', ')} WHERE ${conditions.join(' AND ')}`,
    params: [...sets.map((c) => change.set[c] ?? null), ...wheres.map((c) => change.where[c] ?? null)],
  };
};
