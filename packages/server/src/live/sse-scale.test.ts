import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, makeFixture } from '../test-support/fixture-body.ts';
import { openSwarm, type SwarmClient, SwarmClient as Client, waitFor } from '../test-support/sse-swarm.ts';
import { startTestServer } from '../test-support/test-server.ts';
import { makeVoters, type Voter } from '../test-support/voters.ts';

/** SSE_SCALE_CLIENTS / SSE_SCALE_VOTERS make it larger (the defaults are the issue's figures). */
const CLIENTS = Number(process.env.SSE_SCALE_CLIENTS ?? 1000);
const VOTERS = Number(process.env.SSE_SCALE_VOTERS ?? 50);
const ROLES = ['leader', 'deputy', 'member', 'candidate', 'secretariat', 'observer', 'external', 'anonymous'] as const;
const ITEMS = [
  { itemId: 'pub-1', title: 'Public item one' },
  { itemId: 'pub-2', title: 'Public item two' },
  { itemId: 'sf-1', title: 'Special folder item one', restricted: true },
  { itemId: 'sf-2', title: 'Special folder item two', restricted: true },
];

type Expected = { position: number; type: string; event: Record<string, unknown> };
const MAIL = new Set(['MessageSent', 'MessageRecorded', 'MessageDelivered', 'MessageRead']);
/**
 * The event as compared: a mail event carries the message as it stands when it is read
 * (its `dueAt` before delivery, its `receivedAt` after), so live and later reads differ
 * there by design; its id and everything else must match.
 */
const comparable = (type: string, event: Record<string, unknown>): string => {
  if (!MAIL.has(type)) return JSON.stringify(event);
  const { message, ...rest } = event as { message?: { id: string }; messageId?: string };
  return JSON.stringify({ ...rest, messageId: message?.id ?? rest.messageId });
};

describe(`live updates at scale: ${CLIENTS} SSE clients on one body while ${VOTERS} members vote`, () => {
  let srv: Awaited<ReturnType<typeof startTestServer>>;
  let f: Fixture;
  let voters: Voter[];
  const B = 'live-scale';
  const p = (path: string) => `/api/bodies/${B}${path}`;

  beforeAll(async () => {
    // Both ends of every connection live in this process: Node lifts the soft open-files limit to the hard one at start-up, and that must cover them.
    const limits = existsSync('/proc/self/limits') ? readFileSync('/proc/self/limits', 'utf8') : '';
    const open = Number(/Max open files\s+(\d+)/.exec(limits)?.[1] ?? Number.POSITIVE_INFINITY);
    if (open < 2 * CLIENTS + 256) throw new Error(`${CLIENTS} SSE clients and their server need ${2 * CLIENTS + 256} open files; the limit is ${open} (raise the hard limit: ulimit -Hn)`);
    // The scheduler is held: the test says when mail is delivered.
    srv = await startTestServer({ demo: false, schedulerIntervalMs: 3_600_000 });
    f = await makeFixture(srv.url, B);
    voters = await makeVoters(srv.services, B, VOTERS, { by: 'poskrebyshev' });
  }, 120_000);
  afterAll(async () => srv?.stopAndClean());

  it('every client receives every event it may see exactly once, in order, and nothing it may not see', { timeout: 180_000 }, async () => {
    const start = (await srv.services.repo.get(B)).position;
    const headersOf = (who: string): Record<string, string> => {
      const voter = voters.find((v) => v.username === who);
      if (voter) return { cookie: voter.headers.cookie! };
      return who === 'anonymous' ? {} : { cookie: `pb_session=${f.as[who as keyof Fixture['as']].sessionCookie ?? ''}` };
    };
    // Each voter watches on his own login (a viewer of his own for mail); the rest are spread over every role and the anonymous.
    const whoOf = (i: number): string => (i < voters.length ? voters[i]!.username : ROLES[i % ROLES.length]!);
    const url = `${srv.url}${p('/events/stream')}?after=${start}`;
    const clientFor = (i: number) => new Client(url, headersOf(whoOf(i)));
    // Half connect before anything happens; the other half while the votes come in, so that they catch up from the store and join the live feed mid-storm.
    const early = Math.floor(CLIENTS / 2);
    const clients: SwarmClient[] = await openSwarm(early, clientFor);

    const deputy = f.as.deputy;
    for (const it of ITEMS) {
      expect((await deputy.json('POST', p('/items'), it)).status).toBe(201);
      expect((await deputy.json('POST', p(`/items/${it.itemId}/poll`), { deadline: '1934-09-05T10:00' })).status).toBe(200);
    }
    const vote = (v: Voter, itemId: string) =>
      fetch(`${srv.url}${p(`/items/${itemId}/votes`)}`, { method: 'POST', headers: { ...v.headers, 'content-type': 'application/json' }, body: JSON.stringify({ vote: 'for' }) }).then(async (r) => {
        await r.arrayBuffer();
        return r.status;
      });
    const [statuses, late] = await Promise.all([
      Promise.all(voters.flatMap((v) => ITEMS.map((it) => vote(v, it.itemId)))),
      openSwarm(CLIENTS - early, (i) => clientFor(early + i)),
      Promise.all(ITEMS.map((it) => f.as.candidate.json('POST', p(`/items/${it.itemId}/opinions`), { vote: 'abstain' }))),
      // mail to one voter: he learns of it on delivery, the sender and the steering roles when it leaves, the other voters never
      deputy.json('POST', p('/messages'), { messageId: 'to-voter-1', kind: 'telegram', toIds: [voters[0]!.memberId], summary: 'For the first voter' }),
    ]);
    clients.push(...late);
    expect(statuses.every((s) => s === 201)).toBe(true);
    expect(clients.every((c) => c.status === 200)).toBe(true);
    expect((await f.as.secretariat.json('POST', p('/clock/step'), { minutes: 24 * 60 })).status).toBe(200);
    await srv.scheduler.tick();
    expect((await deputy.json('POST', p('/items'), { itemId: 'last', title: 'The last event' })).status).toBe(201);

    // What the read path gives each viewer: the JSON catch-up, and the items as he may list them.
    const viewers = [...ROLES, ...voters.map((v) => v.username)];
    const expected = new Map<string, Expected[]>();
    const items = new Map<string, Array<{ id: string; voted: string[] }>>();
    for (const who of viewers) {
      const h = headersOf(who);
      const ev = (await (await fetch(`${srv.url}${p(`/events?after=${start}&limit=1000`)}`, { headers: h })).json()) as { events: Expected[] };
      expected.set(who, ev.events);
      items.set(who, ((await (await fetch(`${srv.url}${p('/items')}`, { headers: h })).json()) as { items: Array<{ id: string; voted: string[] }> }).items);
    }
    await waitFor(
      () => clients.every((c, i) => c.lastId === expected.get(whoOf(i))!.at(-1)!.position),
      120_000,
      () => `${clients.filter((c, i) => c.lastId !== expected.get(whoOf(i))!.at(-1)!.position).length} clients not at their last event`,
    );

    for (const [i, c] of clients.entries()) {
      const want = expected.get(whoOf(i))!;
      // exactly once and in order: the same positions, one each, in the same sequence
      expect(c.frames.map((x) => x.id)).toEqual(want.map((x) => x.position));
      expect(c.frames.map((x) => comparable(x.event, (JSON.parse(x.data) as { event: Record<string, unknown> }).event))).toEqual(want.map((x) => comparable(x.type, x.event)));
      expect(c.ended).toBe(false);
    }

    // …and what that is agrees with the item views each viewer is given
    for (const who of viewers) {
      const seen = expected.get(who)!;
      const listed = items.get(who)!;
      const proposed = seen.filter((e) => e.type === 'ItemProposed').map((e) => (e.event.item as { id: string }).id);
      expect(proposed.sort()).toEqual(listed.map((it) => it.id).sort());
      for (const it of listed) expect(seen.filter((e) => e.type === 'VoteCast' && e.event.itemId === it.id)).toHaveLength(it.voted.length);
      const outsider = who === 'observer' || who === 'external' || who === 'anonymous';
      expect(proposed.some((id) => id.startsWith('sf-'))).toBe(!outsider);
      expect(JSON.stringify(seen).includes('sf-')).toBe(!outsider);
      const mail = seen.filter((e) => MAIL.has(e.type)).map((e) => e.type);
      if (who === voters[0]!.username) expect(mail).toEqual(['MessageDelivered']);
      else if (who === 'deputy' || who === 'leader' || who === 'secretariat') expect(mail).toEqual(['MessageSent', 'MessageDelivered']);
      else expect(mail).toEqual([]);
    }
    expect(listedVotes(items.get('member')!)).toBe(VOTERS * ITEMS.length);
    for (const c of clients) c.close();
  });
});

const listedVotes = (items: Array<{ voted: string[] }>): number => items.reduce((n, it) => n + it.voted.length, 0);
