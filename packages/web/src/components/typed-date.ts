import type { Lang } from '../i18n/pick.ts';

/**
 * Dates typed in the interface's language, read into the one typed value the app keeps (ISO
 * `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` with a time, the body's own clock, no zone). The browser's
 * `<input type="date">` would show the browser's locale, whatever the page's language (Chromium:
 * mm/dd/yyyy), so the app writes and reads the date itself. ISO is read in every language too, as
 * what a date pasted from the record looks like.
 */
/** Both languages write day, month, year (the English interface is British English, en-GB); only the separator differs. */
const SEPARATOR: Record<Lang, string> = { ru: '.', en: '/' };

const pad = (n: number | string, width = 2) => String(n).padStart(width, '0');
const isRealDate = (y: number, m: number, d: number): boolean => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};

/** The ISO value as the language writes it ("30.07.1934", "30/07/1934", with " 09:00" for a time); '' for ''. */
export const formatTypedDate = (iso: string, lang: Lang): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const sep = SEPARATOR[lang];
  return `${m[3]}${sep}${m[2]}${sep}${m[1]}${m[4] ? ` ${m[4]}` : ''}`;
};

/**
 * What a user typed, as the ISO value: the language's day-month-year (with either separator,
 * one-digit day or month allowed), or ISO itself; with `withTime`, a time HH:MM after it. Undefined
 * for anything that is not a real date (31.02.1934) or lacks a time asked for.
 */
export const parseTypedDate = (text: string, withTime: boolean): string | undefined => {
  const s = text.trim().replace(/\s+/g, ' ');
  const time = withTime ? '(?:[ T](\\d{1,2}):(\\d{2}))' : '';
  const iso = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${time}$`).exec(s);
  const dmy = new RegExp(`^(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})${time}$`).exec(s);
  const parts = iso ? { y: iso[1], m: iso[2], d: iso[3], h: iso[4], min: iso[5] } : dmy ? { y: dmy[3], m: dmy[2], d: dmy[1], h: dmy[4], min: dmy[5] } : undefined;
  if (!parts) return undefined;
  const [y, m, d] = [Number(parts.y), Number(parts.m), Number(parts.d)];
  if (!isRealDate(y, m, d)) return undefined;
  const date = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (!withTime) return date;
  const [h, min] = [Number(parts.h), Number(parts.min)];
  return h <= 23 && min <= 59 ? `${date}T${pad(h)}:${pad(min)}` : undefined;
};
