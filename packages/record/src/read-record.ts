/**
 * Reads a record from a folder of CSV files or from one JSON file, parsing each
 * cell once into typed rows and remembering where every row came from, then runs
 * the validator over the result. Every problem is collected (up to a limit) before
 * anything is thrown, so one run lists them all.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DomainError } from '@politburo/core';
import type { PolitburoRecord, RecordMeta } from './record.ts';
import { DEFAULT_PROBLEM_LIMIT, fact, ProblemCollector, RecordInvalidError, type RecordProblems } from './record-problem.ts';
import { streamCsvFile } from './csv-reader.ts';
import { jsonValueToCell, type LooseRow, makeRowDecoder } from './row-codec.ts';
import { META_FILE, TABLE_SPECS, type TableName, type TableSpec } from './table-specs.ts';
import { checkRecord, type RecordLocations } from './validate-record.ts';

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

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Appends a decoded row to its table; the one place loose rows become typed ones. */
const pushRow = (record: PolitburoRecord, table: TableName, row: LooseRow): void => {
  (record[table] as unknown as LooseRow[]).push(row);
};

const notFound = (path: string): DomainError =>
  new DomainError('RECORD_NOT_FOUND', 'not-found', `no record at ${path} (expected a folder of CSV files or a .json file)`);

/** Reads and validates; returns everything, throws only when the path cannot be read. */
export const loadRecord = async (path: string, options: ReadOptions = {}): Promise<LoadedRecord> => {
  const info = await stat(path).catch(() => null);
  if (!info) throw notFound(path);
  const problems = new ProblemCollector(options.limit ?? DEFAULT_PROBLEM_LIMIT);
  const loaded = info.isDirectory() ? await loadCsvDir(path, problems) : await loadJsonFile(path, problems);
  checkRecord(loaded.record, loaded.locations, problems);
  return { ...loaded, problems: problems.result() };
};

/** Reads and validates; throws `RecordInvalidError` listing every error found. */
export const readRecord = async (path: string, options: ReadOptions = {}): Promise<PolitburoRecord> => {
  const loaded = await loadRecord(path, options);
  if (loaded.problems.errors.length > 0) throw new RecordInvalidError(loaded.problems, path);
  return loaded.record;
};

const loadCsvDir = async (dir: string, problems: ProblemCollector): Promise<Omit<LoadedRecord, 'problems'>> => {
  const record = emptyRecord();
  const locations: RecordLocations = {};
  const present = new Set(await readdir(dir));
  const knownFiles = new Set([META_FILE, ...TABLE_SPECS.map((t) => t.file)]);
  for (const name of [...present].sort()) {
    if (name.endsWith('.csv') && !knownFiles.has(name)) problems.warning(name, 0, '', fact('FILE_UNKNOWN'));
  }
  for (const spec of TABLE_SPECS) {
    if (!present.has(spec.file)) {
      if (spec.required) problems.error(spec.file, 0, '', fact('FILE_MISSING', { file: spec.file }));
      continue;
    }
    locations[spec.name] = await loadCsvTable(join(dir, spec.file), spec, record, problems);
  }
  if (present.has(META_FILE)) record.meta = await readMeta(join(dir, META_FILE), problems);
  return { record, locations, format: 'csv-dir' };
};

const loadCsvTable = async (path: string, spec: TableSpec, record: PolitburoRecord, problems: ProblemCollector) => {
  const file = spec.file;
  const rows: number[] = [];
  let missingColumns: string[] = [];
  let decoder: ReturnType<typeof makeRowDecoder> | undefined;
  let sawHeader = false;
  await streamCsvFile(path, {
    header(cells) {
      sawHeader = true;
      decoder = makeRowDecoder(spec, cells);
      missingColumns = decoder.missingColumns;
      for (const p of decoder.headerProblems) problems.error(file, 0, p.column, p.problem);
      return true;
    },
    row(cells, row) {
      if (!decoder) return;
      if (cells.length !== decoder.width) {
        problems.error(file, row, '', fact('ROW_WIDTH', { expected: decoder.width, found: cells.length }));
        return;
      }
      const decoded = decoder.decode(cells, (column, problem) => problems.error(file, row, column, problem));
      pushRow(record, spec.name, decoded);
      rows.push(row);
    },
    malformed(row, message, reason) {
      problems.error(file, row, '', fact('CSV_MALFORMED', { reason, detail: message }));
    },
  });
  if (!sawHeader) problems.error(file, 0, '', fact('FILE_EMPTY'));
  return { file, rows, missingColumns };
};

const readMeta = async (path: string, problems: ProblemCollector): Promise<RecordMeta> => {
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (isPlainObject(parsed)) return parsed as RecordMeta;
    problems.error(META_FILE, 0, '', fact('META_NOT_OBJECT'));
  } catch (e) {
    problems.error(META_FILE, 0, '', fact('JSON_INVALID', { detail: (e as Error).message }));
  }
  return {};
};

const loadJsonFile = async (path: string, problems: ProblemCollector): Promise<Omit<LoadedRecord, 'problems'>> => {
  const record = emptyRecord();
  const locations: RecordLocations = {};
  const name = basename(path);
  let doc: unknown;
  try {
    doc = JSON.parse((await readFile(path, 'utf8')).replace(/^\ufeff/, ''));
  } catch (e) {
    problems.error(name, 0, '', fact('JSON_INVALID', { detail: (e as Error).message }));
    return { record, locations, format: 'json' };
  }
  if (!isPlainObject(doc)) {
    problems.error(name, 0, '', fact('JSON_NOT_OBJECT'));
    return { record, locations, format: 'json' };
  }
  const tableNames = new Set<string>(TABLE_SPECS.map((t) => t.name));
  for (const key of Object.keys(doc)) {
    if (key !== 'meta' && !tableNames.has(key)) problems.error(name, 0, key, fact('TABLE_UNKNOWN', { table: key }));
  }
  if (doc.meta !== undefined) {
    if (isPlainObject(doc.meta)) record.meta = doc.meta as RecordMeta;
    else problems.error(name, 0, 'meta', fact('META_INVALID'));
  }
  for (const spec of TABLE_SPECS) {
    const file = `${name}#${spec.name}`;
    const value = doc[spec.name];
    if (value === undefined) {
      if (spec.required) problems.error(file, 0, '', fact('TABLE_MISSING', { table: spec.name }));
      continue;
    }
    if (!Array.isArray(value)) {
      problems.error(file, 0, '', fact('TABLE_NOT_ARRAY', { table: spec.name }));
      continue;
    }
    locations[spec.name] = loadJsonTable(value, spec, file, record, problems);
  }
  return { record, locations, format: 'json' };
};

const loadJsonTable = (items: unknown[], spec: TableSpec, file: string, record: PolitburoRecord, problems: ProblemCollector) => {
  const rows: number[] = [];
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
  const decoder = makeRowDecoder(spec, header);
  items.forEach((item, index) => {
    const row = index + 1;
    if (!isPlainObject(item)) {
      problems.error(file, row, '', fact('ROW_NOT_OBJECT'));
      return;
    }
    // Unknown keys a row lacks are left out of its extras (not written back as "").
    const cells = header.map((key) => jsonValueToCell(item[key]));
    const decoded = decoder.decode(cells, (column, problem) => problems.error(file, row, column, problem));
    if (decoded.extra) decoded.extra = (decoded.extra as Array<[string, string]>).filter(([key]) => key in item);
    if ((decoded.extra as unknown[] | undefined)?.length === 0) delete decoded.extra;
    pushRow(record, spec.name, decoded);
    rows.push(row);
  });
  return { file, rows, missingColumns: [] };
};
