import type { Localized } from '@politburo/i18n';
import TEXTS from './texts-1934.json' with { type: 'json' };

/**
 * The scenario's own prose — figure labels, statuses, caveats, what each reading rests on — is data
 * in both languages (`texts-1934.json`), not strings in code. `{id}` inside a text stands for another
 * text of the same file in the same language (the holiday caveat most figures share).
 */
export type TextId = keyof typeof TEXTS;

const resolve = (raw: string, lang: 'en' | 'ru', depth = 0): string =>
  raw.replace(/\{([\w.-]+)\}/g, (whole, id: string) => {
    const inner = (TEXTS as Record<string, Localized | undefined>)[id];
    if (!inner || depth > 3) throw new Error(`texts-1934.json: unknown text {${id}} in "${raw.slice(0, 40)}…"`);
    return resolve(inner[lang], lang, depth + 1) || whole;
  });

export const text = (id: TextId): Localized => {
  const t: Localized = TEXTS[id];
  return { en: resolve(t.en, 'en'), ru: resolve(t.ru, 'ru') };
};

/** A text by an id made at run time (`figure.${key}.label`); throws on a gap, which the tests would catch. */
export const textOf = (id: string): Localized => {
  if (!(id in TEXTS)) throw new Error(`texts-1934.json has no text "${id}"`);
  return text(id as TextId);
};

export const ALL_TEXT_IDS = Object.keys(TEXTS) as TextId[];
