import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, makeFixture } from '../test-support/fixture-body.ts';
import { SseClient } from '../test-support/sse-client.ts';
import { startTestServer } from '../test-support/test-server.ts';

describe('live updates over SSE', () => {
  let srv: Awaited<ReturnType<typeof startTestServer>>;
  let f: Fixture;
  const B = 'live';
  const p = (path: string) => `/api/bodies/${B}${path}`;
  const streamUrl = () => `${srv.url}${p('/events/stream')}`;
  const cookieOf = (who: keyof Fixture['as']) => ({ cookie: `pb_session=${f.as[who].sessionCookie ?? ''}` });

  beforeAll(async () => {
    srv = await startTestServer({ demo: false });
    f = await makeFixture(srv.url, B);
  });
  afterAll(async () => srv?.stopAndClean());

  it('pushes votes and decisions as they happen, and filters the special folder per viewer', async () => {
    const member = await new SseClient(streamUrl(), cookieOf('member')).open();
    const observer = await new SseClient(streamUrl(), cookieOf('observer')).open();
    expect(member.status).toBe(200);
    await f.as.deputy.json('POST', p('/items'), { itemId: 'sf', title: 'Special folder item', restricted: true });
    await f.as.deputy.json('POST', p('/items'), { itemId: 'pub', title: 'Public item' });
    await f.as.deputy.json('POST', p('/items/pub/poll'), { deadline: '1934-09-05T10:00' });
    await f.as.member.json('POST', p('/items/pub/votes'), { vote: 'for' });
    await member.until((m) => m.some((x) => x.event === 'VoteCast'));
    await observer.until((m) => m.some((x) => x.event === 'VoteCast'));
    expect(member.messages.filter((m) => m.event === 'ItemProposed').map((m) => (m.data.event.item as { id: string }).id)).toEqual(['sf', 'pub']);
    expect(observer.messages.filter((m) => m.event === 'ItemProposed').map((m) => (m.data.event.item as { id: string }).id)).toEqual(['pub']);
    await member.close();
    await observer.close();
  });

  it('catches up after a reconnect with Last-Event-ID: nothing lost, nothing twice', async () => {
    const first = await new SseClient(streamUrl(), cookieOf('deputy')).open();
    await f.as.deputy.json('POST', p('/items'), { itemId: 'r1', title: 'Before the drop' });
    await first.until((m) => m.some((x) => x.event === 'ItemProposed' && (x.data.event.item as { id: string }).id === 'r1'));
    const lastSeen = first.lastId;
    await first.close();
    // while disconnected
    for (const id of ['r2', 'r3', 'r4']) await f.as.deputy.json('POST', p('/items'), { itemId: id, title: `While away ${id}` });
    const second = await new SseClient(streamUrl(), { ...cookieOf('deputy'), 'Last-Event-ID': lastSeen }).open();
    await f.as.deputy.json('POST', p('/items'), { itemId: 'r5', title: 'After the reconnect' });
    await second.until((m) => m.some((x) => x.event === 'ItemProposed' && (x.data.event.item as { id: string }).id === 'r5'));
    const got = second.messages.filter((m) => m.event === 'ItemProposed').map((m) => (m.data.event.item as { id: string }).id);
    expect(got).toEqual(['r2', 'r3', 'r4', 'r5']);
    const positions = second.messages.map((m) => Number(m.id));
    expect(positions.every((x, i) => i === 0 || x > positions[i - 1]!)).toBe(true);
    expect(positions[0]!).toBeGreaterThan(Number(lastSeen));
    await second.close();
  });

  it('carries a correction of a message only to those who may read the message', async () => {
    const sent = await f.as.secretariat.json('POST', p('/messages'), { messageId: 'corr-tel', kind: 'telephone', toIds: ['stalin'], summary: 'Call about the harvest' });
    expect(sent.status).toBe(201);
    await f.as.secretariat.json('POST', p('/clock/step'), { minutes: 60 });
    await srv.scheduler.tick();
    const fix = await f.as.secretariat.json('POST', p('/corrections'), { table: 'correspondence', id: 'corr-tel', field: 'summary', to: 'Call about the sowing', reason: 'Misheard' });
    expect(fix.status).toBe(201);
    const corrections = async (who: keyof Fixture['as']) => {
      const r = await f.as[who].json<{ events: Array<{ type: string; event: unknown }> }>('GET', p('/events?limit=1000'));
      return r.body.events.filter((e) => e.type === 'RecordCorrected').map((e) => JSON.stringify(e.event));
    };
    for (const who of ['leader', 'deputy', 'secretariat'] as const) expect((await corrections(who)).some((e) => e.includes('Call about the sowing'))).toBe(true);
    for (const who of ['member', 'candidate', 'observer', 'external', 'anonymous'] as const) expect(await corrections(who)).toEqual([]);
  });

  it('tells a recipient of a message only when it is delivered', async () => {
    const leader = await new SseClient(streamUrl(), cookieOf('leader')).open();
    const sent = await f.as.deputy.json<{ dueAt: string }>('POST', p('/messages'), { messageId: 'live-tg', kind: 'telegram', toIds: ['stalin'], summary: 'News' });
    expect(sent.status).toBe(201);
    await f.as.deputy.json('POST', p('/items'), { itemId: 'marker', title: 'Marker' });
    await leader.until((m) => m.some((x) => x.event === 'ItemProposed' && (x.data.event.item as { id: string }).id === 'marker'));
    expect(leader.messages.some((m) => m.event === 'MessageSent')).toBe(false);
    await f.as.secretariat.json('POST', p('/clock/step'), { minutes: 24 * 60 });
    await leader.until((m) => m.some((x) => x.event === 'MessageDelivered'));
    const delivered = leader.messages.find((m) => m.event === 'MessageDelivered')!;
    expect((delivered.data.event.message as { receivedAt: string }).receivedAt).toBe(sent.body.dueAt);
    await leader.close();
  });
});
