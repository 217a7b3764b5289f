import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, makeFixture } from '../test-support/fixture-body.ts';
import { startTestServer } from '../test-support/test-server.ts';

type Srv = Awaited<ReturnType<typeof startTestServer>>;

/** A real SMTP server on a free port of this machine, keeping every message it is handed. */
const smtpSink = async () => {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData: (stream, _session, done) => {
      simpleParser(stream)
        .then((m) => received.push(m))
        .then(() => done(), done);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { received, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
};

const to = (m: ParsedMail): string => (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).map((a) => a.text).join(', ');

/** Until the SMTP server has held `n` messages for a moment more (mail is sent after the commit, by the notifier). */
const settle = async (sink: Awaited<ReturnType<typeof smtpSink>>, srv: Srv, n = 0) => {
  const end = Date.now() + 5000;
  while (Date.now() < end) {
    await srv.notifier?.idle();
    const before = sink.received.length;
    await new Promise((r) => setTimeout(r, 150));
    if (sink.received.length === before && before >= n) return;
  }
};

describe('mail notices through a real SMTP server', () => {
  let sink: Awaited<ReturnType<typeof smtpSink>>;
  let srv: Srv;
  let f: Fixture;
  const B = 'mail';
  const p = (path: string) => `/api/bodies/${B}${path}`;
  const put = async (who: keyof Fixture['as'], method: string, path: string, body?: unknown) => {
    const r = await f.as[who].json(method, p(path), body);
    if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`);
    return r;
  };
  const mailTo = (address: string) => sink.received.filter((m) => to(m).includes(address));

  beforeAll(async () => {
    sink = await smtpSink();
    srv = await startTestServer({ schedulerIntervalMs: 3_600_000, smtpUrl: sink.url });
    f = await makeFixture(srv.url, B);
  });
  afterAll(async () => {
    await srv?.stopAndClean();
    await sink?.close();
  });

  it('keeps each account its own settings, validated', async () => {
    expect((await f.as.member.json('GET', p('/account/notifications'))).body).toEqual({ email: null, mail: 'off' });
    const missing = await f.as.member.json<{ code: string }>('PUT', p('/account/notifications'), { email: null, mail: 'each' });
    expect(missing.status).toBe(422);
    expect(missing.body.code).toBe('EMAIL_MISSING');
    expect((await f.as.member.json<{ code: string }>('PUT', p('/account/notifications'), { email: 'not an address', mail: 'each' })).body.code).toBe('EMAIL_INVALID');
    expect((await f.as.anonymous.json('PUT', p('/account/notifications'), { email: null, mail: 'off' })).status).toBe(401);
    expect((await put('member', 'PUT', '/account/notifications', { email: 'molotov@example.org', mail: 'each' })).body).toEqual({ email: 'molotov@example.org', mail: 'each' });
    await put('observer', 'PUT', '/account/notifications', { email: 'visitor@example.org', mail: 'each' });
    await put('leader', 'PUT', '/account/notifications', { email: 'stalin@example.org', mail: 'each' });
    await put('candidate', 'PUT', '/account/notifications', { email: 'chubar@example.org', mail: 'digest' });
    await put('external', 'PUT', '/account/notifications', { email: 'gorky@example.org', mail: 'digest' });
    // mail speaks each login's own language setting; without one, English
    for (const who of ['member', 'leader'] as const) expect((await f.as[who].json('PUT', '/api/auth/language', { lang: 'ru' })).status).toBe(200);
  });

  it('mails a new poll to whoever may see it; a poll of the special folder never leaves it', async () => {
    await put('member', 'POST', '/items', { itemId: 'metro', title: 'Смета московского метро' });
    await put('deputy', 'POST', '/items/metro/poll', { deadline: '1934-09-05T12:00' });
    await put('deputy', 'POST', '/items', { itemId: 'coal', title: 'Уголь для Донбасса (особая папка)', restricted: true });
    await put('deputy', 'POST', '/items/coal/poll', { deadline: '1934-09-06T12:00' });
    await settle(sink, srv, 4);
    const molotov = mailTo('molotov@example.org').map((m) => m.subject);
    expect(molotov).toContain('Открыт опрос: Смета московского метро');
    expect(molotov).toContain('Открыт опрос: Уголь для Донбасса (особая папка)');
    const visitor = mailTo('visitor@example.org');
    expect(visitor.map((m) => m.subject)).toEqual(['Poll opened: Смета московского метро']);
    expect(visitor[0]?.text).toContain('until 5 September 1934 at 12:00');
    for (const m of sink.received.filter((x) => to(x).includes('visitor') || to(x).includes('gorky'))) expect(`${m.subject} ${m.text}`).not.toContain('Уголь');
  });

  it('mails a deadline close at hand, once', async () => {
    const before = mailTo('molotov@example.org').length;
    // the metro poll closes 1934-09-05 12:00: within a day once the clock passes 09-04 12:00
    await put('secretariat', 'POST', '/clock/step', { minutes: 3 * 24 * 60 + 3 * 60 });
    await srv.notifier!.tick();
    await srv.notifier!.tick();
    await settle(sink, srv, before + 1);
    const soon = mailTo('molotov@example.org').filter((m) => m.subject?.startsWith('Опрос скоро закроется'));
    expect(soon.map((m) => m.subject)).toEqual(['Опрос скоро закроется: Смета московского метро']);
    expect(mailTo('visitor@example.org').filter((m) => m.subject?.includes('closes soon')).map((m) => m.subject)).toEqual(['Poll closes soon: Смета московского метро']);
  });

  it('mails a delivered message to its addressee only, and a registered decision', async () => {
    await put('deputy', 'POST', '/messages', { messageId: 'tg-metro', kind: 'telegram', toIds: ['stalin'], itemIds: ['metro'], summary: 'Прошу согласовать смету метро' });
    await put('secretariat', 'POST', '/clock/step', { minutes: 20 * 60 });
    await srv.scheduler.tick();
    await settle(sink, srv);
    const stalin = mailTo('stalin@example.org').filter((m) => m.subject?.startsWith('Вам почта'));
    expect(stalin).toHaveLength(1);
    expect(stalin[0]?.text).toContain('Прошу согласовать смету метро');
    expect(stalin[0]?.text).toContain('L. M. Kaganovich');
    expect(sink.received.filter((m) => !to(m).includes('stalin')).some((m) => m.text?.includes('Прошу согласовать'))).toBe(false);
    // the poll is past its deadline now: closed, then registered
    for (const role of ['deputy', 'member'] as const) await put(role, 'POST', '/items/metro/votes', { vote: 'for' });
    await put('secretariat', 'POST', '/items/metro/votes', { vote: 'for', memberId: 'voroshilov' });
    await put('secretariat', 'POST', '/clock/step', { minutes: 4 * 60 });
    await srv.scheduler.tick();
    await put('secretariat', 'POST', '/items/metro/register', { decisionId: 'd-metro' });
    await settle(sink, srv);
    expect(mailTo('molotov@example.org').map((m) => m.subject)).toContain('Зарегистрировано постановление 1/1: Смета московского метро');
  });

  it('gathers a digest account\'s notices into one mail a day, without what it may not see', async () => {
    // the day of the two polls ended when the clock moved on: both in one mail
    const first = mailTo('chubar@example.org')[0];
    expect(first?.text).toContain('"Смета московского метро"');
    expect(first?.text).toContain('"Уголь для Донбасса (особая папка)"');
    await srv.notifier!.flushDigests();
    await settle(sink, srv);
    const chubar = mailTo('chubar@example.org');
    const gorky = mailTo('gorky@example.org');
    expect(chubar.length).toBeGreaterThanOrEqual(2);
    const all = chubar.map((m) => m.text ?? '').join('\n');
    expect(all).toContain('A poll is open on "Смета московского метро"');
    expect(all).toContain('A poll is open on "Уголь для Донбасса (особая папка)"');
    expect(all).toContain('Registered as decision 1/1: Смета московского метро');
    expect(chubar.every((m) => m.subject?.startsWith('Test body mail:'))).toBe(true);
    const outsider = gorky.map((m) => `${m.subject}\n${m.text}`).join('\n');
    expect(outsider).toContain('Смета московского метро');
    expect(outsider).not.toContain('Уголь');
  });
});

describe('without SMTP_URL', () => {
  it('mails nothing', async () => {
    const sink = await smtpSink();
    const saved = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    const srv = await startTestServer({ schedulerIntervalMs: 3_600_000 });
    try {
      expect(srv.notifier).toBeNull();
      const f = await makeFixture(srv.url, 'quiet');
      expect((await f.as.member.json('PUT', '/api/bodies/quiet/account/notifications', { email: 'molotov@example.org', mail: 'each' })).status).toBe(200);
      await f.as.member.json('POST', '/api/bodies/quiet/items', { itemId: 'x', title: 'Anything' });
      expect((await f.as.deputy.json('POST', '/api/bodies/quiet/items/x/poll', { deadline: '1934-09-02T12:00' })).status).toBe(200);
      await new Promise((r) => setTimeout(r, 500));
      expect(sink.received).toHaveLength(0);
    } finally {
      if (saved !== undefined) process.env.SMTP_URL = saved;
      await srv.stopAndClean();
      await sink.close();
    }
  });
});
