/**
 * What is wrong with a record, where. One error type for the package
 * (`RecordInvalidError`, code RECORD_INVALID) carrying every problem found, so a
 * historian fixes a spreadsheet in one pass instead of one error per run.
 */
import { DomainError, type ErrorDetail } from '@politburo/core';
import { catalogue, type Lang, messageArguments, problemMessage, translator } from '@politburo/i18n';

/**
 * Every problem the record package finds, by a stable code: its sentence is `record.problem.<code>` in
 * the catalogue, in each language, filled with the problem's `params` (the values, ids and tables it names).
 */
export type RecordProblemCode =
  | 'BALLOT_DUPLICATE'
  | 'BOOL_EMPTY'
  | 'BOOL_INVALID'
  | 'CELL_EMPTY'
  | 'COLUMN_MISSING'
  | 'CSV_MALFORMED'
  | 'DATE_INVALID'
  | 'DATE_MEETING_MISMATCH'
  | 'DATE_VAGUE'
  | 'ENUM_INVALID'
  | 'FIELD_TOO_LONG'
  | 'FILE_EMPTY'
  | 'FILE_MISSING'
  | 'FILE_UNKNOWN'
  | 'HEADER_DUPLICATE'
  | 'HEADER_UNNAMED'
  | 'ID_DUPLICATE'
  | 'INSTANT_INVALID'
  | 'INT_EMPTY'
  | 'INT_INVALID'
  | 'INT_TOO_SMALL'
  | 'INTERVENTION_DUPLICATE'
  | 'INTERVENTION_UNNAMED'
  | 'ITEM_DUPLICATE'
  | 'ITEM_GAP'
  | 'JSON_INVALID'
  | 'JSON_NOT_OBJECT'
  | 'MEETING_UNNAMED'
  | 'META_INVALID'
  | 'META_NOT_OBJECT'
  | 'MORE_PROBLEMS'
  | 'POLL_WITH_MEETING'
  | 'PROTOCOL_GAP'
  | 'RANGE_REVERSED'
  | 'RECEIVED_BEFORE_SENT'
  | 'REF_UNKNOWN'
  | 'REPLY_BEFORE_RECEIVED'
  | 'ROW_NOT_OBJECT'
  | 'ROW_WIDTH'
  | 'SELF_REPLY'
  | 'TABLE_MISSING'
  | 'TABLE_NOT_ARRAY'
  | 'TABLE_UNKNOWN'
  | 'VISA_MODE'
  | 'WITHOUT_POLL_WITH_MEETING';

export type ProblemParams = Record<string, string | number>;

/** What is wrong, as facts: no sentence yet. */
export interface ProblemFact {
  code: RecordProblemCode;
  params: ProblemParams;
}

export const fact = (code: RecordProblemCode, params: ProblemParams = {}): ProblemFact => ({ code, params });

/**
 * `row` is the 1-based data row: the first row after the header is 1, so in a
 * spreadsheet it sits on line row + 1. Row 0 means the header (or the whole file
 * when `column` is empty). For a JSON record `row` is the 1-based position in the
 * table's array.
 */
export interface RecordProblem extends ErrorDetail {
  file: string;
  row: number;
  column: string;
  /** The English sentence, rendered from the catalogue (scripts and logs read it). */
  message: string;
  code: RecordProblemCode;
  params: ProblemParams;
}

export interface RecordProblems {
  errors: RecordProblem[];
  warnings: RecordProblem[];
  /** Problems found beyond the limit and left out of the lists. */
  omittedErrors: number;
  omittedWarnings: number;
}

export const DEFAULT_PROBLEM_LIMIT = 100;

/** A problem quotes at most 80 characters of any value it names: a 20 MB cell is not echoed back. */
export const clipQuotes = (message: string): string => message.replace(/\S{81,}/g, (run) => `${run.slice(0, 79)}…`);

const clipParams = (params: ProblemParams): ProblemParams => {
  const out: ProblemParams = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === 'string' ? clipQuotes(v) : v;
  return out;
};

/** A problem's sentence in `lang`, from the catalogue. */
export const problemSentence = (f: ProblemFact, lang: Lang): string => clipQuotes(translator(lang)(`record.problem.${f.code}`, f.params));

/** A problem with its English sentence, the facts clipped as its sentence is. */
export const recordProblem = (file: string, row: number, column: string, f: ProblemFact): RecordProblem => ({
  file,
  row,
  column,
  message: problemSentence(f, 'en'),
  code: f.code,
  params: clipParams(f.params),
});

/**
 * Any error detail's sentence in `lang`: a record problem's `record.problem.<code>` when the detail
 * brings every fact it needs, else a typed error's `problem.<code>` likewise, else the detail's own
 * English message, never a half-filled sentence. A detail without a code is said as it stands.
 */
export const detailMessage = (d: ErrorDetail, lang: Lang): string => {
  if (d.code === undefined || lang === 'en') return d.message;
  const key = `record.problem.${d.code}`;
  const message = catalogue(lang)[key];
  const params = d.params ?? {};
  // The facts were clipped when the problem was found: no second clipping of the sentence.
  if (message !== undefined && messageArguments(message).every((a) => a in params)) return translator(lang)(key, params);
  return problemMessage(lang, { code: d.code, message: d.message, params });
};

/** One line per problem, the form the CLI prints, in `lang`. */
export const formatRecordProblem = (p: RecordProblem, lang: Lang = 'en'): string => {
  const t = translator(lang);
  const where = p.row === 0 ? (p.column ? t('record.where.header') : '') : t('cli.error.row', { row: String(p.row) });
  const parts = [p.file, where, p.column ? t('cli.error.column', { column: p.column }) : ''].filter((s) => s !== '');
  return `${parts.join(', ')}: ${detailMessage(p, lang)}`;
};

export class RecordInvalidError extends DomainError {
  constructor(
    readonly problems: RecordProblems,
    where: string,
  ) {
    const n = problems.errors.length + problems.omittedErrors;
    const omitted = fact('MORE_PROBLEMS', { count: problems.omittedErrors });
    const more = problems.omittedErrors > 0 ? [{ message: problemSentence(omitted, 'en'), ...omitted }] : [];
    super('RECORD_INVALID', 'validation', `${where}: ${n} problem${n === 1 ? '' : 's'} in the record`, [...problems.errors, ...more], { where, count: n });
  }
}

/**
 * Collects problems up to a limit while still counting the rest, so a record with
 * a million bad rows costs no memory for them.
 */
export class ProblemCollector {
  readonly errors: RecordProblem[] = [];
  readonly warnings: RecordProblem[] = [];
  omittedErrors = 0;
  omittedWarnings = 0;
  constructor(readonly limit: number = DEFAULT_PROBLEM_LIMIT) {}

  error(file: string, row: number, column: string, f: ProblemFact): void {
    if (this.errors.length < this.limit) this.errors.push(recordProblem(file, row, column, f));
    else this.omittedErrors += 1;
  }

  warning(file: string, row: number, column: string, f: ProblemFact): void {
    if (this.warnings.length < this.limit) this.warnings.push(recordProblem(file, row, column, f));
    else this.omittedWarnings += 1;
  }

  get hasErrors(): boolean {
    return this.errors.length > 0;
  }

  result(): RecordProblems {
    return { errors: this.errors, warnings: this.warnings, omittedErrors: this.omittedErrors, omittedWarnings: this.omittedWarnings };
  }
}
