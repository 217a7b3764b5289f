import { searchKey } from '@politburo/store';

/** The store's transliteration-tolerant folding (Kaganovich = Kaganovič = Каганович), applied to in-memory rows. */
export const searchKeyOf = (text: string): string => searchKey(text);
