import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from './test-support/http-client.ts';
import { DEMO_PASSWORD, startTestServer } from './test-support/test-server.ts';

type Srv = Awaited<ReturnType<typeof startTestServer>>;
type Page = { items: Array<{ date: string; protocolNo: number }>; total: number; hidden: number };

/** The copy "as of" a date over HTTP: the demo copy made at start-up, and one asked for. */
describe('a copy as of a date', () => {
  let srv: Srv;
  let anonymous: TestClient;
  const p = (path: string) => `/api/bodies/1934-demo${path}`;

  beforeAll(async () => {
    srv = await startTestServer({ schedulerIntervalMs: 3_600_000 });
    anonymous = await new TestClient(srv.url).ready();
  }, 120_000);
  afterAll(async () => srv?.stopAndClean());

  it('the demo copy starts its clock on 30 July 1934 and holds nothing after it', async () => {
    const clock = await anonymous.json<{ now: string; mode: string }>('GET', p('/clock'));
    expect(clock.body.mode).toBe('replay');
    expect(clock.body.now.slice(0, 10)).toBe('1934-07-30');
    const deputy = await new TestClient(srv.url).login('1934-demo', 'deputy', DEMO_PASSWORD);
    const all = await deputy.json<Page>('GET', p('/decisions?pageSize=1'));
    expect(all.body.total).toBeGreaterThan(1000);
    const later = await deputy.json<Page>('GET', p('/decisions?from=1934-07-31&pageSize=1'));
    expect(later.body.total + later.body.hidden).toBe(0);
    // the scenario itself still has the rest of the year
    const scenario = await deputy.json<Page>('GET', '/api/bodies/1934/decisions?from=1934-07-31&pageSize=1');
    expect(scenario.body.total).toBeGreaterThan(1000);
    const messages = await deputy.json<{ messages: Array<{ sentAt?: string; receivedAt?: string }> }>('GET', p('/messages'));
    expect(messages.status).toBe(200);
    for (const m of messages.body.messages) expect((m.receivedAt ?? m.sentAt ?? '').slice(0, 10) <= '1934-07-30').toBe(true);
    const meetings = await deputy.json<{ meetings: Array<{ date: string }> }>('GET', p('/meetings'));
    expect(meetings.body.meetings.length).toBeGreaterThan(0);
    expect(meetings.body.meetings.every((m) => m.date <= '1934-07-30')).toBe(true);
  });

  it('lists the demo copy, the scenario and a copy by name in both languages, from what their listings record', async () => {
    const copy = await anonymous.json('POST', '/api/bodies/1934/copy', { id: 'as-of-aug', asOf: '1934-08-02' });
    expect(copy.status).toBe(201);
    const list = await anonymous.json<{ bodies: Array<{ id: string; name: string; nameRu: string | null }> }>('GET', '/api/bodies');
    const named = (id: string) => list.body.bodies.find((b) => b.id === id);
    expect(named('1934-demo')).toMatchObject({ name: 'The Politburo in 1934 (demo copy, as of 30 July 1934)', nameRu: 'Политбюро в 1934 году (по цитируемым цифрам) (демонстрационная копия на 30 июля 1934 г.)' });
    expect(named('1934')?.nameRu).toBe('Политбюро в 1934 году (по цитируемым цифрам)');
    expect(named('as-of-aug')).toMatchObject({ name: 'The Politburo in 1934 (copy as of 2 August 1934)', nameRu: 'Политбюро в 1934 году (по цитируемым цифрам) (копия на 2 августа 1934 г.)' });
    const summary = await anonymous.json<{ name: string; nameRu: string | null }>('GET', '/api/bodies/as-of-aug');
    expect(summary.body.nameRu).toBe(named('as-of-aug')?.nameRu);
  });

  it('numbers the first live protocol after the last one before the cut', async () => {
    const deputy = await new TestClient(srv.url).login('1934-demo', 'deputy', DEMO_PASSWORD);
    const secretariat = await new TestClient(srv.url).login('1934-demo', 'secretariat', DEMO_PASSWORD);
    const kept = await deputy.json<Page>('GET', p('/decisions?pageSize=500&from=1934-07-20&to=1934-07-30'));
    const lastKept = Math.max(...kept.body.items.map((d) => d.protocolNo));
    expect((await secretariat.json('PATCH', p('/settings'), { withoutPoll: true })).status).toBe(200);
    expect((await deputy.json('POST', p('/items'), { itemId: 'live-grain', title: 'Grain procurement in Kazakhstan' })).status).toBe(201);
    const d = await deputy.json<{ protocolNo: number; date: string }>('POST', p('/items/live-grain/without-poll'), { decisionId: 'live-grain-d' });
    expect(d.status).toBe(201);
    expect(d.body.date).toBe('1934-07-30');
    expect(d.body.protocolNo).toBe(25);
    expect(lastKept).toBe(24);
  });

  it('copies a body as of any date, and refuses a date that is not one', async () => {
    const copy = await anonymous.json<{ body: { id: string; clock: { now?: string } } }>('POST', '/api/bodies/1934/copy', { id: 'as-of-sept', asOf: '1934-09-15' });
    expect(copy.status).toBe(201);
    const leader = await new TestClient(srv.url).login('as-of-sept', 'leader', DEMO_PASSWORD);
    expect((await leader.json<{ now: string }>('GET', '/api/bodies/as-of-sept/clock')).body.now.slice(0, 10)).toBe('1934-09-15');
    const sept = await leader.json<Page>('GET', '/api/bodies/as-of-sept/decisions?from=1934-08-01&pageSize=1');
    expect(sept.body.total).toBeGreaterThan(0);
    const after = await leader.json<Page>('GET', '/api/bodies/as-of-sept/decisions?from=1934-09-16&pageSize=1');
    expect(after.body.total + after.body.hidden).toBe(0);
    const notADate = await anonymous.json<{ code: string; errors: Array<{ field: string }> }>('POST', '/api/bodies/1934/copy', { asOf: '30 July' });
    expect(notADate.status).toBe(400);
    expect(notADate.body.errors.map((e) => e.field)).toContain('asOf');
    const noSuchDay = await anonymous.json<{ code: string }>('POST', '/api/bodies/1934/copy', { asOf: '1934-02-31' });
    expect([noSuchDay.status, noSuchDay.body.code]).toEqual([422, 'BAD_DATE']);
  });
});
