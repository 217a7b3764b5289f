import { MESSAGES, type MessageKey } from './messages.ts';

/**
 * The languages the server's documents speak, with the API of `@politburo/i18n`
 * (`pickLang`, `translator`, `formatDate`) so that the shared catalogue can replace this
 * file by an import. Placeholders are ICU's simple arguments (`{name}`).
 */
export type Lang = 'en' | 'ru';
export const LANGS: readonly Lang[] = ['en', 'ru'];

// Both languages carry every key: the compiler refuses a string missing in Russian.
const RU: Record<MessageKey, string> = MESSAGES.ru;
const TABLE: Record<Lang, Record<MessageKey, string>> = { en: MESSAGES.en, ru: RU };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export const translator =
  (lang: Lang): Translate =>
  (key, params = {}) =>
    TABLE[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

const asLang = (s: string | undefined): Lang | undefined => {
  const base = s?.trim().toLowerCase().split(/[-_;]/)[0];
  return LANGS.find((l) => l === base);
};

/** The viewer's own setting wins, then the browser's Accept-Language (in its order of preference), then English. */
export const pickLang = (setting: string | undefined, acceptLanguage: string | undefined): Lang => {
  const own = asLang(setting);
  if (own) return own;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, i) => {
      const [tag, ...ps] = part.trim().split(';');
      const q = Number(ps.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? '1');
      return { tag, q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const r of ranked) {
    const l = asLang(r.tag);
    if (l) return l;
  }
  return 'en';
};

const DATE = { en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }), ru: new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) };

/** "1 August 1934" / "1 августа 1934 г."; an instant (YYYY-MM-DDTHH:MM) keeps its time. */
export const formatDate = (lang: Lang, iso: string): string => {
  const day = iso.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return iso;
  const text = DATE[lang].format(new Date(`${day}T00:00:00Z`));
  const time = /T(\d{2}:\d{2})/.exec(iso)?.[1];
  return time ? `${text}, ${time}` : text;
};
