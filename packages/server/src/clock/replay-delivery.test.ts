import { addMinutes } from '@politburo/core';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../start-server.ts';
import { makeFixture, START } from '../test-support/fixture-body.ts';
import { TestClient } from '../test-support/http-client.ts';
import { startTestServer } from '../test-support/test-server.ts';
import { latencyMinutes } from './latency.ts';
import { DEFAULT_LATENCIES } from '../bodies/server-events.ts';

type Inbox = { messages: Array<{ id: string; receivedAt: string }> };

describe('the replay clock delivers mail after its latency in body time', () => {
  const servers: Array<{ stop(): Promise<void> }> = [];
  afterAll(async () => {
    for (const s of servers.reverse()) await s.stop();
  });

  it('a telegram is not in the inbox one minute before its due time, and is at it', async () => {
    const srv = await startTestServer({ demo: false });
    servers.push({ stop: srv.stopAndClean });
    const f = await makeFixture(srv.url, 'tick');
    const p = (path: string) => `/api/bodies/tick${path}`;
    const sent = await f.as.deputy.json<{ dueAt: string }>('POST', p('/messages'), { messageId: 'tg-timing', kind: 'telegram', toIds: ['stalin'], summary: 'Timing' });
    const latency = latencyMinutes(DEFAULT_LATENCIES, 'telegram', 'tg-timing');
    expect(sent.body.dueAt).toBe(addMinutes(START, latency));
    expect(latency).toBeGreaterThanOrEqual(540);
    expect(latency).toBeLessThanOrEqual(900);
    await f.as.secretariat.json('POST', p('/clock/step'), { minutes: latency - 1 });
    await srv.scheduler.tick();
    expect((await f.as.leader.json<Inbox>('GET', p('/messages/inbox'))).body.messages).toHaveLength(0);
    await f.as.secretariat.json('POST', p('/clock/step'), { minutes: 1 });
    await srv.scheduler.tick();
    const inbox = await f.as.leader.json<Inbox>('GET', p('/messages/inbox'));
    expect(inbox.body.messages.map((m) => [m.id, m.receivedAt])).toEqual([['tg-timing', sent.body.dueAt]]);
  });

  it('a running replay clock (1 body hour per real second) brings a 1-hour telegram in about a second, not at once', async () => {
    const srv = await startTestServer({ demo: false });
    servers.push({ stop: srv.stopAndClean });
    const f = await makeFixture(srv.url, 'run');
    const p = (path: string) => `/api/bodies/run${path}`;
    await f.as.secretariat.json('PATCH', p('/settings'), { latencies: { telegram: 60 } });
    await f.as.secretariat.json('PUT', p('/clock'), { mode: 'replay', start: START, speed: 3600 });
    const t0 = Date.now();
    const sent = await f.as.deputy.json<{ dueAt: string; sentAt: string }>('POST', p('/messages'), { messageId: 'tg-run', kind: 'telegram', toIds: ['stalin'], summary: 'Run' });
    expect((await f.as.leader.json<Inbox>('GET', p('/messages/inbox'))).body.messages).toHaveLength(0);
    let inbox: Inbox = { messages: [] };
    while (inbox.messages.length === 0 && Date.now() - t0 < 5000) {
      await new Promise((r) => setTimeout(r, 50));
      inbox = (await f.as.leader.json<Inbox>('GET', p('/messages/inbox'))).body;
    }
    const elapsed = Date.now() - t0;
    expect(inbox.messages[0]?.receivedAt).toBe(sent.body.dueAt);
    expect(elapsed).toBeGreaterThan(500);
    expect(elapsed).toBeLessThan(3000);
  });

  it('survives a restart: mail sent before a stop is delivered by the next server on the same file', async () => {
    const first = await startTestServer({ demo: false, schedulerIntervalMs: 3_600_000 });
    const f = await makeFixture(first.url, 'restart');
    const p = (path: string) => `/api/bodies/restart${path}`;
    const sent = await f.as.deputy.json<{ dueAt: string }>('POST', p('/messages'), { messageId: 'tg-restart', kind: 'letter', toIds: ['stalin'], summary: 'Courier packet' });
    await f.as.secretariat.json('POST', p('/clock/step'), { minutes: 7 * 24 * 60 });
    await first.close(); // no tick ever ran: the delivery is still pending
    const second = await startServer({ port: 0, databaseUrl: first.file, demo: false, schedulerIntervalMs: 50 });
    servers.push({ stop: async () => second.close() });
    servers.push({ stop: first.stopAndClean });
    const leader = await new TestClient(second.url).login('restart', 'leader', 'password-leader');
    let inbox: Inbox = { messages: [] };
    for (let i = 0; i < 100 && inbox.messages.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      inbox = (await leader.json<Inbox>('GET', p('/messages/inbox'))).body;
    }
    expect(inbox.messages.map((m) => [m.id, m.receivedAt])).toEqual([['tg-restart', sent.body.dueAt]]);
  });

  it('closes a poll at its deadline by the clock', async () => {
    const srv = await startTestServer({ demo: false });
    servers.push({ stop: srv.stopAndClean });
    const f = await makeFixture(srv.url, 'deadline');
    const p = (path: string) => `/api/bodies/deadline${path}`;
    await f.as.deputy.json('POST', p('/items'), { itemId: 'dl', title: 'Deadline' });
    await f.as.deputy.json('POST', p('/items/dl/poll'), { deadline: '1934-09-01T12:00' });
    for (const r of ['deputy', 'member', 'leader'] as const) await f.as[r].json('POST', p('/items/dl/votes'), { vote: 'for' });
    await f.as.secretariat.json('POST', p('/clock/step'), { minutes: 180 });
    await srv.scheduler.tick();
    const it = await f.as.member.json<{ status: string; result: { at: string } }>('GET', p('/items/dl'));
    expect(it.body.status).toBe('adopted');
    expect(it.body.result.at).toBe('1934-09-01T12:00');
  });
});
