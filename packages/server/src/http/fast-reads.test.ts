import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { registerFastRead } from '../routes/register-routes.ts';
import { TestClient } from '../test-support/http-client.ts';
import { makeSpecialFolderFixture, type SpecialFolderFixture } from '../test-support/special-folder-fixture.ts';
import { startTestServer } from '../test-support/test-server.ts';
import { fastReadLane, laneRead } from './fast-reads.ts';

/**
 * The pre-serialised read lane answers exactly what the Hono chain answers — status, bytes and
 * headers — for every kind of viewer (each role of a body with a special folder, a class's own
 * student, another group's student, its teacher, nobody) and every kind of query, and it hands
 * everything that is not plainly a kept page (a refused query, a repeated key, a query to
 * decode, a body the classroom gate does not admit, a body that is not there) to the chain.
 */
describe('the pre-serialised read lane', () => {
  let srv: Awaited<ReturnType<typeof startTestServer>>;
  let f: SpecialFolderFixture;
  let lane: Server;
  let laneUrl = '';
  let fellBack = 0;
  const viewers: Array<{ who: string; client: TestClient; bodyId: string }> = [];

  beforeAll(async () => {
    // The reference: the Hono chain alone.
    srv = await startTestServer({ demo: true, fastReads: false, schedulerIntervalMs: 3_600_000 });
    f = await makeSpecialFolderFixture(srv.url, 'lanebody', () => srv.scheduler.tick());
    for (const [who, client] of Object.entries(f.as)) viewers.push({ who, client, bodyId: f.bodyId });

    const teacher = await new TestClient(srv.url).ready();
    const t = await teacher.json<{ csrfToken: string }>('POST', '/api/teachers', { username: 'lane-teacher', password: 'a-teacher-pass' });
    teacher.csrf = t.body.csrfToken;
    const made = await teacher.json<{ code: string }>('POST', '/api/classes', { name: 'Lane 9a', groups: 2, asOf: '1934-07-30' });
    expect(made.status).toBe(201);
    const join = async (groupId: string) => {
      const client = await new TestClient(srv.url).ready();
      const r = await client.json<{ bodyId: string; csrfToken: string }>('POST', `/api/classes/${made.body.code}/join`, { groupId });
      expect(r.status).toBe(201);
      return { client, bodyId: r.body.bodyId };
    };
    const own = await join('g1');
    const other = await join('g2');
    viewers.push({ who: 'student, own group', client: own.client, bodyId: own.bodyId });
    viewers.push({ who: 'student, other group', client: other.client, bodyId: own.bodyId });
    viewers.push({ who: 'teacher', client: teacher, bodyId: own.bodyId });
    viewers.push({ who: 'nobody, class body', client: await new TestClient(srv.url).ready(), bodyId: own.bodyId });
    viewers.push({ who: 'member, no such body', client: f.as.member, bodyId: 'no-such-body' });

    // The lane in front of the same chain over the same services; `next` counts what it handed on.
    const chain = getRequestListener(createApp(srv.services).fetch);
    lane = createServer(
      fastReadLane(srv.services, [laneRead(registerFastRead)], (req, res) => {
        fellBack++;
        chain(req, res);
      }),
    );
    await new Promise<void>((resolve) => lane.listen(0, '127.0.0.1', resolve));
    laneUrl = `http://127.0.0.1:${(lane.address() as AddressInfo).port}`;
  }, 240_000);
  afterAll(async () => {
    await new Promise<void>((resolve) => (lane ? lane.close(() => resolve()) : resolve()));
    await srv?.stopAndClean();
  });

  const HEADERS = ['etag', 'cache-control', 'vary', 'content-type', 'content-encoding'] as const;
  const ask = async (client: TestClient, path: string, headers: Record<string, string>) => {
    const res = await client.raw('GET', path, undefined, headers);
    const text = await res.text();
    // Every header but the clock's: nothing the chain adds may be missing from the lane's answer.
    const all = Object.fromEntries([...res.headers].filter(([h]) => h !== 'date'));
    return { status: res.status, text, headers: { ...all, ...Object.fromEntries(HEADERS.map((h) => [h, res.headers.get(h)])) } };
  };
  /** The lane's answer beside the chain's, and whether the lane answered it itself. */
  const both = async (client: TestClient, path: string, headers: Record<string, string>) => {
    const chain = await ask(client, path, headers);
    const before = fellBack;
    const laned = await ask(client.cloneTo(laneUrl), path, headers);
    return { chain, laned, answered: fellBack === before };
  };

  const PLAIN = ['', 'pageSize=50', 'page=2&pageSize=5', 'mode=meeting&restricted=true', 'q=hush&pageSize=500', 'from=1934-07-01&to=1934-09-30', 'intervention=true'];
  const HANDED_ON = ['pageSize=0', 'pageSize=5&pageSize=6', 'q=a%20b', 'q=a+b', 'protocolNo=abc', 'mode=telepathy'];

  it('answers every viewer and every plain query with the chain’s status, bytes and headers', async () => {
    let answered = 0;
    for (const { who, client, bodyId } of viewers) {
      const admitted = who !== 'student, other group' && who !== 'nobody, class body' && bodyId !== 'no-such-body';
      for (const q of PLAIN) {
        const path = `/api/bodies/${bodyId}/decisions${q ? `?${q}` : ''}`;
        const r = await both(client, path, { 'accept-encoding': 'identity' });
        expect(r.laned, `${who} ${path}`).toEqual(r.chain);
        expect(r.answered, `${who} ${path}: ${admitted ? 'the lane answers' : 'the chain answers'}`).toBe(admitted);
        expect(r.chain.status, `${who} ${path}`).toBe(admitted ? 200 : 404);
        if (r.answered) answered++;
        if (!admitted) continue;
        // The same page again, known to the client: 304 on both, with the same tag.
        const again = await both(client, path, { 'accept-encoding': 'identity', 'if-none-match': r.chain.headers.etag! });
        expect(again.laned, `${who} ${path} (304)`).toEqual(again.chain);
        expect(again.chain.status).toBe(304);
        expect(again.answered).toBe(true);
      }
    }
    expect(answered).toBeGreaterThan(40);
  });

  it('answers gzip as the chain does, once the page is compressed', async () => {
    const path = `/api/bodies/${f.bodyId}/decisions?pageSize=500`;
    await ask(f.as.member, path, { 'accept-encoding': 'gzip' });
    await new Promise((r) => setTimeout(r, 200)); // the page's gzip is made on the thread pool
    const r = await both(f.as.member, path, { 'accept-encoding': 'gzip' });
    expect(r.chain.headers['content-encoding']).toBe('gzip');
    expect(r.laned).toEqual(r.chain);
    expect(r.answered).toBe(true);
  });

  it('hands every query it should not answer itself to the chain, which answers it as always', async () => {
    for (const q of HANDED_ON) {
      const path = `/api/bodies/${f.bodyId}/decisions?${q}`;
      const r = await both(f.as.member, path, { 'accept-encoding': 'identity' });
      expect(r.answered, path).toBe(false);
      expect(r.laned, path).toEqual(r.chain);
    }
    // Another route of the body, a path with something to decode, a body id the route's schema refuses: never the lane's.
    for (const path of [`/api/bodies/${f.bodyId}`, `/api/bodies/${f.bodyId}/decisions/export.csv`, `/api/bodies/lane%62ody/decisions`, `/api/bodies/${'x'.repeat(81)}/decisions`]) {
      const r = await both(f.as.member, path, {});
      expect(r.answered, path).toBe(false);
      expect(r.laned.status, path).toBe(r.chain.status);
    }
  });
});
