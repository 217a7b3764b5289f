import { createHash } from 'node:crypto';
import { gzip } from 'node:zlib';
import type { Context } from 'hono';
import type { BodyEntry } from '../bodies/body-repository.ts';
import type { AppEnv } from './app-env.ts';

/** A JSON answer serialised once: its bytes and their entity tag. */
export interface CachedPage {
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
  /** The same bytes gzipped, once they are: compressed on libuv's thread pool, never on the event loop. */
  gzip?: Uint8Array<ArrayBuffer>;
}

/** Below this, gzip saves less than its header and a round of the thread pool costs. */
const GZIP_FROM_BYTES = 1024;

/**
 * What all kept pages of this process may weigh together (`POLITBURO_PAGE_CACHE_MB`, default
 * 64 MiB): a class of 300 bodies, or a crawler walking every query, cannot grow a process
 * without bound. Past it the least recently used page goes; it is only built again.
 */
const BUDGET_BYTES = Number(process.env.POLITBURO_PAGE_CACHE_MB ?? 64) * 1024 * 1024;

type Slot = { version: number; pages: Map<string, CachedPage> };
/** Every kept page of every cache, least recently used first, with the slot and key it sits under. */
const lru = new Map<CachedPage, { slot: Slot; key: string }>();
let keptBytes = 0;
const weight = (p: CachedPage): number => p.bytes.byteLength + (p.gzip?.byteLength ?? 0);

const forget = (page: CachedPage): void => {
  const where = lru.get(page);
  if (!where) return;
  lru.delete(page);
  keptBytes -= weight(page);
  if (where.slot.pages.get(where.key) === page) where.slot.pages.delete(where.key);
};

const keep = (slot: Slot, key: string, page: CachedPage): void => {
  slot.pages.set(key, page);
  lru.set(page, { slot, key });
  keptBytes += weight(page);
  for (const oldest of lru.keys()) {
    if (keptBytes <= BUDGET_BYTES || oldest === page) break;
    forget(oldest);
  }
};

/** The bytes kept now, for tests. */
export const pageCacheBytes = (): number => keptBytes;

/**
 * JSON pages of one body, serialised once per body version and kept as bytes. The cache only
 * stores what `build` returned: what is in a page is decided by the projection and the
 * visibility rule inside `build`, so `key` must name everything `build` reads about the
 * viewer (its visibility class) as well as the query. `evolve` updates state in place, so
 * the cache keys on the entry and its version, never on the state object.
 */
export const pageCache = <A>(key: (args: A) => string, build: (entry: BodyEntry, args: A) => unknown) => {
  const cache = new WeakMap<BodyEntry, Slot>();
  return (entry: BodyEntry, args: A): CachedPage => {
    let slot = cache.get(entry);
    if (!slot || slot.version !== entry.version) {
      // The body moved on: its pages of the old version are of no use to anyone.
      if (slot) for (const old of [...slot.pages.values()]) forget(old);
      slot = { version: entry.version, pages: new Map() };
      cache.set(entry, slot);
    }
    const k = key(args);
    const hit = slot.pages.get(k);
    if (hit) {
      // most recently used: to the end of the line
      const where = lru.get(hit);
      if (where) {
        lru.delete(hit);
        lru.set(hit, where);
      }
      return hit;
    }
    const bytes = Buffer.from(JSON.stringify(build(entry, args)));
    // The key is hashed with the bytes: two viewer classes never share a tag even where their pages agree,
    // and a page a write did not change keeps its tag (the client's copy is still right: 304).
    const page: CachedPage = { bytes, etag: `"${createHash('sha256').update(k).update('\0').update(bytes).digest('base64url').slice(0, 27)}"` };
    // Until it is done the page goes out uncompressed; a failure only means it always does.
    if (bytes.length >= GZIP_FROM_BYTES) {
      gzip(bytes, (err, out) => {
        if (err) return;
        const kept = lru.has(page);
        if (kept) keptBytes -= weight(page);
        page.gzip = new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
        if (kept) keptBytes += weight(page);
      });
    }
    keep(slot, k, page);
    return page;
  };
};

/** The gzipped representation's tag: another entity, so another tag (RFC 9110 §8.8.3). */
const gzipTag = (etag: string): string => `${etag.slice(0, -1)}-gz"`;

/** Whether an `If-None-Match` header names this page in either representation (a list, weak tags, or `*`). */
const matches = (header: string | undefined, etag: string): boolean => {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const gz = gzipTag(etag);
  return header.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === etag || tag === gz;
  });
};

/** Whether `Accept-Encoding` admits gzip (and does not refuse it with q=0). */
const acceptsGzip = (header: string | undefined): boolean =>
  header !== undefined &&
  header.includes('gzip') &&
  header.split(',').some((part) => {
    const [coding, ...params] = part.split(';').map((x) => x.trim().toLowerCase());
    return coding === 'gzip' && !params.some((p) => /^q=0(\.0*)?$/.test(p));
  });

/** How a kept page is answered: status, headers and bytes, whichever lane writes them out. */
export interface PageAnswer {
  status: 200 | 304;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer> | null;
}

/**
 * The page, or 304 when the client already holds these bytes. `private`: a page is one
 * viewer class's view, never for a shared cache; `no-cache`: the client asks again every
 * time (the body may change at any moment) and is answered 304 while nothing changed.
 */
export const pageAnswer = (page: CachedPage, request: { acceptEncoding: string | undefined; ifNoneMatch: string | undefined }): PageAnswer => {
  const gz = page.gzip !== undefined && acceptsGzip(request.acceptEncoding);
  const headers: Record<string, string> = { etag: gz ? gzipTag(page.etag) : page.etag, 'cache-control': 'private, no-cache', vary: 'Accept-Encoding' };
  if (matches(request.ifNoneMatch, page.etag)) return { status: 304, headers, body: null };
  headers['content-type'] = 'application/json';
  if (gz) headers['content-encoding'] = 'gzip';
  return { status: 200, headers, body: gz ? page.gzip! : page.bytes };
};

/** `pageAnswer` as Hono's Response. */
export const sendPage = (c: Context<AppEnv>, page: CachedPage): Response => {
  const a = pageAnswer(page, { acceptEncoding: c.req.header('accept-encoding'), ifNoneMatch: c.req.header('if-none-match') });
  return new Response(a.body, { status: a.status, headers: a.headers });
};
