/**
 * The body's vocabulary, spelled once. The core's types derive from these arrays; the
 * record format, the HTTP API (zod enums) and the web app (types) take them from here,
 * so a word spelled differently anywhere fails to compile.
 */
export const VOTES = ['for', 'against', 'abstain'] as const;
export type Vote = (typeof VOTES)[number];

export const MESSAGE_KINDS = ['letter', 'telegram', 'telephone'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const ORIGINS = ['response', 'initiative'] as const;
export type Origin = (typeof ORIGINS)[number];

export const OUTCOMES = ['confirmed', 'modified', 'rejected', 'postponed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** How a decision was taken: at a sitting, by written poll, or "без опроса" on a visa alone (1934 notes F.4). */
export const DECISION_MODES = ['meeting', 'poll', 'without-poll'] as const;
export type DecisionMode = (typeof DECISION_MODES)[number];

/**
 * A sitting as the record states it: held (opened, live or historical), scheduled and
 * never opened, or cancelled. Only a held sitting enters any figure.
 */
export const MEETING_RECORD_STATUSES = ['held', 'scheduled', 'cancelled'] as const;
export type MeetingRecordStatus = (typeof MEETING_RECORD_STATUSES)[number];

export const DATE_PRECISIONS = ['day', 'month', 'approx'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const SOURCE_STATUSES = ['verified', 'secondary', 'unverified'] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

export const ITEM_STATUSES = ['proposed', 'on-agenda', 'polling', 'adopted', 'rejected', 'postponed', 'withdrawn', 'registered'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** Which fields of which archival table an editorial correction may change (core `CorrectRecord`). */
export const CORRECTABLE_FIELDS = {
  decisions: ['title', 'date', 'itemLabel', 'protocolDate', 'datePrecision', 'initiatorId'],
  meetings: ['date', 'chairId'],
  correspondence: ['summary', 'sentAt', 'receivedAt', 'number', 'archiveRef'],
  members: ['name'],
  interventions: ['origin', 'outcome', 'basis', 'codedBy'],
} as const;
export type CorrectableTable = keyof typeof CORRECTABLE_FIELDS;
export const CORRECTABLE_TABLES = Object.keys(CORRECTABLE_FIELDS) as [CorrectableTable, ...CorrectableTable[]];

/** `values.includes(x)` for an `as const` array, narrowing `x`. */
export const isOneOf = <const T extends readonly string[]>(values: T, x: string): x is T[number] => (values as readonly string[]).includes(x);
