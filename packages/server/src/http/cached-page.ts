import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { BodyEntry } from '../bodies/body-repository.ts';
import type { AppEnv } from './app-env.ts';

/** A JSON answer serialised once: its bytes and their entity tag. */
export interface CachedPage {
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
}

/** Pages kept per body version; a search engine walking every query cannot grow a process without bound. */
const MAX_PAGES_PER_VERSION = 256;

/**
 * JSON pages of one body, serialised once per body version and kept as bytes. The cache only
 * stores what `build` returned: what is in a page is decided by the projection and the
 * visibility rule inside `build`, so `key` must name everything `build` reads about the
 * viewer (its visibility class) as well as the query. `evolve` updates state in place, so
 * the cache keys on the entry and its version, never on the state object.
 */
export const pageCache = <A>(key: (args: A) => string, build: (entry: BodyEntry, args: A) => unknown) => {
  const cache = new WeakMap<BodyEntry, { version: number; pages: Map<string, CachedPage> }>();
  return (entry: BodyEntry, args: A): CachedPage => {
    let slot = cache.get(entry);
    if (!slot || slot.version !== entry.version) {
      slot = { version: entry.version, pages: new Map() };
      cache.set(entry, slot);
    }
    const k = key(args);
    const hit = slot.pages.get(k);
    if (hit) return hit;
    const bytes = Buffer.from(JSON.stringify(build(entry, args)));
    // The key is hashed with the bytes: two viewer classes never share a tag even where their pages agree,
    // and a page a write did not change keeps its tag (the client's copy is still right: 304).
    const page = { bytes, etag: `"${createHash('sha256').update(k).update('\0').update(bytes).digest('base64url').slice(0, 27)}"` };
    if (slot.pages.size >= MAX_PAGES_PER_VERSION) slot.pages.delete(slot.pages.keys().next().value as string);
    slot.pages.set(k, page);
    return page;
  };
};

/** Whether an `If-None-Match` header names this tag (a list, weak tags, or `*`). */
const matches = (header: string | undefined, etag: string): boolean => {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
};

/**
 * The page, or 304 when the client already holds these bytes. `private`: a page is one
 * viewer class's view, never for a shared cache; `no-cache`: the client asks again every
 * time (the body may change at any moment) and is answered 304 while nothing changed.
 */
export const sendPage = (c: Context<AppEnv>, page: CachedPage): Response => {
  const headers = { etag: page.etag, 'cache-control': 'private, no-cache' };
  if (matches(c.req.header('if-none-match'), page.etag)) return new Response(null, { status: 304, headers });
  return new Response(page.bytes, { status: 200, headers: { ...headers, 'content-type': 'application/json' } });
};
