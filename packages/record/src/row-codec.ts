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

const converter = (col: ColumnSpec): Convert => {
  const { name, kind, nonEmpty } = col;
  const optional = !col.required;
  switch (kind.type) {
    case 'text':
    case 'date':
    case 'instant':
    case 'enum':
      return optional ? (cell) => (cell === '' ? undefined : cell) : (cell) => cell;
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
    case 'ids':
      return (cell) => splitIds(cell);
    case 'ids-or-unknown':
      return (cell) => (cell === '' ? null : splitIds(cell));
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
const compileDecode = (slots: readonly Slot[], defaults: ReadonlyArray<readonly [string, RowValue]>): RowDecoder['decode'] => {
  const lines = ['const row = {};', 'let extra;', 'let cell;', 'let v;'];
  slots.forEach((slot, k) => {
    lines.push(`cell = cells[${slot.index}] ?? '';`, `if (cell.length > ${MAX_FIELD_CHARS}) cell = tooLong(names[${k}], cell, report);`);
    if (slot.convert) lines.push(`v = convert[${k}](cell, report);`, `if (v !== undefined) row[${JSON.stringify(slot.name)}] = v;`);
    else lines.push('if (extra === undefined) extra = [];', `extra.push([names[${k}], cell]);`);
  });
  defaults.forEach(([name], k) => lines.push(`row[${JSON.stringify(name)}] = defaults[${k}][1];`));
  lines.push('if (extra !== undefined) row.extra = extra;', 'return row;');
  const make = new Function('convert', 'names', 'defaults', 'tooLong', `return function decode(cells, report) {\n${lines.join('\n')}\n};`);
  return make(
    slots.map((s) => s.convert),
    slots.map((s) => s.name),
    defaults,
    tooLong,
  ) as RowDecoder['decode'];
};

/**
 * Builds a decoder for one file's header. With `only`, other columns are skipped
 * (the streaming report reads a few columns of millions of rows).
 */
export const makeRowDecoder = (spec: TableSpec, header: readonly string[], only?: readonly string[]): RowDecoder => {
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
    slots.push({ index, name, convert: col ? converter(col) : null });
  });
  const missing = spec.columns.filter((c) => c.required && !seen.has(c.name));
  for (const c of missing) headerProblems.push({ column: c.name, problem: fact('COLUMN_MISSING', { column: c.name }) });
  const defaults = missing.filter((c) => !only || only.includes(c.name)).map((c) => [c.name, absentValue(c)] as const);
  return {
    width: header.length,
    missingColumns: missing.map((c) => c.name),
    headerProblems,
    decode: compileDecode(slots, defaults),
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
