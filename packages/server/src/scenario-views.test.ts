import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prefersHtml } from './routes/citable-link-routes.ts';
import { TestClient } from './test-support/http-client.ts';
import { DEMO_PASSWORD, startTestServer } from './test-support/test-server.ts';

type Srv = Awaited<ReturnType<typeof startTestServer>>;

/**
 * Views of the 1934 scenario that depend on the body clock, interventions and content
 * negotiation, over a whole copy of the year (the demo copy holds it only as of 30 July).
 */
describe('scenario views over HTTP', () => {
  let srv: Srv;
  let leader: TestClient;
  let anonymous: TestClient;
  const B = '1934-whole';
  const p = (path: string) => `/api/bodies/${B}${path}`;

  beforeAll(async () => {
    srv = await startTestServer({ schedulerIntervalMs: 3_600_000 });
    anonymous = await new TestClient(srv.url).ready();
    expect((await anonymous.json('POST', '/api/bodies/1934/copy', { id: B })).status).toBe(201);
    leader = await new TestClient(srv.url).login(B, 'leader', DEMO_PASSWORD);
  }, 120_000);
  afterAll(async () => srv?.stopAndClean());

  it('the outbox lists only what was sent by the body clock’s now', async () => {
    const clock = await leader.json<{ now: string }>('PUT', p('/clock'), { mode: 'replay', start: '1934-08-11T12:00', speed: 1, paused: true });
    expect(clock.status).toBe(200);
    expect(clock.body.now).toBe('1934-08-11T12:00');
    const out = await leader.json<{ messages: Array<{ sentAt?: string; receivedAt?: string }> }>('GET', p('/messages/outbox'));
    expect(out.status).toBe(200);
    expect(out.body.messages.length).toBeGreaterThan(0);
    for (const m of out.body.messages) expect((m.sentAt ?? m.receivedAt ?? '') <= '1934-08-11T12:00').toBe(true);
    // the leader's October letters exist; they show once the clock has passed them
    await leader.json('PUT', p('/clock'), { mode: 'replay', start: '1934-12-31T23:00', speed: 1, paused: true });
    const later = await leader.json<{ messages: Array<{ sentAt?: string }> }>('GET', p('/messages/outbox'));
    expect(later.body.messages.some((m) => (m.sentAt ?? '').startsWith('1934-10'))).toBe(true);
    expect(later.body.messages.length).toBeGreaterThan(out.body.messages.length);
  });

  it('marks register rows with an intervention; the 1934 leader intervened in 119 decisions in Aug–Oct', async () => {
    const marked = await leader.json<{ items: Array<{ id: string; intervention: boolean }>; total: number }>('GET', p('/decisions?intervention=true&from=1934-08-01&to=1934-10-31&pageSize=500'));
    expect(marked.status).toBe(200);
    expect(marked.body.total).toBe(119);
    // an outsider sees the open ones; the special folder's are counted in `hidden`
    const outside = await anonymous.json<{ items: Array<{ intervention: boolean }>; total: number; hidden: number }>('GET', p('/decisions?intervention=true&from=1934-08-01&to=1934-10-31&pageSize=500'));
    expect(outside.body.total + outside.body.hidden).toBe(119);
    expect(outside.body.items.every((d) => d.intervention === true)).toBe(true);
    expect(marked.body.items).toHaveLength(119);
    expect(marked.body.items.every((d) => d.intervention === true)).toBe(true);
    const unmarked = await anonymous.json<{ items: Array<{ intervention: boolean }>; total: number }>('GET', p('/decisions?intervention=false&from=1934-08-01&to=1934-10-31&pageSize=500'));
    expect(unmarked.body.items.length).toBeGreaterThan(0);
    expect(unmarked.body.items.every((d) => d.intervention === false)).toBe(true);
    // every row of the unfiltered register carries the boolean, and the marked ones are the filter's
    const all = await leader.json<{ items: Array<{ intervention: unknown; date: string }>; total: number }>('GET', p('/decisions?from=1934-08-01&to=1934-10-31&pageSize=500'));
    expect(all.body.items.every((d) => typeof d.intervention === 'boolean')).toBe(true);
    const pages = Math.ceil(all.body.total / 500);
    let count = 0;
    for (let page = 1; page <= pages; page++) {
      const r = await leader.json<{ items: Array<{ intervention: boolean }> }>('GET', p(`/decisions?from=1934-08-01&to=1934-10-31&pageSize=500&page=${page}`));
      count += r.body.items.filter((d) => d.intervention).length;
    }
    expect(count).toBe(119);
  });

  it('drill-down rows of interventions carry the decision’s title', async () => {
    const ex = await anonymous.json<{ rows: Array<{ table: string; values: Record<string, unknown>; decisionId?: string; decisionTitle?: string }>; hidden: number }>('GET', p('/report?explain=interventions'));
    expect(ex.status).toBe(200);
    const ivRows = ex.body.rows.filter((r) => r.table === 'interventions');
    expect(ivRows.length).toBeGreaterThan(0);
    for (const r of ivRows) {
      expect(r.decisionId).toBe(r.values.decision_id);
      expect(typeof r.decisionTitle).toBe('string');
      expect(r.decisionTitle!.length).toBeGreaterThan(0);
    }
    const first = ivRows[0]!;
    const d = await anonymous.json<{ title: string }>('GET', p(`/decisions/${encodeURIComponent(first.decisionId!)}`));
    expect(d.body.title).toBe(first.decisionTitle);
  });

  it('the citable URL sends a browser to the app’s route and an API client to the JSON', async () => {
    const page = await anonymous.json<{ items: Array<{ id: string; url: string; protocolNo: number; itemNo: number }> }>('GET', p('/decisions?pageSize=1'));
    const d = page.body.items[0]!;
    const browser = await anonymous.raw('GET', d.url, undefined, { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' });
    expect(browser.status).toBe(302);
    expect(browser.headers.get('location')).toBe(`/#/b/${B}/protocol/${d.protocolNo}/item/${d.itemNo}`);
    const client = await anonymous.raw('GET', d.url, undefined, { accept: 'application/json' });
    expect(client.status).toBe(302);
    expect(client.headers.get('location')).toBe(`/api/bodies/${B}/decisions/${encodeURIComponent(d.id)}`);
    const bare = await anonymous.raw('GET', d.url);
    expect(bare.headers.get('location')).toMatch(/^\/api\/bodies\//);
  });

  it('reads Accept like a browser does', () => {
    expect(prefersHtml(undefined)).toBe(false);
    expect(prefersHtml('*/*')).toBe(false);
    expect(prefersHtml('application/json')).toBe(false);
    expect(prefersHtml('text/html')).toBe(true);
    expect(prefersHtml('application/json, text/html;q=0.5')).toBe(false);
    expect(prefersHtml('text/html;q=0.9, application/json;q=0.8')).toBe(true);
    expect(prefersHtml('text/html;q=0')).toBe(false);
  });
});
