import { catalogue, type Dictionary as Messages, flatten, formatMessage, icuFromI18next, isLang, type Lang } from '@politburo/i18n';
import i18n, { type Module } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';

const STORE = 'politburo.lang';
export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The web speaks the shared catalogue (packages/i18n) with its own section (en.ts, ru.ts) merged over it,
 * every message ICU: the web's files may still be written in i18next's syntax, turned into ICU here.
 */
export const webMessages = (lang: Lang, section: Record<string, unknown>): Record<string, string> => ({
  ...catalogue(lang),
  ...icuFromI18next(flatten(section as Messages)),
});

/** i18next finds the message; FormatJS formats it (plurals one/few/many, dates, numbers), as everywhere else. */
const icu: Module & { parse(res: string, options: Record<string, unknown>, lng: string): string; addLookupKeys(keys: string[]): string[] } = {
  type: 'i18nFormat',
  parse: (res, options, lng) => formatMessage(isLang(lng) ? lng : 'en', res, options),
  // One key per message: plurals live inside the ICU message, not in suffixed keys.
  addLookupKeys: (keys) => keys,
};

// English ships in the shell; other languages load as their own chunk when chosen.
const loaders: Record<Exclude<Language, 'en'>, () => Promise<Record<string, unknown>>> = {
  ru: () => import('./ru.ts').then((m) => m.ru),
};

const listeners = new Set<(lang: Language) => void>();
/** Called after each switch the user makes (the app stores it on the account when someone is logged in). */
export const onLanguageChosen = (listener: (lang: Language) => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Switches language, loading its dictionary first; the choice is remembered. */
export async function setLanguage(lng: string, chosen = true): Promise<void> {
  const target: Language = (LANGUAGES as readonly string[]).includes(lng) ? (lng as Language) : 'en';
  if (target !== 'en' && !i18n.hasResourceBundle(target, 'translation')) i18n.addResourceBundle(target, 'translation', webMessages(target, await loaders[target]()));
  await i18n.changeLanguage(target);
  document.documentElement.lang = target;
  localStorage.setItem(STORE, target);
  if (chosen) for (const l of listeners) l(target);
}

void i18n
  .use(icu)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: webMessages('en', en) } },
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    keySeparator: false,
    returnNull: false,
  });

// English first; a remembered choice, or `?lang=ru` in the address, switches after start. The page says
// at once which language it is becoming, so requests made meanwhile already ask for it.
const wanted = new URLSearchParams(window.location.search).get('lang') ?? localStorage.getItem(STORE);
const initial: Language = wanted && (LANGUAGES as readonly string[]).includes(wanted) ? (wanted as Language) : 'en';
document.documentElement.lang = initial;
if (initial !== 'en') void setLanguage(initial, false);

export default i18n;
