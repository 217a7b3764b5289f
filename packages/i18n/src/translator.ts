import { IntlMessageFormat } from 'intl-messageformat';
import { catalogue } from './catalogue.ts';
import { type Lang, LOCALES } from './lang.ts';

export type Params = Record<string, string | number | Date>;
export type Translate = (key: string, params?: Params) => string;

/**
 * Dates given to a message as `{at, date, long}` are body time: shown as written, never shifted
 * into the process's zone (the same rule as formatDate).
 */
const UTC_FORMATS = {
  date: {
    short: { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' },
    medium: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
    long: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
    full: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  },
  time: {
    short: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' },
    medium: { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone: 'UTC' },
  },
} as const;

/**
 * A translator over any flat ICU dictionary (the web passes the shared catalogue merged with its own
 * section). A key missing in the language falls back to English, then to the key itself, so a gap
 * shows as a visible key and the completeness test names it.
 */
export function createTranslator(lang: Lang, messages: Record<string, string>, fallback: Record<string, string> = {}): Translate {
  const compiled = new Map<string, IntlMessageFormat>();
  return (key, params) => {
    let format = compiled.get(key);
    if (!format) {
      const own = messages[key];
      const source = own ?? fallback[key];
      if (source === undefined) return key;
      format = new IntlMessageFormat(source, LOCALES[own === undefined ? 'en' : lang], UTC_FORMATS, { ignoreTag: true });
      compiled.set(key, format);
    }
    const out = format.format(params);
    return Array.isArray(out) ? out.join('') : String(out);
  };
}

const formats = new Map<string, IntlMessageFormat>();
/**
 * One message formatted as it stands (the web's i18next hands each resolved message here). Numbers other
 * than `count` go in as written (3945, not 3,945), as i18next printed them; `count` drives the plural.
 */
export function formatMessage(lang: Lang, message: string, params: Record<string, unknown> = {}): string {
  const id = `${lang}\u0000${message}`;
  let format = formats.get(id);
  if (!format) {
    format = new IntlMessageFormat(message, LOCALES[lang], UTC_FORMATS, { ignoreTag: true });
    formats.set(id, format);
  }
  const values: Record<string, string | number | Date> = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'number') values[k] = k === 'count' ? v : String(v);
    else if (typeof v === 'string' || v instanceof Date) values[k] = v;
  }
  const out = format.format(values);
  return Array.isArray(out) ? out.join('') : String(out);
}

const translators = new Map<Lang, Translate>();
/** The shared catalogue's translator for a language (CLI, server documents, mail, calendar). */
export function translator(lang: Lang): Translate {
  let t = translators.get(lang);
  if (!t) {
    t = createTranslator(lang, catalogue(lang), catalogue('en'));
    translators.set(lang, t);
  }
  return t;
}
