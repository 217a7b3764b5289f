import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const locale = (lng: string | undefined): string => (lng === 'ru' ? 'ru-RU' : 'en-GB');

/**
 * Dates as the reader's language writes them. The record's `YYYY-MM-DD` and `YYYY-MM-DDTHH:MM`
 * are civil times with no zone, so they are read and printed in UTC and never shift by a day.
 */
export function useFormat() {
  const { i18n } = useTranslation();
  const loc = locale(i18n.resolvedLanguage);
  // Stable per language: the register's table re-creates its cells whenever a formatter changes identity.
  return useMemo(() => formatters(loc), [loc]);
}

const formatters = (loc: string) => {
  const date = (iso: string | undefined | null): string => {
    if (!iso) return '';
    const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(loc, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
  };
  const shortDate = (iso: string | undefined | null): string => {
    if (!iso) return '';
    const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(loc, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
  };
  const instant = (iso: string | undefined | null): string => {
    if (!iso) return '';
    if (iso.length <= 10) return date(iso);
    const d = new Date(`${iso.slice(0, 16)}:00Z`);
    return Number.isNaN(d.getTime())
      ? iso
      : d.toLocaleString(loc, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  };
  const number = (n: number, digits = 0): string => n.toLocaleString(loc, { maximumFractionDigits: digits });
  return { date, shortDate, instant, number, locale: loc };
};

/** A stored date or instant inside an error's facts: formatted, other facts as they are. */
export const ISO_FACT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;
