import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from './test-support/http-client.ts';
import { SseClient } from './test-support/sse-client.ts';
import { spawnServeChild } from './test-support/spawn-serve-child.ts';

const PG = 'postgres://postgres@127.0.0.1:5432/test';


/** Two server processes on one PostgreSQL schema: one body, shared sessions, each other's events. */
describe('two server processes on one PostgreSQL database', () => {
  const schema = `srv_${randomBytes(5).toString('hex')}`;
  const url = `${PG}?schema=${schema}`;
  let a: { child: ChildProcess; url: string };
  let b: { child: ChildProcess; url: string };

  beforeAll(async () => {
    // fail, not skip, when PostgreSQL is down
    const probe = new pg.Client({ connectionString: PG });
    await probe.connect();
    await probe.end();
    a = await spawnServeChild(url);
    b = await spawnServeChild(url);
  }, 60_000);

  afterAll(async () => {
    for (const s of [a, b]) s?.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    const client = new pg.Client({ connectionString: PG });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  });

  it('shares bodies and sessions, pushes each other’s events, and keeps 20 concurrent ballots exact', async () => {
    const ca = await new TestClient(a.url).ready();
    const created = await ca.json('POST', '/api/bodies', {
      id: 'pgbody',
      name: 'On PostgreSQL',
      founder: { memberId: 'sec', name: 'Secretary', role: 'secretariat', username: 'sec', password: 'password-sec' },
    });
    expect(created.status).toBe(201);
    await ca.json('PUT', '/api/bodies/pgbody/clock', { mode: 'replay', start: '1934-09-01T10:00', speed: 60, paused: true });
    for (let i = 1; i <= 20; i++) await ca.json('POST', '/api/bodies/pgbody/members', { memberId: `m${i}`, name: `M${i}`, role: 'member', from: '1934-01-01' });
    // the session cookie from process A works on process B (the signing secret lives in the store)
    const cb = ca.cloneTo(b.url);
    const me = await cb.json<{ user: { username: string } | null }>('GET', '/api/auth/session');
    expect(me.body.user?.username).toBe('sec');

    const onA = await new SseClient(`${a.url}/api/bodies/pgbody/events/stream`, { cookie: `pb_session=${ca.sessionCookie}` }).open();
    const onB = await new SseClient(`${b.url}/api/bodies/pgbody/events/stream`, { cookie: `pb_session=${ca.sessionCookie}` }).open();
    await ca.json('POST', '/api/bodies/pgbody/items', { itemId: 'from-a', title: 'Proposed on A' });
    await cb.json('POST', '/api/bodies/pgbody/items', { itemId: 'from-b', title: 'Proposed on B' });
    const proposed = (m: SseClient) => m.messages.filter((x) => x.event === 'ItemProposed').map((x) => (x.data.event.item as { id: string }).id).sort();
    await onA.until((m) => m.filter((x) => x.event === 'ItemProposed').length === 2);
    await onB.until((m) => m.filter((x) => x.event === 'ItemProposed').length === 2);
    expect(proposed(onA)).toEqual(['from-a', 'from-b']);
    expect(proposed(onB)).toEqual(['from-a', 'from-b']);

    await ca.json('POST', '/api/bodies/pgbody/items/from-a/poll', { deadline: '1934-09-30T10:00' });
    const votes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => [ca, cb][i % 2]!.json('POST', '/api/bodies/pgbody/items/from-a/votes', { vote: 'for', memberId: `m${i + 1}` })),
    );
    expect(votes.map((v) => v.status)).toEqual(Array(20).fill(201));
    await onB.until((m) => m.some((x) => x.event === 'VotingClosed'));
    const item = await cb.json<{ votes: Record<string, unknown>; status: string }>('GET', '/api/bodies/pgbody/items/from-a');
    expect(Object.keys(item.body.votes)).toHaveLength(20);
    expect(item.body.status).toBe('adopted');
    const regs = await Promise.all([
      ca.json('POST', '/api/bodies/pgbody/items/from-a/register', { decisionId: 'd-a' }),
      cb.json('POST', '/api/bodies/pgbody/items/from-a/register', { decisionId: 'd-b' }),
    ]);
    expect(regs.map((r) => r.status).sort()).toEqual([201, 409]);
    await onA.close();
    await onB.close();
  }, 60_000);
});
