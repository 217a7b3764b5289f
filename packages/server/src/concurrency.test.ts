import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from './test-support/http-client.ts';
import { startServer } from './start-server.ts';
import { startTestServer } from './test-support/test-server.ts';

const N = 30;
type Srv = Awaited<ReturnType<typeof startServer>>;

/**
 * Two servers on one SQLite file (two stores, two caches: the same races as two
 * processes), the secretariat recording 30 members' ballots at once, each sent twice.
 */
describe('concurrent ballots and registrations', () => {
  let a: Awaited<ReturnType<typeof startTestServer>>;
  let b: Srv;
  let ca: TestClient;
  let cb: TestClient;
  const B = 'crowd';
  const p = (path: string) => `/api/bodies/${B}${path}`;

  beforeAll(async () => {
    a = await startTestServer({ demo: false, schedulerIntervalMs: 3_600_000 });
    b = await startServer({ port: 0, databaseUrl: a.file, demo: false, schedulerIntervalMs: 3_600_000 });
    ca = await new TestClient(a.url).ready();
    await ca.json('POST', '/api/bodies', {
      id: B,
      name: 'Crowd',
      founder: { memberId: 'sec', name: 'Secretary', role: 'secretariat', username: 'sec', password: 'password-sec' },
    });
    await ca.json('PUT', p('/clock'), { mode: 'replay', start: '1934-09-01T10:00', speed: 60, paused: true });
    for (let i = 1; i <= N; i++) {
      const r = await ca.json('POST', p('/members'), { memberId: `m${i}`, name: `Member ${i}`, role: i === 1 ? 'leader' : 'member', from: '1934-01-01' });
      expect(r.status).toBe(201);
    }
    cb = await new TestClient(b.url).login(B, 'sec', 'password-sec');
  });
  afterAll(async () => {
    await b?.close();
    await a?.stopAndClean();
  });

  it(`takes ${N} simultaneous ballots (each sent twice, to two servers): none lost, none doubled`, async () => {
    await ca.json('POST', p('/items'), { itemId: 'poll', title: 'The crowded poll' });
    await ca.json('POST', p('/items/poll/poll'), { deadline: '1934-09-30T10:00' });
    const sends = [];
    for (let i = 1; i <= N; i++) {
      const vote = { vote: i % 3 === 0 ? 'against' : 'for', memberId: `m${i}` };
      sends.push(ca.json('POST', p('/items/poll/votes'), vote), cb.json('POST', p('/items/poll/votes'), vote));
    }
    const statuses = (await Promise.all(sends)).map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(N);
    expect(statuses.filter((s) => s === 409)).toHaveLength(N);
    const item = await cb.json<{ votes: Record<string, unknown>; status: string; result: { for: number; against: number; participants: number } }>('GET', p('/items/poll'));
    expect(Object.keys(item.body.votes)).toHaveLength(N);
    expect(item.body.status).toBe('adopted');
    expect(item.body.result).toMatchObject({ for: 20, against: 10, participants: N });
    const events = await ca.json<{ events: Array<{ type: string; event: { itemId?: string; ballot?: { memberId: string } } }> }>('GET', p('/events?limit=1000'));
    const casts = events.body.events.filter((e) => e.type === 'VoteCast' && e.event.itemId === 'poll');
    expect(casts).toHaveLength(N);
    expect(new Set(casts.map((e) => e.event.ballot?.memberId)).size).toBe(N);
    expect(events.body.events.filter((e) => e.type === 'VotingClosed')).toHaveLength(1);
  });

  it('registers 12 adopted items at once from two servers: item numbers gapless, never doubled', async () => {
    const K = 12;
    for (let k = 1; k <= K; k++) {
      await ca.json('POST', p('/items'), { itemId: `it${k}`, title: `Item ${k}` });
    }
    // adopt them all by poll with a quick unanimous vote
    for (let k = 1; k <= K; k++) {
      await ca.json('POST', p(`/items/it${k}/poll`), { deadline: '1934-09-30T10:00' });
      await Promise.all(Array.from({ length: N }, (_, i) => ca.json('POST', p(`/items/it${k}/votes`), { vote: 'for', memberId: `m${i + 1}` })));
    }
    const regs = await Promise.all(
      Array.from({ length: K }, (_, k) => [ca, cb][k % 2]!.json<{ protocolNo: number; itemNo: number }>('POST', p(`/items/it${k + 1}/register`), { decisionId: `d${k + 1}` })),
    );
    expect(regs.map((r) => r.status)).toEqual(Array(K).fill(201));
    // twice registering the same item fails on either server
    const again = await Promise.all([ca.json('POST', p('/items/it1/register'), { decisionId: 'dx' }), cb.json('POST', p('/items/it1/register'), { decisionId: 'dy' })]);
    expect(again.map((r) => r.status)).toEqual([409, 409]);
    const list = await cb.json<{ items: Array<{ protocolNo: number; itemNo: number; id: string }> }>('GET', p('/decisions?pageSize=100'));
    const numbers = list.body.items.map((d) => d.itemNo).sort((x, y) => x - y);
    // the poll adopted in the previous test was never registered: these are the only decisions
    expect(numbers).toEqual(Array.from({ length: K }, (_, i) => i + 1));
    expect(new Set(list.body.items.map((d) => d.protocolNo)).size).toBe(1);
  });
});
