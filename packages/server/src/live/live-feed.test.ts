import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streams } from '../bodies/server-events.ts';
import { type Fixture, makeFixture } from '../test-support/fixture-body.ts';
import { startTestServer } from '../test-support/test-server.ts';
import { makeVoters, type Voter } from '../test-support/voters.ts';
import { Frames, Viewers } from './live-feed.ts';

/** The fan-out's promise: an event is filtered and serialised once per viewer class, and a class is never wider than the rule allows. */
describe('the live feed builds each frame once per viewer class', () => {
  let srv: Awaited<ReturnType<typeof startTestServer>>;
  let f: Fixture;
  let voters: Voter[];
  const B = 'frames';

  beforeAll(async () => {
    srv = await startTestServer({ demo: false, schedulerIntervalMs: 3_600_000 });
    f = await makeFixture(srv.url, B);
    voters = await makeVoters(srv.services, B, 20, { by: 'poskrebyshev' });
    await f.as.deputy.json('POST', `/api/bodies/${B}/items`, { itemId: 'open', title: 'An open item' });
    // one member writes to another
    const sent = await fetch(`${srv.url}/api/bodies/${B}/messages`, {
      method: 'POST',
      headers: { ...voters[1]!.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ messageId: 'to-v1', kind: 'telegram', toIds: [voters[0]!.memberId], summary: 'For one voter' }),
    });
    expect(sent.status).toBe(201);
  });
  afterAll(async () => srv?.stopAndClean());

  const framesOf = async (type: string) => {
    const { repo, store, realNow } = srv.services;
    const entry = await repo.get(B);
    const se = (await store.readAll({ afterPosition: 0, limit: 1000, streamIds: [streams.body(B)] })).find((e) => (e.event as { type: string }).type === type)!;
    const frames = new Frames(entry, B, se, realNow());
    const viewers = new Viewers(repo, entry);
    return (username: string | null) => frames.for(username, viewers.of(username));
  };

  it('gives every member the same bytes of an event the rule judges by role alone', async () => {
    const frame = await framesOf('ItemProposed');
    const first = frame(voters[0]!.username);
    expect(first).not.toBeNull();
    for (const v of voters) expect(frame(v.username)).toBe(first);
    // another role is another class, with bytes of its own
    expect(frame('observer')).not.toBe(first);
    expect(frame('observer')).toEqual(first);
  });

  it('judges mail per login: its sender sees it leave, its recipient and the other members of his role do not', async () => {
    const frame = await framesOf('MessageSent');
    // the sender first, so that a class wrongly shared by role would hand his frame to the others
    expect(frame(voters[1]!.username)).not.toBeNull();
    expect(frame(voters[0]!.username)).toBeNull();
    for (const v of voters.slice(2)) expect(frame(v.username)).toBeNull();
    expect(frame('member')).toBeNull();
    expect(frame('leader')).not.toBeNull();
    expect(frame(null)).toBeNull();
  });
});
