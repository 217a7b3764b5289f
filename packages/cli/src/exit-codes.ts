import { type ErrorCategory, isDomainError } from '@politburo/core';
import { type Lang, problemMessage, translator } from '@politburo/i18n';
import { detailMessage } from '@politburo/record';

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

/**
 * The lines for an error, in `lang`: a DomainError's sentence is the catalogue's `problem.<code>` filled
 * with its `params` where the catalogue has one (`problemMessage`), else its own English message; the
 * code stays as it is, for scripts and for searching.
 */
export const reportError = (e: unknown, lang: Lang = 'en'): Reported => {
  const t = translator(lang);
  if (isDomainError(e)) {
    const lines = [t('cli.error.line', { code: e.code, message: problemMessage(lang, e) })];
    for (const d of e.details) {
      const where = [
        d.file,
        d.row !== undefined && d.row > 0 ? t('cli.error.row', { row: String(d.row) }) : undefined,
        d.column ? t('cli.error.column', { column: d.column }) : d.field ? t('cli.error.field', { field: d.field }) : undefined,
      ]
        .filter(Boolean)
        .join(', ');
      lines.push(`  ${where ? `${where}: ` : ''}${detailMessage(d, lang)}`);
    }
    return { lines, exitCode: EXIT_CODES[e.category] };
  }
  const code = (e as { code?: unknown })?.code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === '3D000' || code === '28P01') {
    return { lines: [t('cli.error.line', { code: 'DATABASE_UNAVAILABLE', message: t('cli.error.databaseUnavailable', { message: (e as Error).message }) })], exitCode: EXIT_CODES.unavailable };
  }
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
    return { lines: [t('cli.error.line', { code: String(code), message: (e as Error).message })], exitCode: EXIT_CODES['not-found'] };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { lines: [t('cli.error.line', { code: 'INTERNAL', message }), t('cli.error.internalHint')], exitCode: EXIT_CODES.internal };
};
