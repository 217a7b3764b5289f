import { translator } from '@politburo/i18n';

const SUFFIXES: ReadonlyArray<[english: string, key: string]> = [
  [' (demo copy)', 'vocab.demoCopy'],
  [' (copy)', 'vocab.copy'],
];

/**
 * A body's name in Russian, where its record names it in Russian (`meta.json` `title_ru`) and the listed
 * name is that record's title, perhaps as a copy; undefined otherwise (a name a user typed is his own).
 */
export const bodyNameRu = (name: string, meta: Record<string, unknown>): string | undefined => {
  const { title, title_ru: ru } = meta;
  if (typeof title !== 'string' || typeof ru !== 'string' || !name.startsWith(title)) return undefined;
  const rest = name.slice(title.length);
  if (rest === '') return ru;
  const suffix = SUFFIXES.find(([english]) => english === rest);
  return suffix ? `${ru} (${translator('ru')(suffix[1])})` : undefined;
};
