import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, makeFixture } from './test-support/fixture-body.ts';
import { startTestServer } from './test-support/test-server.ts';

/** The language a response speaks: the viewer's own setting (kept on the server), else Accept-Language, else English. */
describe('the viewer’s language', () => {
  let srv: Awaited<ReturnType<typeof startTestServer>>;
  let f: Fixture;
  beforeAll(async () => {
    srv = await startTestServer({ schedulerIntervalMs: 3_600_000 });
    f = await makeFixture(srv.url, 'lang');
  }, 120_000);
  afterAll(async () => srv?.stopAndClean());

  const langOf = async (client: Fixture['as'][keyof Fixture['as']], acceptLanguage?: string) =>
    ((await (await client.raw('GET', '/api/auth/language', undefined, acceptLanguage ? { 'accept-language': acceptLanguage } : {})).json()) as { lang: string }).lang;

  it('falls back to Accept-Language, then English', async () => {
    expect(await langOf(f.as.anonymous, 'ru-RU,ru;q=0.9,en;q=0.5')).toBe('ru');
    expect(await langOf(f.as.anonymous, 'de-DE')).toBe('en');
    expect(await langOf(f.as.anonymous)).toBe('en');
  });

  it('keeps a logged-in viewer’s choice on the server, over what the browser asks for', async () => {
    const set = await f.as.member.json<{ lang: string }>('PUT', '/api/auth/language', { lang: 'ru' });
    expect(set).toEqual({ status: 200, body: { lang: 'ru' } });
    expect(await langOf(f.as.member, 'en-US')).toBe('ru');
    expect((await f.as.member.json<{ setting: string | null }>('GET', '/api/auth/language')).body.setting).toBe('ru');
    expect((await f.as.deputy.json<{ setting: string | null }>('GET', '/api/auth/language')).body.setting).toBeNull();
    // Another login of the same body still follows its browser.
    expect(await langOf(f.as.deputy, 'en-US')).toBe('en');
    expect((await f.as.member.json('PUT', '/api/auth/language', { lang: 'en' })).status).toBe(200);
    expect(await langOf(f.as.member, 'ru')).toBe('en');
  });

  it('refuses a language it does not speak, and a setting without a login', async () => {
    expect((await f.as.member.json('PUT', '/api/auth/language', { lang: 'de' })).status).toBe(400);
    expect((await f.as.anonymous.json('PUT', '/api/auth/language', { lang: 'ru' })).status).toBe(401);
  });

  it('writes the protocol CSV’s headers and names in the viewer’s language', async () => {
    const csv = async (lang: string) => (await f.as.anonymous.raw('GET', '/api/bodies/1934/protocols/29/export.csv', undefined, { 'accept-language': lang })).text();
    const ru = await csv('ru');
    expect(ru.split('\r\n')[0]).toMatch(/^№ протокола,№ пункта,/);
    const en = await csv('en');
    expect(en.split('\r\n')[0]).toMatch(/^protocol_no,item_no,/);
    expect(ru.split('\r\n').length).toBe(en.split('\r\n').length);
    // A real person appears under his Russian name in the Russian file, his English one in the English.
    if (en.includes('L. M. Kaganovich')) expect(ru).toContain('Каганович Л. М.');
    expect(ru).toMatch(/Синтетический отдел|Каганович|Сталин/);
  });
});
