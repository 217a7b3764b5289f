import { createTranslator, formatDateTime, formatDate as formatDay, type Lang } from '@politburo/i18n';
import { MESSAGES, type MessageKey } from './messages.ts';

export { LANGS, type Lang, pickLang } from '@politburo/i18n';

/**
 * The documents' messages through the shared catalogue's ICU translator (`@politburo/i18n`).
 * They stay in `messages.ts` until the catalogue carries them as a namespace of its own.
 */
// Both languages carry every key: the compiler refuses a string missing in Russian.
const RU: Record<MessageKey, string> = MESSAGES.ru;
const TABLE: Record<Lang, Record<string, string>> = { en: MESSAGES.en, ru: RU };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const cache = new Map<Lang, Translate>();
export const translator = (lang: Lang): Translate => {
  let t = cache.get(lang);
  if (!t) {
    t = createTranslator(lang, TABLE[lang], TABLE.en) as Translate;
    cache.set(lang, t);
  }
  return t;
};

/** "1 August 1934" / "1 августа 1934 г."; an instant (YYYY-MM-DDTHH:MM) keeps its time. */
export const formatDate = (lang: Lang, iso: string): string => {
  try {
    return iso.includes('T') ? formatDateTime(lang, iso) : formatDay(lang, iso);
  } catch {
    return iso;
  }
};
