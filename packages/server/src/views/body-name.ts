import type { BodyState } from '@politburo/core';
import { formatDate, type Lang, translator } from '@politburo/i18n';
import type { Listing, ListingCopy } from '../bodies/server-events.ts';

const COPY_KEYS: Record<ListingCopy['kind'], { whole: string; asOf: string }> = {
  demo: { whole: 'vocab.demoCopy', asOf: 'vocab.demoCopyAsOf' },
  copy: { whole: 'vocab.copy', asOf: 'vocab.copyAsOf' },
};

/** A copy's name in a language, from what its listing records: the source's name in that language, the kind and the day. */
export const copyName = (lang: Lang, copy: ListingCopy): string => {
  const keys = COPY_KEYS[copy.kind];
  const t = translator(lang);
  const suffix = copy.asOf ? t(keys.asOf, { date: formatDate(lang, copy.asOf) }) : t(keys.whole);
  return `${lang === 'ru' ? (copy.ofRu ?? copy.of) : copy.of} (${suffix})`;
};

/**
 * A listed body's name in a language. A copy the server made is named from its recorded kind and
 * day; another body by its listed name, in Russian where its listing (or, for a listing written
 * before listings named bodies in Russian, its record's `meta.json` `title_ru` beside the same
 * English title) gives one; undefined where none is known (a name a user typed is his own).
 */
export const listingName = (lang: Lang, listing: Listing, meta?: Record<string, unknown>): string | undefined => {
  if (listing.copy) return copyName(lang, listing.copy);
  if (lang === 'en') return listing.name;
  if (listing.nameRu) return listing.nameRu;
  return meta && meta.title === listing.name && typeof meta.title_ru === 'string' ? meta.title_ru : undefined;
};

/** A body's name for a document or a mail in a language: as its listing and record give it, else the listed name. */
export const bodyNameIn = (lang: Lang, entry: { listing: Listing; state: BodyState }): string =>
  listingName(lang, entry.listing, entry.state.status === 'active' ? entry.state.body.meta : undefined) ?? entry.listing.name;
