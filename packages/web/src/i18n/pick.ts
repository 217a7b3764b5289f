import { useTranslation } from 'react-i18next';

export type Lang = 'en' | 'ru';

/** The interface's language now (re-renders on a switch). */
export const useLang = (): Lang => {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'ru' ? 'ru' : 'en';
};

/**
 * Data that comes in both languages (a caveat, a name): the Russian where the interface is Russian and
 * the data has it, else the English.
 */
export const pick = (lang: Lang, en: string, ru: string | undefined): string => (lang === 'ru' && ru ? ru : en);
