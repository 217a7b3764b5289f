import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';

const STORE = 'politburo.lang';
export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

// English ships in the shell; other languages load as their own chunk when chosen.
const loaders: Record<Exclude<Language, 'en'>, () => Promise<Record<string, unknown>>> = {
  ru: () => import('./ru.ts').then((m) => m.ru),
};

/** Switches language, loading its dictionary first; the choice is remembered. */
export async function setLanguage(lng: string): Promise<void> {
  const target: Language = (LANGUAGES as readonly string[]).includes(lng) ? (lng as Language) : 'en';
  if (target !== 'en' && !i18n.hasResourceBundle(target, 'translation')) i18n.addResourceBundle(target, 'translation', await loaders[target]());
  await i18n.changeLanguage(target);
  localStorage.setItem(STORE, target);
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
});

// English first; a remembered choice, or `?lang=ru` in the address, switches after start.
const wanted = new URLSearchParams(window.location.search).get('lang') ?? localStorage.getItem(STORE);
if (wanted && wanted !== 'en') void setLanguage(wanted);

export default i18n;
