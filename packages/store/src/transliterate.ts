/**
 * Search folding for names and titles written in Russian, in a scholarly
 * transliteration (Kaganovič) or in an English one (Kaganovich). Both the stored
 * search column and the query pass through `searchKey`, so all three spellings meet
 * in one form. The folding is deliberately lossy: it exists to match, never to display.
 */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Ukrainian and Belarusian letters that turn up in names.
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  ў: 'u',
};

/** Latin letters whose diacritic stands for a digraph in English-style spelling. */
const HACEK: Record<string, string> = { č: 'ch', š: 'sh', ž: 'zh', ř: 'rzh', ě: 'e', ë: 'e' };

/** Cyrillic → Latin letter by letter, lowercase; anything else passes through. */
export const transliterate = (text: string): string => {
  let out = '';
  for (const ch of text.toLowerCase()) out += CYRILLIC[ch] ?? ch;
  return out;
};

/**
 * The normalised form stored in `search` columns and applied to queries: lowercase,
 * Cyrillic transliterated, diacritics and apostrophe-like soft signs dropped, and
 * the usual spelling variants of Russian names folded together
 * (kh/h, ts/c, j/y, ye/e, -iy/-ii/-ij/-y).
 */
export const searchKey = (text: string): string => {
  let s = transliterate(text.normalize('NFC'));
  s = s.replace(/[čšžřěë]/g, (c) => HACEK[c] ?? c);
  s = s.normalize('NFD').replace(/\p{M}/gu, '');
  s = s.replace(/[ʹʺʼ'’`]/g, '');
  s = s
    .replace(/shch/g, 'shh')
    .replace(/kh/g, 'h')
    .replace(/ts/g, 'c')
    .replace(/j/g, 'y')
    .replace(/ye/g, 'e')
    .replace(/(?:iy|ii|yy)\b/g, 'y')
    .replace(/shh/g, 'shch');
  return s.replace(/\s+/g, ' ').trim();
};
