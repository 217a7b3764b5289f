import { type Lang, LOCALES } from './lang.ts';

/**
 * Dates are the body's calendar: an ISO date or instant is read as written (wall-clock, no zone),
 * so 1934-08-01 stays the 1st of August wherever the process runs. Partial dates keep their precision.
 */
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/;

function parts(iso: string): { at: Date; month: boolean; day: boolean; time: boolean } {
  const m = DATE.exec(iso.trim());
  if (!m) throw new RangeError(`not an ISO date: ${JSON.stringify(iso)}`);
  const [, y, mo, d, hh, mm] = m;
  const at = new Date(Date.UTC(Number(y), Number(mo ?? 1) - 1, Number(d ?? 1), Number(hh ?? 0), Number(mm ?? 0)));
  at.setUTCFullYear(Number(y));
  return { at, month: mo !== undefined, day: d !== undefined, time: hh !== undefined };
}

const cache = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
}

/** "1 August 1934" / "1 августа 1934 г."; "August 1934" / "август 1934 г."; "1934" / "1934 г.". */
export function formatDate(lang: Lang, isoDate: string): string {
  const p = parts(isoDate);
  if (!p.month) return dateFormat(lang, { year: 'numeric' }).format(p.at);
  if (!p.day) return dateFormat(lang, { year: 'numeric', month: 'long' }).format(p.at);
  return dateFormat(lang, { year: 'numeric', month: 'long', day: 'numeric' }).format(p.at);
}

/** "1 August 1934, 14:30" / "1 августа 1934 г., 14:30" (a date alone is formatted as formatDate does). */
export function formatDateTime(lang: Lang, isoInstant: string): string {
  const p = parts(isoInstant);
  if (!p.time) return formatDate(lang, isoInstant);
  return dateFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(p.at);
}

const numbers = new Map<string, Intl.NumberFormat>();
/** "3,945" / "3 945" (with a no-break space); fractions keep up to `maximumFractionDigits` (default 2). */
export function formatNumber(lang: Lang, n: number, maximumFractionDigits = 2): string {
  const key = `${lang}|${maximumFractionDigits}`;
  let f = numbers.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits });
    numbers.set(key, f);
  }
  return f.format(n);
}
