import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streams } from './bodies/server-events.ts';
import { type Fixture, makeFixture } from './test-support/fixture-body.ts';
import { freshRequest } from './test-support/sse-swarm.ts';
import { startTestServer } from './test-support/test-server.ts';
import { makeVoters, type Voter } from './test-support/voters.ts';
import { spawnServeChild } from './test-support/spawn-serve-child.ts';

/** VOTING_STORM_ACCOUNTS makes it larger. */
const N = Number(process.env.VOTING_STORM_ACCOUNTS ?? 1000);
const VOTES = ['for', 'against', 'abstain'] as const;
const voteOf = (i: number) => VOTES[i % 3]!;


/**
 * A voting storm: N accounts vote on one poll at once over HTTP, half of them through a
 * second server process on the same SQLite file, so that the two processes' appends to the
 * one body stream collide and the command handler must catch up and decide again.
 */
describe(`a voting storm: ${N} accounts vote on one poll at once, through two processes`, () => {
  let srv: Awaited<ReturnType<typeof startTestServer>>;
  let other: { child: ChildProcess; url: string };
  let f: Fixture;
  let voters: Voter[];
  const B = 'storm';
  const p = (path: string) => `/api/bodies/${B}${path}`;

  beforeAll(async () => {
    srv = await startTestServer({ demo: false, schedulerIntervalMs: 3_600_000 });
    f = await makeFixture(srv.url, B);
    expect((await f.as.deputy.json('POST', p('/items'), { itemId: 'storm', title: 'Put to a thousand' })).status).toBe(201);
    expect((await f.as.deputy.json('POST', p('/items/storm/poll'), { deadline: '1934-09-05T10:00' })).status).toBe(200);
    voters = await makeVoters(srv.services, B, N, { by: 'poskrebyshev' });
    other = await spawnServeChild(srv.file);
  }, 120_000);
  afterAll(async () => {
    other?.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    await srv?.stopAndClean();
  });

  const vote = (base: string, v: Voter, vote: string) =>
    freshRequest(`${base}${p('/items/storm/votes')}`, { method: 'POST', headers: v.headers, body: { vote } }) as Promise<{ status: number; body: { code?: string } }>;
  const as = (who: 'deputy' | 'secretariat') => ({ cookie: `pb_session=${f.as[who].sessionCookie ?? ''}`, 'x-csrf-token': f.as[who].csrf });

  it('loses no vote and counts none twice; a second vote by the same account is refused', { timeout: 120_000 }, async () => {
    const baseOf = (i: number) => (i % 2 ? other.url : srv.url);
    const t0 = performance.now();
    const first = await Promise.all(voters.map((v, i) => vote(baseOf(i), v, voteOf(i))));
    const seconds = (performance.now() - t0) / 1000;
    expect(first.filter((r) => r.status === 201)).toHaveLength(N);

    // each account again, through the other process, with the opposite vote: refused, by the core
    const again = await Promise.all(voters.map((v, i) => vote(baseOf(i + 1), v, voteOf(i + 1))));
    expect(again.map((r) => r.status)).toEqual(voters.map(() => 409));
    expect(again.every((r) => r.body.code === 'ALREADY_VOTED')).toBe(true);

    // the log: one VoteCast per account, each with the vote it sent
    const log = await srv.services.store.read<{ type: string; itemId?: string; ballot?: { memberId: string; vote: string } }>(streams.body(B));
    const cast = log.map((e) => e.event).filter((e) => e.type === 'VoteCast' && e.itemId === 'storm');
    expect(cast).toHaveLength(N);
    expect(new Set(cast.map((e) => e.ballot!.memberId)).size).toBe(N);
    const sent = new Map(voters.map((v, i) => [v.memberId, voteOf(i)]));
    expect(cast.every((e) => sent.get(e.ballot!.memberId) === e.ballot!.vote)).toBe(true);
    expect(log.map((e) => e.version)).toEqual(log.map((_, i) => i + 1));

    // the tally, read through each process, and closed by the core
    for (const base of [srv.url, other.url]) {
      const view = (await freshRequest(`${base}${p('/items/storm')}`, { headers: { cookie: voters[0]!.headers.cookie! } })).body as { voted: string[]; votes: Record<string, { vote: string }> };
      expect(view.voted).toHaveLength(N);
      expect(Object.values(view.votes).filter((b) => b.vote === 'for')).toHaveLength(Math.ceil(N / 3));
    }
    expect((await freshRequest(`${srv.url}${p('/clock/step')}`, { method: 'POST', headers: as('secretariat'), body: { minutes: 5 * 24 * 60 } })).status).toBe(200);
    const closed = await freshRequest(`${srv.url}${p('/items/storm/close')}`, { method: 'POST', headers: as('deputy'), body: {} });
    expect(closed.status).toBe(200);
    const count = (v: string) => voters.filter((_, i) => voteOf(i) === v).length;
    expect((closed.body as { result: unknown }).result).toMatchObject({ for: count('for'), against: count('against'), abstain: count('abstain') });
    process.stderr.write(`voting storm: ${N} votes through two processes in ${seconds.toFixed(1)} s\n`);
  });
});
