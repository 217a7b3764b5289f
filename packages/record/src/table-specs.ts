/**
 * The one description of the interchange format's tables and columns. The reader,
 * the validator, the canonical writer and the JSON Schema are all driven by it, so
 * the format cannot drift between them.
 */
import type { PolitburoRecord } from './record.ts';
import { DATE_PRECISIONS, DECISION_MODES, MEETING_RECORD_STATUSES, MESSAGE_KINDS, ORIGINS, OUTCOMES, ROLES, SOURCE_STATUSES, VOTES } from '@politburo/core';

export { DATE_PRECISIONS, DECISION_MODES, MEETING_RECORD_STATUSES, MESSAGE_KINDS, ORIGINS, OUTCOMES, SOURCE_STATUSES, VOTES };

/** How a cell is spelled. `ids` is a `;`-separated list; `ids?` keeps an empty cell as null (unknown). */
export type ColumnKind =
  | { type: 'text' }
  | { type: 'int' }
  | { type: 'bool' }
  | { type: 'date' }
  | { type: 'instant' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'ids' }
  | { type: 'ids-or-unknown' };

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  /** The header must carry the column (it may still be empty unless `nonEmpty`). */
  required: boolean;
  /** The cell must not be empty. */
  nonEmpty: boolean;
  /** Referenced table when the cell (or each list entry) is an id of another row. */
  ref?: 'members' | 'meetings' | 'decisions' | 'correspondence' | 'sources';
}

export type TableName = Exclude<keyof PolitburoRecord, 'meta'>;

export interface TableSpec {
  name: TableName;
  file: string;
  /** A folder without this file is invalid. */
  required: boolean;
  /** Schema columns in canonical order: required ones first, then optional ones. */
  columns: ColumnSpec[];
  /** Columns the canonical form sorts by (natural order, left to right). */
  sortKey: string[];
  /** Column holding a unique id, when the table has one. */
  idColumn?: string;
}

const text = { type: 'text' } as const;
const int = { type: 'int' } as const;
const bool = { type: 'bool' } as const;
const date = { type: 'date' } as const;
const instant = { type: 'instant' } as const;
const ids = { type: 'ids' } as const;
const enumOf = (values: readonly string[]): ColumnKind => ({ type: 'enum', values });

/** Required column whose cell must be filled. */
const must = (name: string, kind: ColumnKind, ref?: ColumnSpec['ref']): ColumnSpec => ({ name, kind, required: true, nonEmpty: true, ref });
/** Required column whose cell may be empty. */
const may = (name: string, kind: ColumnKind, ref?: ColumnSpec['ref']): ColumnSpec => ({ name, kind, required: true, nonEmpty: false, ref });
/** Optional column (written only when some row fills it). */
const opt = (name: string, kind: ColumnKind, ref?: ColumnSpec['ref']): ColumnSpec => ({ name, kind, required: false, nonEmpty: false, ref });

/** Allowed on every table, written after the table's own columns. */
export const COMMON_COLUMNS: ColumnSpec[] = [opt('source_id', text, 'sources'), opt('synthetic', bool)];

export const TABLE_SPECS: readonly TableSpec[] = [
  {
    name: 'members',
    file: 'members.csv',
    required: true,
    columns: [must('id', text), must('name', text), must('role', enumOf(ROLES)), opt('name_ru', text)],
    sortKey: ['id'],
    idColumn: 'id',
  },
  {
    name: 'memberships',
    file: 'memberships.csv',
    required: false,
    columns: [must('member_id', text, 'members'), must('role', enumOf(ROLES)), must('from', date), may('to', date)],
    sortKey: ['member_id', 'from', 'role'],
  },
  {
    name: 'absences',
    file: 'absences.csv',
    required: true,
    columns: [must('member_id', text, 'members'), must('from', date), must('to', date), may('location', text)],
    sortKey: ['member_id', 'from', 'to'],
  },
  {
    name: 'meetings',
    file: 'meetings.csv',
    required: true,
    columns: [
      must('id', text),
      must('date', date),
      may('chair_id', text, 'members'),
      may('attendees', { type: 'ids-or-unknown' }, 'members'),
      opt('status', enumOf(MEETING_RECORD_STATUSES)),
    ],
    sortKey: ['id'],
    idColumn: 'id',
  },
  {
    name: 'decisions',
    file: 'decisions.csv',
    required: true,
    columns: [
      must('id', text),
      must('protocol_no', int),
      must('item_no', int),
      must('date', date),
      must('mode', enumOf(DECISION_MODES)),
      may('meeting_id', text, 'meetings'),
      may('title', text),
      must('restricted', bool),
      opt('initiator_id', text, 'members'),
      opt('item_label', text),
      opt('protocol_date', date),
      opt('amends_id', text, 'decisions'),
      opt('revokes_id', text, 'decisions'),
      opt('date_precision', enumOf(DATE_PRECISIONS)),
      opt('visa_by', text, 'members'),
    ],
    sortKey: ['id'],
    idColumn: 'id',
  },
  {
    name: 'correspondence',
    file: 'correspondence.csv',
    required: true,
    columns: [
      must('id', text),
      must('kind', enumOf(MESSAGE_KINDS)),
      may('number', text),
      must('from_id', text, 'members'),
      may('to_ids', ids, 'members'),
      may('sent_at', instant),
      may('received_at', instant),
      may('decision_ids', ids, 'decisions'),
      may('summary', text),
      opt('in_reply_to', text, 'correspondence'),
      opt('series', text),
      opt('archive_ref', text),
    ],
    sortKey: ['id'],
    idColumn: 'id',
  },
  {
    name: 'interventions',
    file: 'interventions.csv',
    required: true,
    columns: [
      may('decision_id', text, 'decisions'),
      must('member_id', text, 'members'),
      must('origin', enumOf(ORIGINS)),
      must('outcome', enumOf(OUTCOMES)),
      may('correspondence_ids', ids, 'correspondence'),
      opt('item_title', text),
      opt('coded_by', text),
      opt('basis', text),
    ],
    sortKey: ['decision_id', 'member_id', 'item_title'],
  },
  {
    name: 'items',
    file: 'items.csv',
    required: false,
    columns: [must('id', text), may('title', text), opt('initiator_id', text, 'members'), opt('date', date), opt('status', text), opt('restricted', bool)],
    sortKey: ['id'],
    idColumn: 'id',
  },
  {
    name: 'ballots',
    file: 'ballots.csv',
    required: false,
    columns: [must('decision_id', text, 'decisions'), must('member_id', text, 'members'), must('vote', enumOf(VOTES)), opt('at', instant)],
    sortKey: ['decision_id', 'member_id', 'at'],
  },
  {
    name: 'sources',
    file: 'sources.csv',
    required: false,
    columns: [
      must('id', text),
      may('author', text),
      // A source is cited by its title: the engine refuses one without, so the format does too.
      must('title', text),
      opt('locator', text),
      opt('url', text),
      must('status', enumOf(SOURCE_STATUSES)),
      opt('title_original', text),
    ],
    sortKey: ['id'],
    idColumn: 'id',
  },
];

export const META_FILE = 'meta.json';

export const tableSpec = (name: TableName): TableSpec => {
  const spec = TABLE_SPECS.find((t) => t.name === name);
  if (!spec) throw new Error(`no table ${name}`);
  return spec;
};

/** Every known column of a table: its own, then the common ones. */
export const allColumns = (spec: TableSpec): ColumnSpec[] => [...spec.columns, ...COMMON_COLUMNS];
