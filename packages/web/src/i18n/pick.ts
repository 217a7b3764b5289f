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

/** A member's name as the interface's language writes it (the record's `name_ru` in Russian). */
export const memberLabel = (m: { name: string; nameRu?: string | undefined }, lang: Lang): string => pick(lang, m.name, m.nameRu);

const TOPIC_KEYS: Record<string, string> = {
  agriculture: 'agriculture',
  industry: 'industry',
  transport: 'transport',
  'finance and trade': 'finance-trade',
  'foreign affairs': 'foreign',
  defence: 'defence',
  'state security': 'security',
  'party affairs': 'party',
  'press and culture': 'culture',
  regions: 'regions',
};
const SYNTHETIC_ITEM = /^Synthetic item \((.+)\)$/;
/**
 * A record's title as the interface shows it. The generator's filler titles ("Synthetic item (defence)")
 * are the catalogue's `record.syntheticItem`, so they read in the interface's language; a real title is
 * the record's own words, shown as written (mark its element `lang="en"`).
 */
export const recordTitle = (title: string, t: (key: string, params?: Record<string, string>) => string): string => {
  const m = SYNTHETIC_ITEM.exec(title);
  const key = m ? TOPIC_KEYS[m[1]!] : undefined;
  return key ? t('record.syntheticItem', { topic: t(`record.topic.${key}`) }) : title;
};
/** The language a record title is written in, for the `lang` attribute of the element that shows it. */
export const titleLang = (title: string, lang: Lang): Lang => (SYNTHETIC_ITEM.test(title) ? lang : /[А-Яа-яЁё]/.test(title) ? 'ru' : 'en');

type BasisFact = { kind: 'answer'; message: string } | { kind: 'point' };
/**
 * Why an intervention is coded, in the interface's language: the engine's own coding is a fact
 * (`basisFact`) worded here from the catalogue; a basis a coder wrote (or one from before the engine
 * kept the fact) is shown as written, with the language it is written in.
 */
export const interventionBasis = (
  iv: { outcome: string; basis?: string | undefined; basisFact?: BasisFact | undefined },
  t: (key: string, params?: Record<string, string>) => string,
  lang: Lang,
): { text: string; lang: Lang } | undefined => {
  const fact = iv.basisFact;
  if (fact?.kind === 'answer') return { text: t('record.basis.answer', { outcome: t(`outcome.${iv.outcome}`), message: fact.message }), lang };
  if (fact?.kind === 'point' && (iv.outcome === 'confirmed' || iv.outcome === 'rejected')) return { text: t(`record.basis.point.${iv.outcome}`), lang };
  return iv.basis ? { text: iv.basis, lang: /[А-Яа-яЁё]/.test(iv.basis) ? 'ru' : 'en' } : undefined;
};
