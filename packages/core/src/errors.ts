/**
 * The one error family of politburo. Every rule the core enforces fails with a
 * DomainError carrying a stable `code` (for programs), a `category` (which the
 * adapters map to exit codes and HTTP statuses, each in one place) and a human
 * message. `details` names the field or row at fault where there is one.
 */
/** `corrupt`: stored data that no longer reads back as it was written (an edited or truncated log). */
export type ErrorCategory = 'validation' | 'illegal-state' | 'not-found' | 'conflict' | 'concurrency' | 'forbidden' | 'corrupt';

export interface ErrorDetail {
  /** Where: a field name, or file/row/column for record input. */
  field?: string;
  file?: string;
  row?: number;
  column?: string;
  message: string;
  /** What, as a stable code and its facts, so a reader's language can say it (a record problem's `record.problem.<code>`). */
  code?: string;
  params?: Record<string, string | number>;
}

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: string,
    readonly category: ErrorCategory,
    message: string,
    readonly details: ErrorDetail[] = [],
    /** The facts the message is made of (titles, dates as stored), so a reader's language can say the same thing. */
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;

export const invalid = (code: string, message: string, field?: string): DomainError =>
  new DomainError(code, 'validation', message, field ? [{ field, message }] : []);
export const illegal = (code: string, message: string, params?: Record<string, string | number>): DomainError =>
  new DomainError(code, 'illegal-state', message, [], params);
export const notFound = (code: string, message: string, field?: string): DomainError =>
  new DomainError(code, 'not-found', message, field ? [{ field, message }] : []);
export const conflict = (code: string, message: string, field?: string, params?: Record<string, string | number>): DomainError =>
  new DomainError(code, 'conflict', message, field ? [{ field, message }] : [], params);
export const forbidden = (code: string, message: string): DomainError => new DomainError(code, 'forbidden', message);
