/**
 * Reads a record from a folder of CSV files or from one JSON file, and judges it:
 * whole (`loadRecord`, `readRecord`: the rows kept in memory) or as a stream
 * (`scanRecord`: the rows judged and let go). Both read through `openRecord` and judge
 * through one `RecordChecker`. Every problem is collected (up to a limit) before
 * anything is thrown, so one run lists them all.
 */
import type { PolitburoRecord, RecordMeta } from './record.ts';
import { OrderedProblems } from './ordered-problems.ts';
import { RecordChecker } from './record-checker.ts';
import { RecordInvalidError, type RecordProblems } from './record-problem.ts';
import { FirstDate, type RecordItem, type RecordSource } from './record-rows.ts';
import { keepRow, openRecord, type ReadProblems } from './record-stream.ts';
import type { TableName } from './table-specs.ts';
import type { RecordLocations } from './validate-record.ts';

export interface LoadedRecord {
  record: PolitburoRecord;
  locations: RecordLocations;
  problems: RecordProblems;
  format: 'csv-dir' | 'json';
}

export interface ReadOptions {
  /** Most problems listed per severity; the rest are counted. */
  limit?: number;
}

export const emptyRecord = (): PolitburoRecord => ({
  meta: {},
  members: [],
  memberships: [],
  absences: [],
  meetings: [],
  decisions: [],
  correspondence: [],
  interventions: [],
  items: [],
  ballots: [],
  sources: [],
});

/** Reads and validates; returns everything, throws only when the path cannot be read. */
export const loadRecord = async (path: string, options: ReadOptions = {}): Promise<LoadedRecord> => {
  const problems = new OrderedProblems(options.limit);
  const opened = openRecord(path, problems);
  const checker = new RecordChecker(problems);
  const record = emptyRecord();
  record.meta = opened.meta;
  const locations: RecordLocations = {};
  for (const item of opened.items()) {
    checker.see(item);
    if (item.kind === 'row') {
      keepRow(record, item);
      const loc = locations[item.table] ?? { file: item.file, rows: [], missingColumns: [...item.missing] };
      loc.rows.push(item.line);
      locations[item.table] = loc;
    }
  }
  checker.finish();
  return { record, locations, problems: problems.result(), format: opened.format };
};

/** Reads and validates; throws `RecordInvalidError` listing every error found. */
export const readRecord = async (path: string, options: ReadOptions = {}): Promise<PolitburoRecord> => {
  const loaded = await loadRecord(path, options);
  if (loaded.problems.errors.length > 0) throw new RecordInvalidError(loaded.problems, path);
  return loaded.record;
};

/** What a streamed pass over a record found. */
export interface ScannedRecord {
  problems: RecordProblems;
  format: 'csv-dir' | 'json';
  meta: RecordMeta;
  /** Rows read, by table. */
  counts: Record<TableName, number>;
  /** The record to be read once more, row by row (for the import, once it is found valid). */
  source: RecordSource;
}

/** The reader's problems on a second reading: there should be none, and one is an error at once. */
const mustStayValid = (path: string): ReadProblems => {
  const fail = (): never => {
    throw new RecordInvalidError({ errors: [], warnings: [], omittedErrors: 0, omittedWarnings: 0 }, `${path} changed while it was read`);
  };
  return { error: fail, warning: () => {} };
};

/**
 * Reads and validates as a stream: each row is judged and let go, so memory holds the
 * checker's indexes, never the record. The source it returns reads the record again;
 * should the files have changed in between so that a row no longer reads, that reading
 * throws (inside the import's transaction: nothing is written).
 */
export const scanRecord = (path: string, options: ReadOptions & { see?: (item: RecordItem) => void } = {}): ScannedRecord => {
  const problems = new OrderedProblems(options.limit);
  const opened = openRecord(path, problems);
  const checker = new RecordChecker(problems);
  const first = new FirstDate();
  const counts = { members: 0, memberships: 0, absences: 0, meetings: 0, decisions: 0, correspondence: 0, interventions: 0, items: 0, ballots: 0, sources: 0 };
  for (const item of opened.items()) {
    checker.see(item);
    first.see(item);
    if (item.kind === 'row') counts[item.table] += 1;
    options.see?.(item);
  }
  checker.finish();
  const again = (): Iterable<RecordItem> => openRecord(path, mustStayValid(path)).items();
  return { problems: problems.result(), format: opened.format, meta: opened.meta, counts, source: { meta: opened.meta, firstDate: first.value, items: again } };
};
