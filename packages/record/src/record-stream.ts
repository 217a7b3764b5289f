/**
 * Reads a record as a stream of typed rows: a folder of CSV files is read file by
 * file, row by row (tables in `READ_ORDER`), each row decoded once by the row codec
 * and handed on with its file and data row, so the record is never in memory as a
 * whole. A JSON record is one document and is read whole (JSON.parse has no
 * streaming form); its rows then go out the same way, to the same checker.
 *
 * Reading is synchronous: the store appends an import inside one synchronous
 * transaction, pulling the commands, and so the rows, one at a time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DomainError } from '@politburo/core';
import type { PolitburoRecord, RecordMeta } from './record.ts';
import { csvFileEvents } from './csv-reader.ts';
import type { OrderedProblems } from './ordered-problems.ts';
import { readRank } from './record-checker.ts';
import { fact, type ProblemFact } from './record-problem.ts';
import { type RecordItem, type RowOf, readOrderSpecs, type TableRow } from './record-rows.ts';
import { jsonValueToCell, type LooseRow, makeRowDecoder } from './row-codec.ts';
import { META_FILE, TABLE_SPECS, type TableSpec } from './table-specs.ts';

/** Where the reader's problems go. */
export type ReadProblems = Pick<OrderedProblems, 'error' | 'warning'>;

export interface OpenedRecord {
  format: 'csv-dir' | 'json';
  meta: RecordMeta;
  /** The rows, table by table, each table closed by its end; each call reads the record anew. */
  items(): Generator<RecordItem, void, undefined>;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const notFound = (path: string): DomainError =>
  new DomainError('RECORD_NOT_FOUND', 'not-found', `no record at ${path} (expected a folder of CSV files or a .json file)`);

/** Opens a record; throws only when the path cannot be read. The reader's problems go to `problems` as they are found. */
export const openRecord = (path: string, problems: ReadProblems): OpenedRecord => {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    throw notFound(path);
  }
  return isDir ? openCsvDir(path, problems) : openJsonFile(path, problems);
};

const NONE: ReadonlySet<string> = new Set();

const openCsvDir = (dir: string, problems: ReadProblems): OpenedRecord => {
  const present = new Set(readdirSync(dir));
  const knownFiles = new Set([META_FILE, ...TABLE_SPECS.map((t) => t.file)]);
  for (const name of [...present].sort()) {
    if (name.endsWith('.csv') && !knownFiles.has(name)) problems.warning(readRank('before', 0), name, 0, '', fact('FILE_UNKNOWN'));
  }
  const meta = present.has(META_FILE) ? readMeta(join(dir, META_FILE), problems) : {};
  return {
    format: 'csv-dir',
    meta,
    *items() {
      for (const spec of readOrderSpecs()) {
        if (!present.has(spec.file)) {
          if (spec.required) problems.error(readRank(spec.name, 0), spec.file, 0, '', fact('FILE_MISSING', { file: spec.file }));
        } else yield* csvTable(join(dir, spec.file), spec, problems);
        yield { kind: 'end', table: spec.name, file: spec.file };
      }
    },
  };
};

function* csvTable(path: string, spec: TableSpec, problems: ReadProblems): Generator<TableRow, void, undefined> {
  const file = spec.file;
  const table = spec.name;
  let decoder: ReturnType<typeof makeRowDecoder> | undefined;
  let missing = NONE;
  for (const e of csvFileEvents(path)) {
    if (e.kind === 'header') {
      decoder = makeRowDecoder(spec, e.cells, undefined, true);
      if (decoder.missingColumns.length) missing = new Set(decoder.missingColumns);
      for (const p of decoder.headerProblems) problems.error(readRank(table, 0), file, 0, p.column, p.problem);
      continue;
    }
    const row = e.row;
    if (e.kind === 'malformed') {
      problems.error(readRank(table, row), file, row, '', fact('CSV_MALFORMED', { reason: e.code, detail: e.message }));
      continue;
    }
    if (!decoder) continue;
    if (e.cells.length !== decoder.width) {
      problems.error(readRank(table, row), file, row, '', fact('ROW_WIDTH', { expected: decoder.width, found: e.cells.length }));
      continue;
    }
    const decoded = decoder.decode(e.cells, (column: string, problem: ProblemFact) => problems.error(readRank(table, row), file, row, column, problem));
    yield { kind: 'row', table, row: decoded as unknown as RowOf<typeof table>, file, line: row, missing } as TableRow;
  }
  if (!decoder) problems.error(readRank(table, Number.POSITIVE_INFINITY), file, 0, '', fact('FILE_EMPTY'));
}

const readMeta = (path: string, problems: ReadProblems): RecordMeta => {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (isPlainObject(parsed)) return parsed as RecordMeta;
    problems.error(readRank('after', 0), META_FILE, 0, '', fact('META_NOT_OBJECT'));
  } catch (e) {
    problems.error(readRank('after', 0), META_FILE, 0, '', fact('JSON_INVALID', { detail: (e as Error).message }));
  }
  return {};
};

/** A JSON record: read whole, decoded at once; its rows are then handed out like a folder's. */
const openJsonFile = (path: string, problems: ReadProblems): OpenedRecord => {
  const name = basename(path);
  const tables: Array<{ spec: TableSpec; file: string; rows: TableRow[] }> = [];
  let meta: RecordMeta = {};
  const opened = (): OpenedRecord => ({
    format: 'json',
    meta,
    *items() {
      for (const spec of readOrderSpecs()) {
        const t = tables.find((x) => x.spec === spec);
        if (t) yield* t.rows;
        yield { kind: 'end', table: spec.name, file: t?.file ?? `${name}#${spec.name}` };
      }
    },
  });
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8').replace(/^\ufeff/, ''));
  } catch (e) {
    problems.error(readRank('before', 0), name, 0, '', fact('JSON_INVALID', { detail: (e as Error).message }));
    return opened();
  }
  if (!isPlainObject(doc)) {
    problems.error(readRank('before', 0), name, 0, '', fact('JSON_NOT_OBJECT'));
    return opened();
  }
  const tableNames = new Set<string>(TABLE_SPECS.map((t) => t.name));
  for (const key of Object.keys(doc)) {
    if (key !== 'meta' && !tableNames.has(key)) problems.error(readRank('before', 0), name, 0, key, fact('TABLE_UNKNOWN', { table: key }));
  }
  if (doc.meta !== undefined) {
    if (isPlainObject(doc.meta)) meta = doc.meta as RecordMeta;
    else problems.error(readRank('before', 0), name, 0, 'meta', fact('META_INVALID'));
  }
  for (const spec of TABLE_SPECS) {
    const file = `${name}#${spec.name}`;
    const value = doc[spec.name];
    if (value === undefined) {
      if (spec.required) problems.error(readRank(spec.name, 0), file, 0, '', fact('TABLE_MISSING', { table: spec.name }));
      continue;
    }
    if (!Array.isArray(value)) {
      problems.error(readRank(spec.name, 0), file, 0, '', fact('TABLE_NOT_ARRAY', { table: spec.name }));
      continue;
    }
    tables.push({ spec, file, rows: jsonTable(value, spec, file, problems) });
  }
  return opened();
};

const jsonTable = (items: unknown[], spec: TableSpec, file: string, problems: ReadProblems): TableRow[] => {
  const table = spec.name;
  const out: TableRow[] = [];
  // The header of a JSON table is the union of keys, in order of first appearance;
  // a key an object lacks reads as an empty cell.
  const header: string[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (!isPlainObject(item)) continue;
    for (const key of Object.keys(item)) {
      if (!seen.has(key)) {
        seen.add(key);
        header.push(key);
      }
    }
  }
  for (const c of spec.columns) if (c.required && !seen.has(c.name) && items.length > 0) header.push(c.name);
  const decoder = makeRowDecoder(spec, header, undefined, true);
  items.forEach((item, index) => {
    const row = index + 1;
    if (!isPlainObject(item)) {
      problems.error(readRank(table, row), file, row, '', fact('ROW_NOT_OBJECT'));
      return;
    }
    // Unknown keys a row lacks are left out of its extras (not written back as "").
    const cells = header.map((key) => jsonValueToCell(item[key]));
    const decoded: LooseRow = decoder.decode(cells, (column, problem) => problems.error(readRank(table, row), file, row, column, problem));
    if (decoded.extra) decoded.extra = (decoded.extra as Array<[string, string]>).filter(([key]) => key in item);
    if ((decoded.extra as unknown[] | undefined)?.length === 0) delete decoded.extra;
    out.push({ kind: 'row', table, row: decoded as unknown as RowOf<typeof table>, file, line: row, missing: NONE } as TableRow);
  });
  return out;
};

/** Pushes a row onto its table of a whole record: the one place a streamed row is kept. */
export const keepRow = (record: PolitburoRecord, item: TableRow): void => {
  (record[item.table] as unknown as unknown[]).push(item.row);
};

