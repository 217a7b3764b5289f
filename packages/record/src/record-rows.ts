/**
 * A record as a stream of typed rows: what the streaming reader yields, what the
 * validator and the importer take. The tables come one after the other in
 * `READ_ORDER`, which is the order the engine takes them (a row's sources, members
 * and sittings exist before the rows that cite them), so the only references to
 * rows not yet seen are within one table (an amendment of a later decision, a reply
 * placed before the message it answers).
 */
import type { PolitburoRecord, RecordMeta } from './record.ts';
import { type TableName, type TableSpec, tableSpec } from './table-specs.ts';
import type { RecordLocations } from './validate-record.ts';

/** One table's typed row type. */
export type RowOf<K extends TableName> = PolitburoRecord[K][number];

/** A typed row with its table and where it came from. */
export type TableRow = {
  [K in TableName]: {
    kind: 'row';
    table: K;
    row: RowOf<K>;
    /** The file (or `file.json#table`) and its 1-based data row. */
    file: string;
    line: number;
    /** Required columns the file's header lacked (already reported): not judged again per row. */
    missing: ReadonlySet<string>;
  };
}[TableName];

/** The end of a table: what waits for its later rows can be settled. */
export interface TableEnd {
  kind: 'end';
  table: TableName;
  file: string;
}

export type RecordItem = TableRow | TableEnd;

/** A record to be read once more: its meta, its first day and its rows (each pull of `items` reads them anew). */
export interface RecordSource {
  meta: RecordMeta;
  /** The earliest date of its decisions and sittings (see `FirstDate`). */
  firstDate: string | undefined;
  items(): Iterable<RecordItem>;
}

export const READ_ORDER: readonly TableName[] = ['sources', 'members', 'memberships', 'absences', 'meetings', 'decisions', 'correspondence', 'interventions', 'ballots', 'items'];

/** The specs in read order. */
export const readOrderSpecs = (): TableSpec[] => READ_ORDER.map(tableSpec);

const NOTHING_MISSING: ReadonlySet<string> = new Set();

/** An in-memory record's rows in read order; without locations row n of a table is data row n of `<table>.csv`. */
export function* recordItems(record: PolitburoRecord, locations: RecordLocations = {}): Generator<RecordItem> {
  for (const table of READ_ORDER) {
    const loc = locations[table];
    const file = loc?.file ?? tableSpec(table).file;
    const missing = loc?.missingColumns.length ? new Set(loc.missingColumns) : NOTHING_MISSING;
    const rows = record[table] as ReadonlyArray<RowOf<typeof table>>;
    for (let i = 0; i < rows.length; i++) {
      yield { kind: 'row', table, row: rows[i]!, file, line: loc?.rows[i] ?? i + 1, missing } as TableRow;
    }
    yield { kind: 'end', table, file };
  }
}

/** The record's first day: the earliest date of its decisions and sittings (the imported body starts then). */
export class FirstDate {
  value: string | undefined;
  see(item: RecordItem): void {
    if (item.kind !== 'row' || (item.table !== 'decisions' && item.table !== 'meetings')) return;
    const date = item.row.date;
    if (this.value === undefined || date < this.value) this.value = date;
  }
}

/** An in-memory record as a source. */
export const recordSource = (record: PolitburoRecord): RecordSource => {
  const first = new FirstDate();
  for (const r of record.decisions) first.see({ kind: 'row', table: 'decisions', row: r, file: '', line: 0, missing: NOTHING_MISSING });
  for (const r of record.meetings) first.see({ kind: 'row', table: 'meetings', row: r, file: '', line: 0, missing: NOTHING_MISSING });
  return { meta: record.meta, firstDate: first.value, items: () => recordItems(record) };
};
