import type { Lang } from './lang.ts';

/** A text held as data in both languages (a figure's caveat, a provenance note). */
export type Localized = Readonly<Record<Lang, string>>;

/** The text in the language asked for; English when that language has none. */
export const localized = (text: Localized | string, lang: Lang): string => (typeof text === 'string' ? text : text[lang] || text.en);
