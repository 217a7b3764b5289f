import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from './test-support/csv.ts';
import { TestClient } from './test-support/http-client.ts';
import { DEMO_PASSWORD, startTestServer } from './test-support/test-server.ts';

type Srv = Awaited<ReturnType<typeof startTestServer>>;

/** What the pages read beyond the core's rows (issue 12): sittings with their items, protocol points in words, actions that can succeed, the record's period. */
describe('views for the pages, over HTTP', () => {
  let srv: Srv;
  let deputy: TestClient;
  let anonymous: TestClient;
  const B = '1934-demo';

  beforeAll(async () => {
    srv = await startTestServer({ schedulerIntervalMs: 3_600_000 });
    deputy = await new TestClient(srv.url).login(B, 'deputy', DEMO_PASSWORD);
    anonymous = await new TestClient(srv.url).ready();
  }, 120_000);
  afterAll(async () => srv?.stopAndClean());

  it('a historical sitting lists the protocol items filed under it, and hides the special folder from an outsider', async () => {
    const list = await anonymous.json<{ meetings: Array<{ id: string; status: string; protocolItemCount: number; hiddenProtocolItems: number; protocolNos: number[] }> }>('GET', '/api/bodies/1934/meetings');
    const historical = list.body.meetings.filter((m) => m.status === 'historical');
    expect(historical.length).toBeGreaterThan(0);
    const withItems = historical.filter((m) => m.protocolItemCount > 0);
    expect(withItems.length).toBeGreaterThan(historical.length / 2);
    const m = withItems[0]!;
    const one = await anonymous.json<{ protocolItems: Array<{ id: string; protocolNo: number; restricted: boolean }> }>('GET', `/api/bodies/1934/meetings/${m.id}`);
    expect(one.body.protocolItems).toHaveLength(m.protocolItemCount);
    expect(one.body.protocolItems.every((d) => !d.restricted && m.protocolNos.includes(d.protocolNo))).toBe(true);
    const total = (await anonymous.json<{ total: number; hidden: number }>('GET', `/api/bodies/1934/decisions?protocolNo=${m.protocolNos[0]}&pageSize=1`)).body;
    expect(m.protocolItemCount + m.hiddenProtocolItems).toBeLessThanOrEqual(total.total + total.hidden);
  });

  it('protocols come in date order; a point carries what was heard and resolved, the sitting by date, and no "not recorded"', async () => {
    const list = await anonymous.json<{ protocols: Array<{ no: number; date: string }> }>('GET', '/api/bodies/1934/protocols');
    const dates = list.body.protocols.map((p) => p.date);
    expect([...dates].sort()).toEqual(dates);
    const doc = await anonymous.json<{ decisions: Array<{ title: string; heard: string; resolved: string; sitting?: { label: string }; raisedBy?: string; initiatorId?: string }> }>('GET', '/api/bodies/1934/protocols/1');
    const d = doc.body.decisions[0]!;
    expect(d.resolved).toBe(d.title);
    expect(d.heard.length).toBeGreaterThan(0);
    expect(d.sitting?.label).toBe('the sitting of 1 January 1934');
    for (const x of doc.body.decisions) {
      expect(x.raisedBy ?? '').not.toContain('not recorded');
      if (!x.initiatorId) expect(x.raisedBy).toBeUndefined();
    }
  });

  it('a read-only scenario states the period of its record', async () => {
    const b = await anonymous.json<{ period: { from: string; to: string } | null }>('GET', '/api/bodies/1934');
    expect(b.body.period).toEqual({ from: '1934-01-01', to: expect.stringMatching(/^1934-12-/) });
  });

  it('an item being polled says whether closing would succeed now, with the core’s reason in words', async () => {
    const item = await deputy.json<{ id: string }>('POST', `/api/bodies/${B}/items`, { title: 'Views test: a poll still running' });
    const now = (await deputy.json<{ now: string }>('GET', `/api/bodies/${B}/clock`)).body.now;
    const deadline = `${String(Number(now.slice(0, 4)) + 1)}${now.slice(4)}`;
    expect((await deputy.json('POST', `/api/bodies/${B}/items/${item.body.id}/poll`, { deadline })).status).toBe(200);
    const seen = await deputy.json<{ actions?: { close?: { allowed: boolean; code?: string; detail?: string; params?: Record<string, unknown> } } }>('GET', `/api/bodies/${B}/items/${item.body.id}`);
    const close = seen.body.actions?.close;
    expect(close?.allowed).toBe(false);
    expect(close?.code).toBe('POLL_STILL_OPEN');
    expect(close?.detail).toContain('"Views test: a poll still running"');
    expect(close?.detail).not.toMatch(/\d{4}-\d{2}-\d{2}T|item-/);
    expect(close?.params?.deadline).toBe(deadline);
    // And the write it stands for is refused the same way.
    const refused = await deputy.json<{ code: string; detail: string }>('POST', `/api/bodies/${B}/items/${item.body.id}/close`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toBe(close?.detail);
  });

  it('a login to the wrong body names the body the username exists in', async () => {
    const c = await new TestClient(srv.url).ready();
    const r = await c.json<{ code: string; detail: string; errors: Array<{ field: string; message: string }> }>('POST', '/api/auth/login', { bodyId: '1934', username: 'member', password: DEMO_PASSWORD });
    expect(r.status).toBe(401);
    expect(r.body.code).toBe('USER_IN_OTHER_BODY');
    expect(r.body.detail).toContain('1934-demo');
    expect(r.body.errors[0]).toEqual({ field: 'bodyId', message: '1934-demo' });
    // A name that exists nowhere stays the plain refusal.
    const none = await c.json<{ code: string }>('POST', '/api/auth/login', { bodyId: '1934', username: 'nobody-at-all', password: DEMO_PASSWORD });
    expect(none.body.code).toBe('BAD_CREDENTIALS');
  });

  it('exports what a register search found as CSV: every matching row the viewer may see', async () => {
    const found = (await anonymous.json<{ total: number }>('GET', '/api/bodies/1934/decisions?q=Kaganovich&pageSize=1')).body.total;
    const res = await anonymous.raw('GET', '/api/bodies/1934/decisions/export.csv?q=Kaganovich');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, ...rows] = parseCsv(await res.text()).filter((r) => r.length > 1);
    expect(header).toEqual(['protocol_no', 'item', 'date', 'mode', 'title', 'initiator', 'restricted', 'intervention', 'synthetic', 'id', 'url']);
    expect(rows).toHaveLength(found);
    // An outsider's export holds no row of the special folder.
    expect(rows.every((r) => r[6] === 'false')).toBe(true);
  });
});
