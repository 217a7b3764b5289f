import ICAL from 'ical.js';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, makeFixture, passwordOf } from './test-support/fixture-body.ts';
import { TestClient } from './test-support/http-client.ts';
import { pdfText } from './test-support/pdf-text.ts';
import { startTestServer } from './test-support/test-server.ts';

type Srv = Awaited<ReturnType<typeof startTestServer>>;

/** The feed parsed by ical.js (not the library that wrote it): each event's summary and start. */
const events = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return { uid: e.uid, summary: e.summary, start: e.startDate.toString(), allDay: e.startDate.isDate };
  });

/** The documents people take away: the protocol as PDF and .docx in their language, and the calendar feed. */
describe('documents over HTTP', () => {
  let srv: Srv;
  let f: Fixture;
  const B = 'docs';
  const p = (path: string) => `/api/bodies/${B}${path}`;
  let protocolNo = 0;

  beforeAll(async () => {
    srv = await startTestServer({ schedulerIntervalMs: 3_600_000 });
    f = await makeFixture(srv.url, B);
    const put = async (who: keyof Fixture['as'], method: string, path: string, body: unknown) => {
      const r = await f.as[who].json(method, p(path), body);
      if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`);
      return r;
    };
    await put('member', 'POST', '/items', { itemId: 'grain', title: 'Утвердить план хлебозаготовок' });
    await put('deputy', 'POST', '/items/grain/poll', { deadline: '1934-09-01T18:00' });
    for (const role of ['deputy', 'member'] as const) await put(role, 'POST', '/items/grain/votes', { vote: 'for' });
    await put('secretariat', 'POST', '/items/grain/votes', { vote: 'for', memberId: 'voroshilov' });
    await put('secretariat', 'POST', '/clock/step', { minutes: 9 * 60 });
    await put('deputy', 'POST', '/items/grain/close', {});
    protocolNo = (await put('secretariat', 'POST', '/items/grain/register', { decisionId: 'd-grain' })).body.protocolNo as number;
    // still open: one public poll and one in the special folder, and a sitting
    await put('member', 'POST', '/items', { itemId: 'metro', title: 'Смета московского метро' });
    await put('deputy', 'POST', '/items/metro/poll', { deadline: '1934-09-05T12:00' });
    await put('deputy', 'POST', '/items', { itemId: 'secret-coal', title: 'Особо: уголь для Донбасса', restricted: true });
    await put('deputy', 'POST', '/items/secret-coal/poll', { deadline: '1934-09-06T12:00' });
    await put('deputy', 'POST', '/meetings', { meetingId: 'm-sept', date: '1934-09-10' });
  });
  afterAll(async () => srv?.stopAndClean());

  it('writes the protocol PDF in Russian for a browser that asks for Russian, and in English when told', async () => {
    const ru = await f.as.member.raw('GET', p(`/protocols/${protocolNo}/export.pdf`), undefined, { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' });
    expect(ru.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(new Uint8Array(await ru.arrayBuffer()));
    expect(text).toContain(`ПРОТОКОЛ № ${protocolNo}`);
    expect(text).toContain('Слушали: Утвердить план хлебозаготовок (вносит V. M. Molotov).');
    expect(text).toContain('1 сентября 1934 г.');
    const en = await pdfText(new Uint8Array(await (await f.as.member.raw('GET', p(`/protocols/${protocolNo}/export.pdf?lang=en`), undefined, { 'accept-language': 'ru' })).arrayBuffer()));
    expect(en).toContain('Heard: Утвердить план хлебозаготовок (raised by V. M. Molotov).');
  });

  it('offers the protocol as .docx', async () => {
    const res = await f.as.member.raw('GET', p(`/protocols/${protocolNo}/export.docx?lang=ru`));
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const xml = await (await JSZip.loadAsync(await res.arrayBuffer())).file('word/document.xml')!.async('string');
    expect(xml).toContain('Утвердить план хлебозаготовок');
    expect(xml).toContain('Постановили:');
  });

  it('lists the 1934 protocols in date order', async () => {
    const list = await f.as.anonymous.json<{ protocols: Array<{ no: number; date: string }> }>('GET', '/api/bodies/1934/protocols');
    const dates = list.body.protocols.map((x) => x.date);
    expect(dates.length).toBeGreaterThan(10);
    expect(dates).toEqual([...dates].sort());
  });

  it('serves the calendar to a session: sittings and poll deadlines, the special folder only to the entitled', async () => {
    const member = events(await (await f.as.member.raw('GET', p('/calendar.ics'))).text());
    expect(member.find((e) => e.uid.includes('meeting/m-sept'))).toMatchObject({ start: '1934-09-10', allDay: true });
    expect(member.find((e) => e.summary.includes('Смета московского метро'))?.start).toBe('1934-09-05T12:00:00');
    expect(member.some((e) => e.summary.includes('Особо: уголь'))).toBe(true);
    const observer = await (await f.as.observer.raw('GET', p('/calendar.ics'))).text();
    const seen = events(observer);
    expect(seen.some((e) => e.summary.includes('Смета московского метро'))).toBe(true);
    expect(seen.some((e) => e.uid.includes('secret-coal'))).toBe(false);
    expect(observer).not.toContain('secret-coal');
    expect(observer).not.toContain('Особо');
  });

  it('serves the calendar to an application by a secret token, which its account can revoke', async () => {
    const issued = await f.as.observer.json<{ token: string; url: string }>('POST', p('/account/calendar-token'));
    expect(issued.status).toBe(201);
    // no cookie: as a calendar application asks
    const feed = await fetch(srv.url + issued.body.url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const text = await feed.text();
    expect(events(text).some((e) => e.summary.includes('Смета московского метро'))).toBe(true);
    expect(text).not.toContain('Особо');
    const memberToken = await f.as.member.json<{ url: string }>('POST', p('/account/calendar-token'));
    expect(await (await fetch(srv.url + memberToken.body.url)).text()).toContain('Особо: уголь');
    // a new token replaces the old; a revoked one opens nothing
    const again = await f.as.observer.json<{ url: string }>('POST', p('/account/calendar-token'));
    expect((await fetch(srv.url + issued.body.url)).status).toBe(401);
    expect((await f.as.observer.json<{ revoked: boolean }>('DELETE', p('/account/calendar-token'))).body.revoked).toBe(true);
    const gone = await fetch(srv.url + again.body.url);
    expect(gone.status).toBe(401);
    expect(gone.headers.get('content-type')).toContain('application/problem+json');
    expect((await f.as.anonymous.json('POST', p('/account/calendar-token'))).status).toBe(401);
    // the token and the mail settings are account events: a backup carries them, a restore decides them again
    await f.as.member.json('PUT', p('/account/notifications'), { email: 'molotov@example.org', mail: 'digest' });
    const backup = await f.as.secretariat.json('GET', p('/backup'));
    expect((await f.as.secretariat.json('POST', '/api/bodies/restore', { id: 'docs-restored', backup: backup.body })).status).toBe(201);
    const restoredFeed = await fetch(srv.url + memberToken.body.url.replace(`/bodies/${B}/`, '/bodies/docs-restored/'));
    expect(restoredFeed.status).toBe(200);
    expect(await restoredFeed.text()).toContain('Особо: уголь');
    const member = await new TestClient(srv.url).login('docs-restored', 'member', passwordOf('member'));
    expect((await member.json('GET', '/api/bodies/docs-restored/account/notifications')).body).toEqual({ email: 'molotov@example.org', mail: 'digest' });
    // the login's language setting is the viewer's: it wins over the browser's
    expect((await member.json('PUT', '/api/auth/language', { lang: 'ru' })).status).toBe(200);
    const pdf = await member.raw('GET', `/api/bodies/docs-restored/protocols/${protocolNo}/export.pdf`, undefined, { 'accept-language': 'en' });
    expect(await pdfText(new Uint8Array(await pdf.arrayBuffer()))).toContain(`ПРОТОКОЛ № ${protocolNo}`);
  });

  it('assembles the courier packet on the server, as data, a page and a PDF, with the special folder only for the entitled', async () => {
    await f.as.member.json('POST', p('/items'), { itemId: 'steel', title: 'Сталь для Магнитки' });
    expect((await f.as.deputy.json('POST', p('/meetings/m-sept/agenda'), { itemId: 'steel' })).status).toBe(200);
    const sent = await f.as.deputy.json<{ dueAt: string }>('POST', p('/messages'), { messageId: 'letter-1', kind: 'letter', toIds: ['stalin'], itemIds: ['metro'], summary: 'Посылаю материалы по метро' });
    expect(sent.status).toBe(201);
    const day = sent.body.dueAt.slice(0, 10);
    await f.as.secretariat.json('POST', p('/clock/step'), { minutes: 4 * 24 * 60 });
    await srv.scheduler.tick();
    type Packet = { date: string; member: { id: string }; letters: Array<{ id: string }>; polls: Array<{ id: string }>; agenda: Array<{ id: string; sittingDate: string }> };
    const leader = await f.as.leader.json<Packet>('GET', p(`/courier-packet?date=${day}&format=json`));
    expect(leader.status).toBe(200);
    expect(leader.body.member.id).toBe('stalin');
    expect(leader.body.letters.map((m) => m.id)).toEqual(['letter-1']);
    expect(leader.body.polls.map((x) => x.id).sort()).toEqual(['metro', 'secret-coal']);
    expect(leader.body.agenda).toEqual([expect.objectContaining({ id: 'steel', sittingDate: '1934-09-10' })]);
    // a day before the letter arrived: no letter
    expect((await f.as.leader.json<Packet>('GET', p('/courier-packet?date=1934-09-02&format=json'))).body.letters).toEqual([]);
    // an observer reads the packet without the special folder and without mail that is not his
    const observer = await f.as.observer.json<Packet>('GET', p(`/courier-packet?date=${day}&format=json`));
    expect(observer.body.polls.map((x) => x.id)).toEqual(['metro']);
    expect(observer.body.letters).toEqual([]);
    const html = await (await f.as.leader.raw('GET', p(`/courier-packet?date=${day}&format=html&lang=ru`))).text();
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('Почта с фельдъегерем для I. V. Stalin');
    expect(html).toContain('Посылаю материалы по метро');
    expect(html).toContain('Особо: уголь для Донбасса');
    const outsiderHtml = await (await f.as.observer.raw('GET', p(`/courier-packet?date=${day}&format=html`))).text();
    expect(outsiderHtml).not.toContain('Особо');
    const pdf = await f.as.leader.raw('GET', p(`/courier-packet?date=${day}&format=pdf&lang=ru`));
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(new Uint8Array(await pdf.arrayBuffer()));
    expect(text).toContain('Письма, доставленные в этот день');
    expect(text).toContain('Сталь для Магнитки — на заседании 10 сентября 1934 г.');
    expect((await f.as.leader.json('GET', p('/courier-packet?memberId=nobody&format=json'))).status).toBe(404);
  });
});
