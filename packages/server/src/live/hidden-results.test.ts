import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, makeFixture, ROLE_MEMBERS } from '../test-support/fixture-body.ts';
import { type SseMessage, SseClient } from '../test-support/sse-client.ts';
import { startTestServer } from '../test-support/test-server.ts';

type ItemView = { status: string; votes: Record<string, { vote: string }> | null; opinions: Record<string, { vote: string }> | null; voted: string[]; result?: { for: number; against: number } };
type Ballot = { memberId: string; vote?: string };

/** `hideResultsUntilClosed`: while a poll is open, how each member voted is withheld from all but the secretariat. */
describe('hidden results until the poll closes', () => {
  let srv: Awaited<ReturnType<typeof startTestServer>>;
  let f: Fixture;
  const B = 'secret-ballot';
  const p = (path: string) => `/api/bodies/${B}${path}`;
  const stream = (who: keyof Fixture['as'], after?: number) =>
    new SseClient(`${srv.url}${p('/events/stream')}${after !== undefined ? `?after=${after}` : ''}`, { cookie: `pb_session=${f.as[who].sessionCookie ?? ''}` }).open();
  const ballots = (m: SseMessage[], type = 'VoteCast') =>
    m.filter((x) => x.event === type && x.data.event.itemId === 'tally').map((x) => x.data.event.ballot as Ballot);

  beforeAll(async () => {
    // the scheduler is held so the poll closes only when the test closes it
    srv = await startTestServer({ demo: false, schedulerIntervalMs: 3_600_000 });
    f = await makeFixture(srv.url, B, { hideResultsUntilClosed: true });
  });
  afterAll(async () => srv?.stopAndClean());

  it('hides the tallies from members in the item view and the stream until close, then shows them', async () => {
    const start = (await f.as.secretariat.json<{ events: unknown[]; next: number }>('GET', p('/events?limit=1000'))).body.next;
    const live = { member: await stream('member'), leader: await stream('leader'), secretariat: await stream('secretariat') };
    expect((await f.as.deputy.json('POST', p('/items'), { itemId: 'tally', title: 'A secret ballot' })).status).toBe(201);
    expect((await f.as.deputy.json('POST', p('/items/tally/poll'), { deadline: '1934-09-02T10:00' })).status).toBe(200);
    expect((await f.as.deputy.json('POST', p('/items/tally/votes'), { vote: 'for' })).status).toBe(201);
    expect((await f.as.member.json('POST', p('/items/tally/votes'), { vote: 'against' })).status).toBe(201);
    expect((await f.as.secretariat.json('POST', p('/items/tally/votes'), { vote: 'for', memberId: 'voroshilov' })).status).toBe(201);
    expect((await f.as.candidate.json('POST', p('/items/tally/opinions'), { vote: 'abstain' })).status).toBe(201);

    // the item, open: who voted is known, how is not — except to the secretariat
    const voted = [ROLE_MEMBERS.deputy, ROLE_MEMBERS.member, 'voroshilov'].sort();
    for (const who of ['member', 'leader', 'deputy', 'candidate', 'observer', 'anonymous'] as const) {
      const view = await f.as[who].json<ItemView>('GET', p('/items/tally'));
      expect(view.status).toBe(200);
      expect(view.body).toMatchObject({ status: 'polling', votes: null, opinions: null });
      expect(view.body.voted.sort()).toEqual(voted);
      expect(view.body.result).toBeUndefined();
      const list = await f.as[who].json<{ items: ItemView[] }>('GET', p('/items?status=polling'));
      expect(list.body.items.map((i) => i.votes)).toEqual([null]);
    }
    // the member's own ballot too: his answer is no different from anyone else's
    expect(JSON.stringify((await f.as.member.json('GET', p('/items/tally'))).body)).not.toContain('against');
    const sec = await f.as.secretariat.json<ItemView>('GET', p('/items/tally'));
    expect(sec.body.votes?.[ROLE_MEMBERS.member]?.vote).toBe('against');
    expect(sec.body.opinions?.[ROLE_MEMBERS.candidate]?.vote).toBe('abstain');

    // the stream: ballots arrive without their vote for the members, with it for the secretariat
    for (const c of Object.values(live)) await c.until((m) => ballots(m).length === 3 && ballots(m, 'OpinionRecorded').length === 1);
    for (const c of [live.member, live.leader]) {
      expect(ballots(c.messages).map((b) => b.memberId).sort()).toEqual(voted);
      expect(ballots(c.messages).every((b) => b.vote === undefined)).toBe(true);
      expect(ballots(c.messages, 'OpinionRecorded')[0]?.vote).toBeUndefined();
    }
    expect(ballots(live.secretariat.messages).map((b) => b.vote).sort()).toEqual(['against', 'for', 'for']);
    // and the JSON catch-up alike
    const caught = await f.as.member.json<{ events: Array<{ type: string; event: { ballot?: Ballot } }> }>('GET', p(`/events?after=${start}`));
    const caughtBallots = caught.body.events.filter((e) => e.type === 'VoteCast').map((e) => e.event.ballot!);
    expect(caughtBallots).toHaveLength(3);
    expect(caughtBallots.every((b) => b.vote === undefined)).toBe(true);

    // close: the tallies are everyone's
    await f.as.secretariat.json('POST', p('/clock/step'), { minutes: 24 * 60 });
    const closed = await f.as.deputy.json<ItemView>('POST', p('/items/tally/close'), {});
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('adopted');
    expect(closed.body.result).toMatchObject({ for: 2, against: 1 });
    const after = await f.as.member.json<ItemView>('GET', p('/items/tally'));
    expect(after.body.votes?.[ROLE_MEMBERS.member]?.vote).toBe('against');
    expect(after.body.votes?.[ROLE_MEMBERS.deputy]?.vote).toBe('for');
    expect(after.body.opinions?.[ROLE_MEMBERS.candidate]?.vote).toBe('abstain');
    expect(after.body.result).toMatchObject({ for: 2, against: 1 });
    await live.member.until((m) => m.some((x) => x.event === 'VotingClosed' && x.data.event.itemId === 'tally'));
    for (const c of Object.values(live)) await c.close();
    // a member replaying the stream now gets the ballots with their votes
    const replay = await stream('member', start);
    await replay.until((m) => m.some((x) => x.event === 'VotingClosed'));
    expect(ballots(replay.messages).map((b) => b.vote).sort()).toEqual(['against', 'for', 'for']);
    await replay.close();
  });
});
