import type { Role } from '@politburo/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageCacheBytes } from './http/cached-page.ts';
import type { TestClient } from './test-support/http-client.ts';
import { MARK, makeSpecialFolderFixture, type SpecialFolderFixture } from './test-support/special-folder-fixture.ts';
import { startTestServer } from './test-support/test-server.ts';

type Who = Role | 'anonymous';
const OUTSIDERS: readonly Who[] = ['observer', 'external', 'anonymous'];
const INSIDERS: readonly Who[] = ['leader', 'deputy', 'member', 'candidate', 'secretariat'];
type Page = { items: Array<{ id: string; title: string; restricted: boolean }>; total: number; hidden: number };

/**
 * The register's pages are kept as bytes per body version and viewer class: what is in a
 * page is still the projection's and the visibility rule's, and the cache must never hand
 * one class's page to the other, in either order, nor let a tag tell an outsider that
 * something he may not see has changed.
 */
describe('register pages kept per body version and viewer class', () => {
  let srv: Awaited<ReturnType<typeof startTestServer>>;
  let f: SpecialFolderFixture;
  const B = 'cachebody';
  const path = (q: string) => `/api/bodies/${B}/decisions?${q}`;

  // identity unless a test asks for gzip: the tag names the representation, and fetch would ask for gzip on its own
  const read = async (who: Who, q: string, headers: Record<string, string> = {}) => {
    const res = await (f.as[who] as TestClient).raw('GET', path(q), undefined, { 'accept-encoding': 'identity', ...headers });
    const text = await res.text();
    return { status: res.status, etag: res.headers.get('etag'), cacheControl: res.headers.get('cache-control'), text, page: text ? (JSON.parse(text) as Page) : null };
  };

  beforeAll(async () => {
    srv = await startTestServer({ demo: false, schedulerIntervalMs: 3_600_000 });
    f = await makeSpecialFolderFixture(srv.url, B, () => srv.scheduler.tick());
  }, 120_000);
  afterAll(async () => srv?.stopAndClean());

  it('an outsider never gets the page an insider left in the cache, and an insider never the outsider’s', async () => {
    // Insiders first: the cache holds their pages when the outsiders ask the same query.
    for (const q of ['pageSize=500', 'pageSize=500&restricted=true', 'q=archival&pageSize=50']) {
      for (const who of INSIDERS) {
        const r = await read(who, q);
        expect(r.status).toBe(200);
        expect(r.text, `${who} ${q}`).toMatch(MARK);
        expect(r.page?.hidden).toBe(0);
      }
      for (const who of OUTSIDERS) {
        const r = await read(who, q);
        expect(r.status).toBe(200);
        expect(r.text, `${who} ${q}`).not.toMatch(MARK);
        expect(r.page?.items.some((d) => d.restricted)).toBe(false);
      }
    }
    // Outsiders first, on queries no one has asked yet.
    for (const q of ['pageSize=499', 'pageSize=499&restricted=false', 'q=hush&pageSize=50']) {
      for (const who of OUTSIDERS) expect((await read(who, q)).text, `${who} ${q}`).not.toMatch(MARK);
      for (const who of INSIDERS) {
        const r = await read(who, q);
        if (q.includes('restricted=false')) expect(r.page?.items.every((d) => !d.restricted)).toBe(true);
        else expect(r.text, `${who} ${q}`).toMatch(MARK);
      }
    }
    // The outsider learns how many rows are hidden, and from his own page only.
    const outside = (await read('observer', 'pageSize=500')).page!;
    const inside = (await read('secretariat', 'pageSize=500')).page!;
    expect(outside.hidden).toBeGreaterThan(0);
    expect(outside.total + outside.hidden).toBe(inside.total);
  });

  it('answers 304 to its own tag, a different tag per viewer class, and a new page and tag after a write that changes it', async () => {
    const q = 'pageSize=200';
    const first = await read('member', q);
    expect(first.status).toBe(200);
    expect(first.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.cacheControl).toBe('private, no-cache');
    const again = await read('member', q, { 'if-none-match': first.etag! });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.etag).toBe(first.etag);
    // Another insider shares the class, and so the tag; an outsider has his own.
    expect((await read('leader', q, { 'if-none-match': first.etag! })).status).toBe(304);
    const outsider = await read('observer', q, { 'if-none-match': first.etag! });
    expect(outsider.status).toBe(200);
    expect(outsider.etag).not.toBe(first.etag);
    expect(outsider.text).not.toMatch(MARK);
    expect((await read('anonymous', q, { 'if-none-match': outsider.etag! })).status).toBe(304);

    // A write in the special folder changes the insiders' page, and nothing the outsider can tell, his tag included.
    const hushed = await f.as.secretariat.json('POST', `/api/bodies/${B}/corrections`, { table: 'decisions', id: 'hush-hist', field: 'title', to: 'HUSH archival decision (corrected twice)', reason: 'HUSH second reading' });
    expect(hushed.status).toBe(201);
    const insiderAfter = await read('member', q, { 'if-none-match': first.etag! });
    expect(insiderAfter.status).toBe(200);
    expect(insiderAfter.etag).not.toBe(first.etag);
    expect(insiderAfter.text).toContain('corrected twice');
    const outsiderAfter = await read('observer', q, { 'if-none-match': outsider.etag! });
    expect(outsiderAfter.status).toBe(304);
    expect(outsiderAfter.etag).toBe(outsider.etag);

    // A public write changes both pages and both tags.
    const open = await f.as.secretariat.json('POST', `/api/bodies/${B}/corrections`, { table: 'decisions', id: 'hist-pub', field: 'title', to: 'Ordinary archival decision (read again)', reason: 'Second reading' });
    expect(open.status).toBe(201);
    for (const [who, tag] of [['member', insiderAfter.etag], ['observer', outsider.etag]] as const) {
      const r = await read(who, q, { 'if-none-match': tag! });
      expect(r.status).toBe(200);
      expect(r.etag).not.toBe(tag);
      expect(r.text).toContain('(read again)');
    }
  });

  it('goes out gzipped, compressed once off the event loop, to a client that accepts it; either tag answers 304', async () => {
    const q = 'pageSize=120';
    const plain = await read('secretariat', q);
    expect(plain.status).toBe(200);
    // The first reader got it uncompressed while it was being compressed; the thread pool is quick.
    await new Promise((r) => setTimeout(r, 200));
    const raw = await fetch(`${srv.url}${path(q)}`, { headers: { cookie: `pb_session=${(f.as.secretariat as TestClient).sessionCookie}`, 'accept-encoding': 'gzip' } });
    expect(raw.status).toBe(200);
    expect(raw.headers.get('content-encoding')).toBe('gzip');
    expect(raw.headers.get('vary')).toBe('Accept-Encoding');
    const gzTag = raw.headers.get('etag')!;
    expect(gzTag).not.toBe(plain.etag);
    // fetch decompresses; what it gives is the very page the identity answer carried
    expect(await raw.text()).toBe(plain.text);
    for (const tag of [gzTag, plain.etag!]) expect((await read('secretariat', q, { 'if-none-match': tag, 'accept-encoding': 'gzip' })).status).toBe(304);
    // and an outsider's gzipped page is his own
    const outsider = await read('external', q, { 'accept-encoding': 'gzip, deflate' });
    await new Promise((r) => setTimeout(r, 200));
    const again = await read('external', q, { 'if-none-match': gzTag, 'accept-encoding': 'gzip' });
    expect(again.status).toBe(200);
    expect(again.text).not.toMatch(MARK);
    expect(again.text).toBe(outsider.text);
  });

  it('keeps the pages of a body’s current version only: a write lets the old ones go', async () => {
    for (const q of ['pageSize=300', 'pageSize=301', 'pageSize=302']) for (const who of ['member', 'observer'] as const) await read(who, q);
    await new Promise((r) => setTimeout(r, 200));
    const before = pageCacheBytes();
    expect(before).toBeGreaterThan(0);
    const write = await f.as.secretariat.json('POST', `/api/bodies/${B}/corrections`, { table: 'decisions', id: 'hist-pub', field: 'title', to: 'Ordinary archival decision (third reading)', reason: 'Third reading' });
    expect(write.status).toBe(201);
    const one = await read('member', 'pageSize=10');
    expect(one.text).toContain('(third reading)');
    expect(pageCacheBytes()).toBeLessThan(before / 4);
    expect(pageCacheBytes()).toBeGreaterThanOrEqual(Buffer.byteLength(one.text));
  });
});
