import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from './test-support/csv.ts';
import { makeFixture, ROLE_MEMBERS } from './test-support/fixture-body.ts';
import { startTestServer } from './test-support/test-server.ts';

type Srv = Awaited<ReturnType<typeof startTestServer>>;
interface Row {
  position: number;
  at: string;
  actor: string;
  stream: string;
  type: string;
  subject: string;
  requestId: string;
}

/**
 * The audit view: who did what and when, from the log's metadata, for the steering roles
 * only, filtered by actor, event type and real time, as JSON pages or one CSV file.
 */
describe('audit view', () => {
  let srv: Srv;
  const B = 'aud';
  let as: Awaited<ReturnType<typeof makeFixture>>['as'];
  let inviteToken = '';
  const audit = (query = '') => as.secretariat.json<{ rows: Row[]; next: number | null }>('GET', `/api/bodies/${B}/audit${query}`);

  beforeAll(async () => {
    srv = await startTestServer({ demo: false, schedulerIntervalMs: 3_600_000 });
    as = (await makeFixture(srv.url, B)).as;
    expect((await as.deputy.json('POST', `/api/bodies/${B}/items`, { itemId: 'aud-open', title: 'Ordinary audited item' })).status).toBe(201);
    expect((await as.deputy.json('POST', `/api/bodies/${B}/items`, { itemId: 'hush-aud', title: 'HUSH audited item', restricted: true })).status).toBe(201);
    await as.secretariat.json('POST', `/api/bodies/${B}/members`, { memberId: 'zhdanov', name: 'A. A. Zhdanov', role: 'candidate', from: '1934-01-01' });
    const invite = await as.secretariat.json<{ token: string }>('POST', `/api/bodies/${B}/invites`, { memberId: 'zhdanov', username: 'zhdanov' });
    expect(invite.status).toBe(201);
    inviteToken = invite.body.token;
  });
  afterAll(async () => srv?.stopAndClean());

  it('refuses everyone but the leader, the deputy and the secretariat, as JSON and as CSV, and says nothing of the special folder', async () => {
    for (const role of ['member', 'candidate', 'observer', 'external', 'anonymous'] as const) {
      for (const q of ['', '?format=csv', '?type=ItemProposed&format=csv']) {
        const r = await as[role].raw('GET', `/api/bodies/${B}/audit${q}`);
        expect(r.status, `${role} ${q}`).toBe(role === 'anonymous' ? 401 : 403);
        const text = await r.text();
        expect(text, role).not.toMatch(/hush/i);
        expect(r.headers.get('content-type'), role).toMatch(/problem\+json/);
      }
    }
    for (const role of ['leader', 'deputy', 'secretariat'] as const) expect((await as[role].json('GET', `/api/bodies/${B}/audit`)).status, role).toBe(200);
  });

  it('names who did what: the deputy proposing, the secretariat inviting; never a token or a password hash', async () => {
    const { rows, next } = (await audit('?limit=5000')).body;
    expect(next).toBeNull();
    expect(rows.find((r) => r.subject === 'aud-open')).toMatchObject({ actor: `member:${ROLE_MEMBERS.deputy}`, type: 'ItemProposed', stream: 'body' });
    expect(rows.find((r) => r.type === 'ServerInviteIssued')).toMatchObject({ actor: `member:${ROLE_MEMBERS.secretariat}`, stream: 'invites', subject: 'zhdanov' });
    expect(rows.filter((r) => r.type === 'ServerAccountCreated').map((r) => r.subject)).toContain('deputy');
    const csv = await (await as.secretariat.raw('GET', `/api/bodies/${B}/audit?format=csv`)).text();
    expect(csv).not.toContain(inviteToken);
    expect(csv).not.toMatch(/salt|tokenHash|scrypt/i);
    const positions = rows.map((r) => r.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('filters by who, what and when; pages hold `limit` matching rows and say where the next begins', async () => {
    const all = (await audit('?limit=5000')).body.rows;
    const byDeputy = (await audit(`?actor=KAGANOVICH&limit=5000`)).body.rows;
    expect(byDeputy.length).toBe(all.filter((r) => r.actor === 'member:kaganovich').length);
    expect(byDeputy.length).toBeGreaterThan(0);
    const proposals = (await audit('?type=ItemProposed')).body.rows;
    expect(proposals.map((r) => r.subject).sort()).toEqual(['aud-open', 'hush-aud']);
    const today = all[0]!.at.slice(0, 10);
    expect((await audit(`?from=${today}&to=${today}&limit=5000`)).body.rows).toHaveLength(all.length);
    expect((await audit('?to=2000-01-01')).body.rows).toHaveLength(0);
    const last = all.at(-1)!;
    expect((await audit(`?from=${encodeURIComponent(last.at)}&limit=5000`)).body.rows.map((r) => r.position)).toContain(last.position);
    const first = await audit('?limit=3');
    expect(first.body.rows).toHaveLength(3);
    expect(first.body.next).toBe(first.body.rows[2]!.position);
    const second = await audit(`?limit=3&after=${first.body.next}`);
    expect(second.body.rows.map((r) => r.position)).toEqual(all.slice(3, 6).map((r) => r.position));
    const bad = await as.secretariat.json<{ code: string; errors: Array<{ field: string }> }>('GET', `/api/bodies/${B}/audit?from=yesterday`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]?.field).toMatch(/from/);
  });

  it('reads newest first, page by page, across stretches of the log that belong to other streams', async () => {
    // 4,500 events of another stream between this body's events: newest first must step back over them.
    for (let i = 0; i < 9; i++) await srv.services.store.append('noise-audit', Array.from({ length: 500 }, () => ({ type: 'Noise' })), { expectedVersion: i * 500 });
    expect((await as.deputy.json('POST', `/api/bodies/${B}/items`, { itemId: 'aud-late', title: 'Late item' })).status).toBe(201);
    const asc = (await audit('?limit=5000')).body.rows.map((r) => r.position);
    const desc: number[] = [];
    let before: number | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const r: { body: { rows: Row[]; next: number | null } } = await audit(`?order=desc&limit=7${before === null ? '' : `&before=${before}`}`);
      desc.push(...r.body.rows.map((x) => x.position));
      if (r.body.next === null) break;
      expect(r.body.rows).toHaveLength(7);
      before = r.body.next;
    }
    expect(desc).toEqual([...asc].reverse());
    expect(asc.at(-1)! - asc.at(-2)!).toBeGreaterThan(4500);
    expect((await audit('?order=desc&limit=1')).body.rows[0]).toMatchObject({ subject: 'aud-late', type: 'ItemProposed' });
  });

  it('gives the filtered rows as one CSV file, whatever the page size', async () => {
    const r = await as.secretariat.raw('GET', `/api/bodies/${B}/audit?format=csv&type=ItemProposed&limit=1`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/text\/csv/);
    expect(r.headers.get('content-disposition')).toBe(`attachment; filename="${B}-audit.csv"`);
    const table = parseCsv(await r.text());
    expect(table[0]).toEqual(['position', 'at', 'bodyTime', 'actor', 'requestId', 'stream', 'type', 'subject']);
    expect(table.slice(1).map((row) => row[7]).sort()).toEqual(['aud-late', 'aud-open', 'hush-aud']);
  });
});
