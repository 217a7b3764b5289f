import { formatDate, translator } from '@politburo/i18n';

const SUFFIXES: ReadonlyArray<[english: string, key: string]> = [
  [' (demo copy)', 'vocab.demoCopy'],
  [' (copy)', 'vocab.copy'],
];

/** A copy made as of a date names it (`bodies-service` copy, the demo copy): ` (copy as of 30 July 1934)`. */
const AS_OF = /^ \((demo copy|copy),? as of (.+)\)$/;
const isoOf = (text: string): string | undefined => {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const ms = Date.parse(`${text} UTC`);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().slice(0, 10);
};

/**
 * A body's name in Russian, where its record names it in Russian (`meta.json` `title_ru`) and the listed
 * name is that record's title, perhaps as a copy; undefined otherwise (a name a user typed is his own).
 */
export const bodyNameRu = (name: string, meta: Record<string, unknown>): string | undefined => {
  const { title, title_ru: ru } = meta;
  if (typeof title !== 'string' || typeof ru !== 'string' || !name.startsWith(title)) return undefined;
  const rest = name.slice(title.length);
  if (rest === '') return ru;
  const asOf = AS_OF.exec(rest);
  const iso = asOf?.[2] ? isoOf(asOf[2]) : undefined;
  if (asOf && iso) return `${ru} (${translator('ru')(asOf[1] === 'demo copy' ? 'vocab.demoCopyAsOf' : 'vocab.copyAsOf', { date: formatDate('ru', iso) })})`;
  const suffix = SUFFIXES.find(([english]) => english === rest);
  return suffix ? `${ru} (${translator('ru')(suffix[1])})` : undefined;
};
