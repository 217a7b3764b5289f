/**
 * Cells ↔ typed rows, driven by the table specs. Decoding only does what a typed
 * value cannot hold (whole numbers, true/false, lists); dates, instants and enum
 * values stay strings here and are judged by `validateRecord`, which therefore also
 * checks records built in memory by the app.
 */
import { fact, type ProblemFact } from './record-problem.ts';
import { allColumns, type ColumnSpec, type TableSpec } from './table-specs.ts';

export type RowValue = string | number | boolean | string[] | null | undefined | Array<[string, string]>;
export type LooseRow = Record<string, RowValue>;

export type ReportCellProblem = (column: string, problem: ProblemFact) => void;

type Convert = (cell: string, report: ReportCellProblem) => RowValue;

const splitIds = (cell: string): string[] => {
  if (cell === '') return [];
  const out: string[] = [];
  for (const part of cell.split(';')) {
    const id = part.trim();
    if (id !== '') out.push(id);
  }
  return out;
};

/**
 * A cell as its own string. A CSV reader hands out cells as slices of the text chunk they
 * were read from, and V8 keeps a slice of 13 characters or more as a view into its parent:
 * one title kept for the life of a body kept the whole megabyte chunk alive with it (at 1M
 * decisions and letters, 132 MiB of the folded state). A JSON round trip is the quickest
 * portable way to a flat copy of one piece (a concatenation and a slice leave a view of a
 * new parent, 30 bytes more a cell).
 */
const own = (cell: string): string => (cell.length < 13 ? cell : (JSON.parse(JSON.stringify(cell)) as string));

/** Most distinct values a column's pool keeps; past it, cells are only copied. */
const POOL_MAX = 1 << 16;

/**
 * One string per distinct value of a column whose values repeat (an enum, a date, a member or
 * sitting named by id): a million decisions on a few hundred dates hold a few hundred strings.
 */
const pooled = (): ((cell: string) => string) => {
  const pool = new Map<string, string>();
  return (cell) => {
    const hit = pool.get(cell);
    if (hit !== undefined) return hit;
    const kept = own(cell);
    if (pool.size < POOL_MAX) pool.set(kept, kept);
    return kept;
  };
};

/** Whether a column's values repeat across rows (the pool pays), or are mostly unique (a copy does). */
const repeats = (col: ColumnSpec): boolean =>
  col.kind.type === 'enum' || col.kind.type === 'date' || col.ref === 'members' || col.ref === 'meetings' || col.ref === 'sources';

/**
 * `kept`: the rows outlive the read (a record read whole, an import's commands folded into a
 * body), so each string becomes its own, repeated ones shared; otherwise (the report, which
 * reads a cell and drops it) cells are handed on as they are, at no cost.
 */
const converter = (col: ColumnSpec, kept: boolean): Convert => {
  const { name, kind, nonEmpty } = col;
  const optional = !col.required;
  switch (kind.type) {
    case 'text':
    case 'date':
    case 'instant':
    case 'enum': {
      if (!kept) return optional ? (cell) => (cell === '' ? undefined : cell) : (cell) => cell;
      const keep = repeats(col) ? pooled() : own;
      return optional ? (cell) => (cell === '' ? undefined : keep(cell)) : (cell) => keep(cell);
    }
    case 'int':
      return (cell, report) => {
        if (/^\d+$/.test(cell)) return Number(cell);
        if (cell === '') {
          if (optional) return undefined;
          if (nonEmpty) report(name, fact('INT_EMPTY'));
        } else report(name, fact('INT_INVALID', { value: cell }));
        // NaN marks "already reported" for the validator.
        return Number.NaN;
      };
    case 'bool':
      return (cell, report) => {
        const lower = cell.toLowerCase();
        if (lower === 'true') return true;
        if (lower === 'false') return false;
        if (cell === '') {
          if (optional) return undefined;
          if (nonEmpty) report(name, fact('BOOL_EMPTY'));
          return false;
        }
        report(name, fact('BOOL_INVALID', { value: cell }));
        return optional ? undefined : false;
      };
    case 'ids': {
      if (!kept) return (cell) => splitIds(cell);
      const keep = repeats(col) ? pooled() : own;
      return (cell) => splitIds(cell).map(keep);
    }
    case 'ids-or-unknown': {
      if (!kept) return (cell) => (cell === '' ? null : splitIds(cell));
      const keep = repeats(col) ? pooled() : own;
      return (cell) => (cell === '' ? null : splitIds(cell).map(keep));
    }
    default: {
      const never: never = kind;
      return never;
    }
  }
};

/** The longest cell a record may hold (the longest archival text is a few thousand characters). */
export const MAX_FIELD_CHARS = 100_000;

/** The value a required column takes when its header is missing (already reported). */
const absentValue = (col: ColumnSpec): RowValue => {
  switch (col.kind.type) {
    case 'int':
      return Number.NaN;
    case 'bool':
      return false;
    case 'ids':
      return [];
    case 'ids-or-unknown':
      return null;
    default:
      return '';
  }
};

export interface HeaderProblem {
  column: string;
  problem: ProblemFact;
}

export interface RowDecoder {
  readonly width: number;
  /** Required schema columns the header lacks. */
  readonly missingColumns: string[];
  readonly headerProblems: HeaderProblem[];
  decode(cells: readonly string[], report: ReportCellProblem): LooseRow;
}

type Slot = { index: number; name: string; convert: Convert | null };

const tooLong = (name: string, cell: string, report: ReportCellProblem): string => {
  // Reported once, then read as empty: a huge cell costs no further checks, and no echo.
  report(name, fact('FIELD_TOO_LONG', { length: cell.length, max: MAX_FIELD_CHARS }));
  return '';
};

/**
 * The decoder of one header, written out as code with each column's name a constant,
 * so that every store into the row has one name and one shape (a loop storing
 * `row[slot.name]` made every store megamorphic: a tenth of the streaming report).
 * Names enter the code only through JSON.stringify, as string literals.
 */
const compileDecode = (slots: readonly Slot[], defaults: ReadonlyArray<readonly [string, RowValue]>, kept: boolean): RowDecoder['decode'] => {
  const lines = ['const row = {};', 'let extra;', 'let cell;', 'let v;'];
  slots.forEach((slot, k) => {
    lines.push(`cell = cells[${slot.index}] ?? '';`, `if (cell.length > ${MAX_FIELD_CHARS}) cell = tooLong(names[${k}], cell, report);`);
    if (slot.convert) lines.push(`v = convert[${k}](cell, report);`, `if (v !== undefined) row[${JSON.stringify(slot.name)}] = v;`);
    else lines.push('if (extra === undefined) extra = [];', `extra.push([names[${k}], ${kept ? 'own(cell)' : 'cell'}]);`);
  });
  defaults.forEach(([name], k) => lines.push(`row[${JSON.stringify(name)}] = defaults[${k}][1];`));
  lines.push('if (extra !== undefined) row.extra = extra;', 'return row;');
  const make = new Function('convert', 'names', 'defaults', 'tooLong', 'own', `return function decode(cells, report) {\n${lines.join('\n')}\n};`);
  return make(
    slots.map((s) => s.convert),
    slots.map((s) => s.name),
    defaults,
    tooLong,
    own,
  ) as RowDecoder['decode'];
};

/**
 * Builds a decoder for one file's header. With `only`, other columns are skipped
 * (the streaming report reads a few columns of millions of rows); `kept` when the rows
 * outlive the read (see `converter`).
 */
export const makeRowDecoder = (spec: TableSpec, header: readonly string[], only?: readonly string[], kept = false): RowDecoder => {
  const known = new Map(allColumns(spec).map((c) => [c.name, c]));
  const headerProblems: HeaderProblem[] = [];
  const seen = new Set<string>();
  const slots: Slot[] = [];
  header.forEach((name, index) => {
    if (seen.has(name)) {
      headerProblems.push({ column: name, problem: fact('HEADER_DUPLICATE') });
      return;
    }
    seen.add(name);
    if (name === '') {
      headerProblems.push({ column: `#${index + 1}`, problem: fact('HEADER_UNNAMED') });
      return;
    }
    if (only && !only.includes(name)) return;
    const col = known.get(name);
    slots.push({ index, name, convert: col ? converter(col, kept) : null });
  });
  const missing = spec.columns.filter((c) => c.required && !seen.has(c.name));
  for (const c of missing) headerProblems.push({ column: c.name, problem: fact('COLUMN_MISSING', { column: c.name }) });
  const defaults = missing.filter((c) => !only || only.includes(c.name)).map((c) => [c.name, absentValue(c)] as const);
  return {
    width: header.length,
    missingColumns: missing.map((c) => c.name),
    headerProblems,
    decode: compileDecode(slots, defaults, kept),
  };
};

/** A JSON cell as the CSV text it stands for, so both forms decode alike. */
export const jsonValueToCell = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.join(';');
  return JSON.stringify(v);
};

/** A typed value as its CSV cell. */
export const valueToCell = (v: RowValue): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return (v as unknown[]).join(';');
};
