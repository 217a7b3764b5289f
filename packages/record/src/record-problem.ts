/**
 * What is wrong with a record, where. One error type for the package
 * (`RecordInvalidError`, code RECORD_INVALID) carrying every problem found, so a
 * historian fixes a spreadsheet in one pass instead of one error per run.
 */
import { DomainError, type ErrorDetail } from '@politburo/core';

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
  message: string;
}

export interface RecordProblems {
  errors: RecordProblem[];
  warnings: RecordProblem[];
  /** Problems found beyond the limit and left out of the lists. */
  omittedErrors: number;
  omittedWarnings: number;
}

export const DEFAULT_PROBLEM_LIMIT = 100;

/** One line per problem, the form the CLI prints. */
export const formatRecordProblem = (p: RecordProblem): string => {
  const where = p.row === 0 ? (p.column ? 'header' : '') : `row ${p.row}`;
  const parts = [p.file, where, p.column ? `column ${p.column}` : ''].filter((s) => s !== '');
  return `${parts.join(', ')}: ${p.message}`;
};

export class RecordInvalidError extends DomainError {
  constructor(
    readonly problems: RecordProblems,
    where: string,
  ) {
    const n = problems.errors.length + problems.omittedErrors;
    const more = problems.omittedErrors > 0 ? [{ message: `… and ${problems.omittedErrors} more problems` }] : [];
    super('RECORD_INVALID', 'validation', `${where}: ${n} problem${n === 1 ? '' : 's'} in the record`, [...problems.errors, ...more], { where, count: n });
  }
}

/** A problem quotes at most 80 characters of any value it names: a 20 MB cell is not echoed back. */
export const clipQuotes = (message: string): string => message.replace(/\S{81,}/g, (run) => `${run.slice(0, 79)}…`);

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

  error(file: string, row: number, column: string, message: string): void {
    if (this.errors.length < this.limit) this.errors.push({ file, row, column, message: clipQuotes(message) });
    else this.omittedErrors += 1;
  }

  warning(file: string, row: number, column: string, message: string): void {
    if (this.warnings.length < this.limit) this.warnings.push({ file, row, column, message: clipQuotes(message) });
    else this.omittedWarnings += 1;
  }

  get hasErrors(): boolean {
    return this.errors.length > 0;
  }

  result(): RecordProblems {
    return { errors: this.errors, warnings: this.warnings, omittedErrors: this.omittedErrors, omittedWarnings: this.omittedWarnings };
  }
}
