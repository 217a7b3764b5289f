import type { Role } from '@politburo/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, makeFixture, ROLE_MEMBERS } from './test-support/fixture-body.ts';
import type { TestClient } from './test-support/http-client.ts';
import { pdfText } from './test-support/pdf-text.ts';
import { SseClient } from './test-support/sse-client.ts';
import { startTestServer } from './test-support/test-server.ts';

type Who = Role | 'anonymous';
const WHO: readonly Who[] = ['leader', 'deputy', 'member', 'candidate', 'secretariat', 'observer', 'external', 'anonymous'];
const STEER: readonly Who[] = ['leader', 'deputy', 'secretariat'];
const MEMBERS: readonly Who[] = ['leader', 'deputy', 'member', 'candidate', 'secretariat', 'observer', 'external'];
const SPECIAL_FOLDER: readonly Who[] = ['leader', 'deputy', 'member', 'candidate', 'secretariat'];

interface Case {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  /** Under `/api/bodies/matrix`, unless it starts with `/api/` or `/b/` (then as is). */
  path: (who: Who) => string;
  /** Run on a throwaway copy of the role's client (the request logs it in elsewhere). */
  fresh?: boolean;
  body?: (who: Who) => unknown;
  /** Roles that succeed; everyone else gets `denied` (anonymous on writes: 401). */
  allowed: readonly Who[];
  ok?: number;
  denied?: number;
  /** Per-role status where the core refuses for its own reason. */
  special?: Partial<Record<Who, number>>;
  /** Extra check of the successful body (parsed JSON, text, or the bytes of a PDF). */
  check?: (who: Who, body: unknown) => void | Promise<void>;
}

/** Set in beforeAll: a backup of the matrix body, and a simulation job to look up. */
const shared: { backup?: unknown; simulationId?: string } = {};
const sees = (who: Who) => SPECIAL_FOLDER.includes(who);

const ids = (body: unknown, key = 'items'): string[] => ((body as Record<string, Array<{ id: string }>>)[key] ?? []).map((x) => x.id);

/**
 * Every role against every route, the special folder included: a table, run row by row.
 * Rows run in order (a meeting is put on the agenda, then opened, then closed).
 */
const CASES: Case[] = [
  { name: 'GET body', method: 'GET', path: () => '', allowed: WHO },
  { name: 'GET members', method: 'GET', path: () => '/members', allowed: WHO },
  { name: 'GET absences', method: 'GET', path: () => '/absences', allowed: WHO },
  { name: 'GET clock', method: 'GET', path: () => '/clock', allowed: WHO },
  { name: 'GET meetings', method: 'GET', path: () => '/meetings', allowed: WHO },
  {
    name: 'GET items (special folder filtered)',
    method: 'GET',
    path: () => '/items',
    allowed: WHO,
    check: (who, b) => expect(ids(b).includes('secret')).toBe(SPECIAL_FOLDER.includes(who)),
  },
  { name: 'GET restricted item', method: 'GET', path: () => '/items/secret', allowed: SPECIAL_FOLDER, denied: 404, check: (_, b) => expect(b).toMatchObject({ id: 'secret', title: 'Special matter' }) },
  { name: 'GET open item', method: 'GET', path: () => '/items/open', allowed: WHO, check: (_, b) => expect(b).toMatchObject({ id: 'open', title: 'Ordinary matter', restricted: false }) },
  {
    name: 'GET items search for a restricted title',
    method: 'GET',
    path: () => '/items?q=special',
    allowed: WHO,
    check: (who, b) => expect(ids(b).includes('secret')).toBe(sees(who)),
  },
  {
    name: 'GET meeting (restricted agenda items filtered)',
    method: 'GET',
    path: () => '/meetings/mt-agenda',
    allowed: WHO,
    check: (who, b) => expect((b as { agenda: string[] }).agenda).toEqual(sees(who) ? ['agenda-open', 'agenda-secret'] : ['agenda-open']),
  },
  { name: 'GET unknown meeting', method: 'GET', path: () => '/meetings/nowhere', allowed: [], denied: 404 },
  {
    name: 'GET register (special folder filtered, hidden counted)',
    method: 'GET',
    path: () => '/decisions',
    allowed: WHO,
    check: (who, b) => {
      expect(ids(b).includes('d-secret')).toBe(sees(who));
      expect(ids(b)).toContain('d-open');
      expect(b).toMatchObject({ total: sees(who) ? 2 : 1, hidden: sees(who) ? 0 : 1 });
    },
  },
  {
    name: 'GET register search for a restricted title',
    method: 'GET',
    path: () => '/decisions?q=Special%20matter',
    allowed: WHO,
    // `hidden` ignores the text search: it must not tell an outsider that a hidden title matches
    check: (who, b) => expect(b).toMatchObject({ total: sees(who) ? 1 : 0, hidden: sees(who) ? 0 : 1 }),
  },
  {
    name: 'GET register search for an open title (same hidden count: no oracle)',
    method: 'GET',
    path: () => '/decisions?q=Ordinary',
    allowed: WHO,
    check: (who, b) => expect(b).toMatchObject({ total: 1, hidden: sees(who) ? 0 : 1 }),
  },
  {
    name: 'GET register filtered to restricted rows',
    method: 'GET',
    path: () => '/decisions?restricted=true',
    allowed: WHO,
    check: (who, b) => expect(b).toMatchObject({ total: sees(who) ? 1 : 0, hidden: sees(who) ? 0 : 1 }),
  },
  { name: 'GET restricted decision', method: 'GET', path: () => '/decisions/d-secret', allowed: SPECIAL_FOLDER, denied: 404 },
  { name: 'GET open decision', method: 'GET', path: () => '/decisions/d-open', allowed: WHO },
  {
    name: 'GET protocols (hidden counted)',
    method: 'GET',
    path: () => '/protocols',
    allowed: WHO,
    check: (who, b) => expect((b as { protocols: Array<{ hidden: number }> }).protocols[0]?.hidden).toBe(SPECIAL_FOLDER.includes(who) ? 0 : 1),
  },
  {
    name: 'GET protocol (restricted rows only for the entitled)',
    method: 'GET',
    path: () => '/protocols/1',
    allowed: WHO,
    check: (who, b) => {
      expect((b as { decisions: Array<{ id: string }> }).decisions.map((d) => d.id)).toEqual(sees(who) ? ['d-open', 'd-secret'] : ['d-open']);
      expect(JSON.stringify(b).includes('Special matter')).toBe(sees(who));
      expect((b as { hidden: number }).hidden).toBe(sees(who) ? 0 : 1);
    },
  },
  { name: 'GET protocol item (open)', method: 'GET', path: () => '/protocols/1/items/1', allowed: WHO, check: (_, b) => expect(b).toMatchObject({ id: 'd-open', itemNo: 1 }) },
  { name: 'GET protocol item (special folder)', method: 'GET', path: () => '/protocols/1/items/2', allowed: SPECIAL_FOLDER, denied: 404, check: (_, b) => expect(b).toMatchObject({ id: 'd-secret', itemNo: 2 }) },
  { name: 'GET citable link (special folder)', method: 'GET', path: () => '/b/matrix/protocol/1/item/2', allowed: SPECIAL_FOLDER, ok: 302, denied: 404 },
  { name: 'GET unknown protocol', method: 'GET', path: () => '/protocols/99', allowed: [], denied: 404 },
  {
    name: 'GET protocol CSV (restricted rows only for the entitled)',
    method: 'GET',
    path: () => '/protocols/1/export.csv',
    allowed: WHO,
    check: (who, b) => {
      const lines = String(b).trim().split('\r\n');
      expect(lines[0]).toBe('protocol_no,item_no,item_label,date,mode,title,restricted,initiator,amends,revokes,extract_recipients,id,synthetic,source_id,visa_by,amended_by,revoked_by,current_wording');
      expect(lines.some((l) => l.includes('Ordinary matter'))).toBe(true);
      expect(String(b).includes('Special matter')).toBe(sees(who));
      expect(String(b).includes('d-secret')).toBe(sees(who));
      expect(lines).toHaveLength(sees(who) ? 3 : 2);
    },
  },
  {
    name: 'GET protocol PDF (special-folder annex only for the entitled)',
    method: 'GET',
    path: () => '/protocols/1/export.pdf',
    allowed: WHO,
    check: async (who, b) => {
      const bytes = b as Uint8Array;
      expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
      const text = await pdfText(bytes);
      expect(text).toContain('Ordinary matter');
      expect(text.includes('Special matter')).toBe(sees(who));
      expect(text.includes('SPECIAL FOLDER')).toBe(sees(who));
      // the raw bytes too (should a stream ever be left uncompressed)
      expect(Buffer.from(bytes).toString('latin1').includes('Special matter')).toBe(false);
    },
  },
  {
    name: 'GET report (aggregates count restricted rows for everyone)',
    method: 'GET',
    path: () => '/report',
    allowed: WHO,
    check: (_, b) => expect((b as { decisionsTotal: number }).decisionsTotal).toBe(2),
  },
  {
    name: 'GET report drill-down (states hidden rows)',
    method: 'GET',
    path: () => '/report?explain=decisionsTotal',
    allowed: WHO,
    check: (who, b) => expect((b as { hidden: number }).hidden).toBe(SPECIAL_FOLDER.includes(who) ? 0 : 1),
  },
  {
    name: 'GET interventions (special folder filtered, hidden counted)',
    method: 'GET',
    path: () => '/interventions',
    allowed: WHO,
    check: (who, b) => {
      expect(ids(b, 'interventions').includes('iv-secret')).toBe(sees(who));
      expect(ids(b, 'interventions')).toContain('iv-open');
      expect((b as { hidden: number }).hidden).toBe(sees(who) ? 0 : 1);
    },
  },
  { name: 'GET scenarios', method: 'GET', path: () => '/api/scenarios', allowed: WHO, check: (_, b) => expect((b as { scenarios: Array<{ id: string }> }).scenarios.map((x) => x.id)).toContain('1934') },
  {
    name: 'GET a message (sender, delivered recipient, steering)',
    method: 'GET',
    path: () => '/messages/to-member',
    allowed: ['leader', 'deputy', 'member', 'secretariat'],
    denied: 404,
    special: { anonymous: 401 },
    check: (_, b) => expect(b).toMatchObject({ id: 'to-member', toIds: [ROLE_MEMBERS.member] }),
  },
  {
    name: 'GET a message that refers to a restricted item',
    method: 'GET',
    path: () => '/messages/ref-msg',
    allowed: ['leader', 'deputy', 'observer', 'secretariat'],
    denied: 404,
    special: { anonymous: 401 },
    check: (who, b) => expect((b as { itemIds: string[] }).itemIds).toEqual(sees(who) ? ['open', 'secret'] : ['open']),
  },
  { name: 'GET a simulation', method: 'GET', path: () => `/api/simulations/${shared.simulationId}`, allowed: WHO, check: (_, b) => expect(b).toMatchObject({ id: shared.simulationId }) },
  { name: 'GET events (JSON catch-up)', method: 'GET', path: () => '/events', allowed: WHO, check: (who, b) => {
    const restricted = JSON.stringify(b).includes('Special matter');
    expect(restricted).toBe(SPECIAL_FOLDER.includes(who));
  } },
  { name: 'GET inbox', method: 'GET', path: () => '/messages/inbox', allowed: MEMBERS },
  { name: 'GET outbox', method: 'GET', path: () => '/messages/outbox', allowed: MEMBERS },
  { name: 'GET all correspondence', method: 'GET', path: () => '/messages', allowed: STEER },
  { name: 'GET accounts', method: 'GET', path: () => '/accounts', allowed: STEER },
  { name: 'GET backup', method: 'GET', path: () => '/backup', allowed: STEER },
  { name: 'POST members', method: 'POST', path: () => '/members', body: (w) => ({ memberId: `new-${w}`, name: 'New', role: 'candidate', from: '1934-01-01' }), allowed: STEER, ok: 201 },
  { name: 'POST member role', method: 'POST', path: (w) => `/members/tgt-${w}/role`, body: () => ({ role: 'observer', from: '1934-09-01' }), allowed: STEER },
  { name: 'POST member retire', method: 'POST', path: (w) => `/members/tgt-${w}/retire`, body: () => ({ on: '1934-09-01' }), allowed: STEER },
  { name: 'POST absences', method: 'POST', path: () => '/absences', body: () => ({ memberId: 'voroshilov', from: '1934-12-01', to: '1934-12-02', location: 'Sochi' }), allowed: STEER, ok: 201 },
  { name: 'POST accounts', method: 'POST', path: () => '/accounts', body: (w) => ({ username: `acct-${w}`, password: 'long-password', memberId: 'voroshilov' }), allowed: STEER, ok: 201 },
  { name: 'PATCH settings', method: 'PATCH', path: () => '/settings', body: () => ({ latencies: { telephone: 12 } }), allowed: STEER },
  { name: 'PUT clock', method: 'PUT', path: () => '/clock', body: () => ({ mode: 'replay', start: '1934-09-01T12:00', speed: 60, paused: true }), allowed: STEER },
  { name: 'POST clock pause', method: 'POST', path: () => '/clock/pause', body: () => ({}), allowed: STEER },
  { name: 'POST clock resume', method: 'POST', path: () => '/clock/resume', body: () => ({}), allowed: STEER },
  { name: 'POST clock step', method: 'POST', path: () => '/clock/step', body: () => ({ minutes: 1 }), allowed: STEER },
  { name: 'POST clock pause again', method: 'POST', path: () => '/clock/pause', body: () => ({}), allowed: STEER },
  { name: 'POST meetings', method: 'POST', path: () => '/meetings', body: (w) => ({ meetingId: `sched-${w}`, date: '1934-09-20' }), allowed: STEER, ok: 201 },
  { name: 'POST meeting agenda', method: 'POST', path: (w) => `/meetings/mt-${w}/agenda`, body: (w) => ({ itemId: `ag-${w}` }), allowed: STEER },
  {
    name: 'POST meeting open',
    method: 'POST',
    path: (w) => `/meetings/mt-${w}/open`,
    body: () => ({ chairId: ROLE_MEMBERS.leader, attendees: [ROLE_MEMBERS.leader, ROLE_MEMBERS.deputy] }),
    allowed: STEER,
  },
  { name: 'POST meeting close', method: 'POST', path: (w) => `/meetings/mt-${w}/close`, body: () => ({}), allowed: STEER },
  { name: 'POST items', method: 'POST', path: () => '/items', body: (w) => ({ itemId: `prop-${w}`, title: 'Proposal' }), allowed: ['leader', 'deputy', 'member', 'candidate', 'secretariat'], ok: 201 },
  { name: 'POST poll', method: 'POST', path: (w) => `/items/pl-${w}/poll`, body: () => ({ deadline: '1934-09-30T10:00' }), allowed: STEER },
  {
    name: 'POST vote (own)',
    method: 'POST',
    path: () => '/items/vote-me/votes',
    body: () => ({ vote: 'for' }),
    allowed: ['leader', 'deputy', 'member'],
    ok: 201,
  },
  {
    name: 'POST vote on the restricted poll',
    method: 'POST',
    path: () => '/items/secret-poll/votes',
    body: () => ({ vote: 'for' }),
    allowed: ['leader', 'deputy', 'member'],
    ok: 201,
    // For those who may not see the special folder the item does not exist: the answer a missing one gets.
    special: { observer: 404, external: 404 },
  },
  {
    name: 'POST opinion (own)',
    method: 'POST',
    path: () => '/items/vote-me/opinions',
    body: () => ({ vote: 'against' }),
    allowed: ['candidate'],
    ok: 201,
    special: { leader: 422, deputy: 422, member: 422, secretariat: 422, observer: 422, external: 422 },
  },
  { name: 'POST close voting', method: 'POST', path: (w) => `/items/cl-${w}/close`, body: () => ({}), allowed: STEER },
  { name: 'POST register decision', method: 'POST', path: (w) => `/items/reg-${w}/register`, body: (w) => ({ decisionId: `d-${w}` }), allowed: STEER, ok: 201 },
  { name: 'POST extract', method: 'POST', path: () => '/decisions/d-open/extracts', body: () => ({ recipients: ['Gosplan'] }), allowed: ['secretariat'], ok: 201 },
  {
    name: 'POST message',
    method: 'POST',
    path: () => '/messages',
    body: (w) => ({ kind: 'letter', toIds: [w === 'deputy' ? ROLE_MEMBERS.leader : ROLE_MEMBERS.deputy], summary: 'A note' }),
    allowed: ['leader', 'deputy', 'member', 'candidate', 'secretariat', 'external'],
    ok: 201,
  },
  { name: 'POST message read', method: 'POST', path: (w) => `/messages/to-${w}/read`, body: () => ({}), allowed: MEMBERS },
  {
    name: 'POST intervention',
    method: 'POST',
    path: () => '/interventions',
    body: () => ({ itemTitle: 'A point', memberId: ROLE_MEMBERS.leader, origin: 'initiative', outcome: 'postponed' }),
    allowed: STEER,
    ok: 201,
  },
  {
    name: 'POST correction (secretariat only, per core)',
    method: 'POST',
    path: () => '/corrections',
    body: (w) => ({ table: 'members', id: 'voroshilov', field: 'name', to: `K. Ye. Voroshilov (${w})`, reason: 'Transliteration' }),
    allowed: ['secretariat'],
    ok: 201,
    check: (w, b) => expect(b).toMatchObject({ target: { table: 'members', id: 'voroshilov' }, field: 'name', to: `K. Ye. Voroshilov (${w})`, authorId: ROLE_MEMBERS.secretariat }),
  },
  {
    name: 'POST simulation (any logged-in user)',
    method: 'POST',
    path: () => '/api/simulations',
    body: (w) => ({ runs: 1, seed: WHO.indexOf(w) + 1, overrides: { itemsPerDay: 0.5 } }),
    allowed: MEMBERS,
    ok: 202,
    check: (_, b) => expect(b).toMatchObject({ status: 'running', progress: { total: 1 } }),
  },
  {
    name: 'POST create a body (anyone; the founder is logged in)',
    method: 'POST',
    path: () => '/api/bodies',
    fresh: true,
    body: (w) => ({ id: `founded-${w}`, name: `Founded by ${w}`, founder: { memberId: 'chair', name: 'Chair', role: 'leader', username: 'chair', password: 'long-password' } }),
    allowed: WHO,
    ok: 201,
    check: (w, b) => expect(b).toMatchObject({ body: { id: `founded-${w}` }, user: { role: 'leader', bodyId: `founded-${w}` } }),
  },
  {
    name: 'POST copy a body (steering only: a copy carries the special folder and every role)',
    method: 'POST',
    path: () => '/copy',
    fresh: true,
    body: (w) => ({ id: `copy-${w}` }),
    allowed: STEER,
    ok: 201,
    check: (w, b) => expect(b).toMatchObject({ body: { id: `copy-${w}`, counts: { decisions: 5 } } }),
  },
  {
    name: 'POST restore a backup (a logged-in session needed)',
    method: 'POST',
    path: () => '/api/bodies/restore',
    fresh: true,
    body: (w) => ({ id: `restored-${w}`, backup: shared.backup }),
    allowed: MEMBERS,
    ok: 201,
    check: (w, b) => expect(b).toMatchObject({ id: `restored-${w}`, counts: { decisions: 2 } }),
  },
];

describe('permission matrix: every role × every route', () => {
  let srv: Awaited<ReturnType<typeof startTestServer>>;
  let f: Fixture;
  const B = 'matrix';

  beforeAll(async () => {
    srv = await startTestServer({ demo: false, schedulerIntervalMs: 3_600_000 });
    f = await makeFixture(srv.url, B);
    const sec = f.as.secretariat;
    const must = async (method: string, path: string, body?: unknown) => {
      const r = await sec.json(method, `/api/bodies/${B}${path}`, body);
      if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`);
    };
    const vote = async (itemId: string, roles: readonly Role[]) => {
      for (const r of roles) {
        const res = await f.as[r].json('POST', `/api/bodies/${B}/items/${itemId}/votes`, { vote: 'for' });
        if (res.status !== 201) throw new Error(`vote ${r} on ${itemId}: ${res.status} ${JSON.stringify(res.body)}`);
      }
      await must('POST', `/items/${itemId}/votes`, { vote: 'for', memberId: 'voroshilov' });
    };
    // two decisions in protocol 1: one open, one in the special folder
    for (const [id, title, restricted] of [
      ['open', 'Ordinary matter', false],
      ['secret', 'Special matter', true],
    ] as const) {
      await must('POST', '/items', { itemId: id, title, restricted });
      await must('POST', `/items/${id}/poll`, { deadline: '1934-09-30T10:00' });
      await vote(id, ['leader', 'deputy', 'member']);
      await must('POST', `/items/${id}/register`, { decisionId: `d-${id}` });
    }
    await must('POST', '/items', { itemId: 'vote-me', title: 'Open poll' });
    await must('POST', '/items/vote-me/poll', { deadline: '1934-09-30T10:00' });
    await must('POST', '/items', { itemId: 'secret-poll', title: 'Restricted poll', restricted: true });
    await must('POST', '/items/secret-poll/poll', { deadline: '1934-09-30T10:00' });
    // interventions on the open and the restricted decision
    await must('POST', '/interventions', { interventionId: 'iv-open', decisionId: 'd-open', memberId: ROLE_MEMBERS.leader, origin: 'initiative', outcome: 'confirmed' });
    await must('POST', '/interventions', { interventionId: 'iv-secret', decisionId: 'd-secret', memberId: ROLE_MEMBERS.leader, origin: 'initiative', outcome: 'modified' });
    // a meeting with an open and a restricted item on its agenda
    await must('POST', '/meetings', { meetingId: 'mt-agenda', date: '1934-09-25' });
    for (const [id, restricted] of [
      ['agenda-open', false],
      ['agenda-secret', true],
    ] as const) {
      await must('POST', '/items', { itemId: id, title: `Agenda item ${id}`, restricted });
      await must('POST', `/meetings/mt-agenda/agenda`, { itemId: id });
    }
    // a telephone message to the observer that refers to the open and the restricted item
    await must('POST', '/messages', { messageId: 'ref-msg', kind: 'telephone', toIds: [ROLE_MEMBERS.observer], itemIds: ['open', 'secret'], summary: 'About two items' });
    for (const w of WHO) {
      await must('POST', '/members', { memberId: `tgt-${w}`, name: `Target ${w}`, role: 'candidate', from: '1934-01-01' });
      await must('POST', '/items', { itemId: `pl-${w}`, title: `Poll ${w}` });
      await must('POST', '/items', { itemId: `ag-${w}`, title: `Agenda ${w}` });
      await must('POST', '/meetings', { meetingId: `mt-${w}`, date: '1934-09-01' });
      // a poll whose deadline passes before the rows run (the scheduler is held, so only the close row closes it)
      await must('POST', '/items', { itemId: `cl-${w}`, title: `Close ${w}` });
      await must('POST', `/items/cl-${w}/poll`, { deadline: '1934-09-01T10:30' });
    }
    // the adopted items the steering roles register
    for (const w of STEER) {
      await must('POST', '/items', { itemId: `reg-${w}`, title: `Register ${w}` });
      await must('POST', `/items/reg-${w}/poll`, { deadline: '1934-09-30T10:00' });
      await vote(`reg-${w}`, ['leader', 'deputy', 'member']);
    }
    // one delivered telephone message to each member role
    for (const w of MEMBERS) {
      const from = w === 'secretariat' ? f.as.deputy : sec;
      const r = await from.json('POST', `/api/bodies/${B}/messages`, { messageId: `to-${w}`, kind: 'telephone', toIds: [ROLE_MEMBERS[w as Role]], summary: 'Call' });
      if (r.status !== 201) throw new Error(`message to ${w}: ${JSON.stringify(r.body)}`);
    }
    await must('POST', '/clock/step', { minutes: 20 });
    await srv.scheduler.tick();
    expect((await f.as.leader.json<{ messages: unknown[] }>('GET', `/api/bodies/${B}/messages/inbox`)).body.messages).toHaveLength(1);
    await must('POST', '/clock/step', { minutes: 20 });
    shared.backup = (await sec.json('GET', `/api/bodies/${B}/backup`)).body;
    const sim = await sec.json<{ id: string }>('POST', '/api/simulations', { runs: 1, seed: 1, overrides: { itemsPerDay: 0.5 } });
    if (sim.status !== 202) throw new Error(`simulation: ${sim.status} ${JSON.stringify(sim.body)}`);
    shared.simulationId = sim.body.id;
  });
  afterAll(async () => srv?.stopAndClean());

  // The live stream: every event of the body from the start, filtered per viewer.
  it('SSE stream (special folder filtered)', async () => {
    const cookieOf = (c: TestClient) => (c.sessionCookie ? { cookie: `pb_session=${c.sessionCookie}` } : ({} as Record<string, string>));
    for (const who of WHO) {
      // what this viewer should receive: the JSON catch-up's last position (same filter)
      let last = 0;
      for (let after = 0; ; ) {
        const page = await f.as[who].json<{ events: Array<{ position: number }>; next: number }>('GET', `/api/bodies/${B}/events?after=${after}&limit=1000`);
        expect(page.status).toBe(200);
        if (page.body.events.length === 0) break;
        last = page.body.events.at(-1)!.position;
        after = page.body.next;
      }
      const sse = await new SseClient(`${srv.url}/api/bodies/${B}/events/stream?after=0`, cookieOf(f.as[who])).open();
      expect(sse.status).toBe(200);
      await sse.until((m) => m.some((x) => Number(x.id) >= last));
      await sse.close();
      const all = JSON.stringify(sse.messages);
      expect(all).toContain('Ordinary matter');
      expect(all.includes('Special matter'), who).toBe(sees(who));
      expect(all.includes('Restricted poll'), who).toBe(sees(who));
      expect(all.includes('"d-secret"'), who).toBe(sees(who));
      expect(all.includes('iv-secret'), who).toBe(sees(who));
      expect(sse.messages.some((x) => x.event === 'DecisionRegistered' && (x.data.event.decision as { id: string }).id === 'd-open')).toBe(true);
    }
  });

  for (const c of CASES) {
    it(c.name, async () => {
      const seen: Record<string, number> = {};
      const expected: Record<string, number> = {};
      for (const who of WHO) {
        const client = c.fresh ? f.as[who].cloneTo(srv.url) : f.as[who];
        const path = c.path(who);
        const url = path.startsWith('/api/') || path.startsWith('/b/') ? path : `/api/bodies/${B}${path}`;
        const res = await client.raw(c.method, url, c.body?.(who));
        const bytes = new Uint8Array(await res.arrayBuffer());
        seen[who] = res.status;
        const allowed = c.allowed.includes(who);
        expected[who] = allowed ? (c.ok ?? 200) : (c.special?.[who] ?? (who === 'anonymous' && c.method !== 'GET' ? 401 : who === 'anonymous' && c.denied === undefined ? 401 : (c.denied ?? 403)));
        const type = res.headers.get('content-type') ?? '';
        const text = () => new TextDecoder().decode(bytes);
        if (allowed && res.status < 300 && c.check) await c.check(who, type.includes('json') ? JSON.parse(text()) : type.includes('pdf') ? bytes : text());
        // a refused request never carries the special folder either
        if (!sees(who)) expect(new TextDecoder().decode(bytes).includes('Special matter')).toBe(false);
      }
      expect(seen).toEqual(expected);
    });
  }
});
