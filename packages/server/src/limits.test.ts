import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixture } from './test-support/fixture-body.ts';
import { startTestServer } from './test-support/test-server.ts';

type Srv = Awaited<ReturnType<typeof startTestServer>>;

/** Cheap denial of service, refused cheaply (the reliability issue's finding 7). */
describe('limits', () => {
  let srv: Srv;
  const B = 'lim';
  let as: Awaited<ReturnType<typeof makeFixture>>['as'];

  beforeAll(async () => {
    srv = await startTestServer({ demo: false, schedulerIntervalMs: 3_600_000 });
    as = (await makeFixture(srv.url, B)).as;
  });
  afterAll(async () => srv?.stopAndClean());

  it('refuses a 100 MB JSON body with 413 and a problem body, without reading it all', async () => {
    const big = `{"title":"${'x'.repeat(100 * 1024 * 1024)}"}`;
    const started = performance.now();
    const res = await as.deputy.raw('POST', `/api/bodies/${B}/items`, undefined, { 'content-type': 'application/json' }).catch(() => null);
    expect(res?.status).toBe(400); // no body at all: a validation error, for contrast
    const sent = await fetch(`${srv.url}/api/bodies/${B}/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': as.deputy.csrf, cookie: `pb_session=${as.deputy.sessionCookie}; pb_csrf=${as.deputy.csrf}` },
      body: big,
    });
    expect(sent.status).toBe(413);
    expect(sent.headers.get('content-type')).toBe('application/problem+json');
    expect(((await sent.json()) as { code: string }).code).toBe('PAYLOAD_TOO_LARGE');
    expect(performance.now() - started).toBeLessThan(10_000);
    // The server is still there and nothing was stored.
    expect((await as.deputy.json<{ total: number }>('GET', `/api/bodies/${B}/decisions`)).status).toBe(200);
  });

  it('runs at most 2 simulations for one user at a time (429 with Retry-After)', async () => {
    const start = () => as.member.json<{ code?: string }>('POST', '/api/simulations', { runs: 20, seed: 1 });
    const [a, b] = [await start(), await start()];
    expect([a.status, b.status]).toEqual([202, 202]);
    const c = await start();
    expect(c.status).toBe(429);
    expect(c.body.code).toBe('TOO_MANY_SIMULATIONS');
  });
});
