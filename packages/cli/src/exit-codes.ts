import { type ErrorCategory, isDomainError } from '@politburo/core';

/** The one place where errors become exit codes and the lines a user reads. */
export const EXIT_CODES: Record<ErrorCategory | 'usage' | 'internal' | 'unavailable', number> = {
  internal: 1,
  usage: 64,
  validation: 2,
  'not-found': 3,
  'illegal-state': 4,
  conflict: 4,
  concurrency: 5,
  forbidden: 6,
  corrupt: 65,
  unavailable: 69,
};

export interface Reported {
  lines: string[];
  exitCode: number;
}

export const reportError = (e: unknown): Reported => {
  if (isDomainError(e)) {
    const lines = [`error ${e.code}: ${e.message}`];
    for (const d of e.details) {
      const where = [d.file, d.row !== undefined && d.row > 0 ? `row ${d.row}` : undefined, d.column ? `column ${d.column}` : d.field ? `field ${d.field}` : undefined]
        .filter(Boolean)
        .join(', ');
      lines.push(`  ${where ? `${where}: ` : ''}${d.message}`);
    }
    return { lines, exitCode: EXIT_CODES[e.category] };
  }
  const code = (e as { code?: unknown })?.code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === '3D000' || code === '28P01') {
    return { lines: [`error DATABASE_UNAVAILABLE: cannot use the database: ${(e as Error).message}`], exitCode: EXIT_CODES.unavailable };
  }
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
    return { lines: [`error ${String(code)}: ${(e as Error).message}`], exitCode: EXIT_CODES['not-found'] };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { lines: [`error INTERNAL: ${message}`, '  (this is a bug in politburo; set POLITBURO_DEBUG=1 to see where)'], exitCode: EXIT_CODES.internal };
};
