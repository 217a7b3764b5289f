import type { Role } from '@politburo/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, makeFixture, ROLE_MEMBERS } from './test-support/fixture-body.ts';
import { startTestServer } from './test-support/test-server.ts';

type Who = Role | 'anonymous';
const WHO: readonly Who[] = ['leader', 'deputy', 'member', 'candidate', 'secretariat', 'observer', 'external', 'anonymous'];
const STEER: readonly Who[] = ['leader', 'deputy', 'secretariat'];
const MEMBERS: readonly Who[] = ['leader', 'deputy', 'member', 'candidate', 'secretariat', 'observer', 'external'];
const SPECIAL_FOLDER: readonly Who[] = ['leader', 'deputy', 'member', 'candidate', 'secretariat'];

interface Case {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  path: (who: Who) => string;
  body?: (who: Who) => unknown;
  /** Roles that succeed; everyone else gets `denied` (anonymous on writes: 401). */
  allowed: readonly Who[];
  ok?: number;
  denied?: number;
  /** Per-role status where the core refuses for its own reason. */
  special?: Partial<Record<Who, number>>;
  /** Extra check of the successful body. */
  check?: (who: Who, body: unknown) => void;
}

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
  { name: 'GET restricted item', method: 'GET', path: () => '/items/secret', allowed: SPECIAL_FOLDER, denied: 404 },
  {
    name: 'GET register (special folder filtered)',
    method: 'GET',
    path: () => '/decisions',
    allowed: WHO,
    check: (who, b) => expect(ids(b).includes('d-secret')).toBe(SPECIAL_FOLDER.includes(who)),
  },
  {
    name: 'GET register search for a restricted title',
    method: 'GET',
    path: () => '/decisions?q=Special%20matter',
    allowed: WHO,
    check: (who, b) => expect((b as { total: number }).total).toBe(SPECIAL_FOLDER.includes(who) ? 1 : 0),
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
    name: 'GET protocol CSV (restricted rows only for the entitled)',
    method: 'GET',
    path: () => '/protocols/1/export.csv',
    allowed: WHO,
    check: (who, b) => expect(String(b).includes('Special matter')).toBe(SPECIAL_FOLDER.includes(who)),
  },
  { name: 'GET protocol PDF', method: 'GET', path: () => '/protocols/1/export.pdf', allowed: WHO },
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
  { name: 'GET interventions', method: 'GET', path: () => '/interventions', allowed: WHO },
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
  });
  afterAll(async () => srv?.stopAndClean());

  for (const c of CASES) {
    it(c.name, async () => {
      const seen: Record<string, number> = {};
      const expected: Record<string, number> = {};
      for (const who of WHO) {
        const res = await f.as[who].raw(c.method, `/api/bodies/${B}${c.path(who)}`, c.body?.(who));
        const text = await res.text();
        seen[who] = res.status;
        const allowed = c.allowed.includes(who);
        expected[who] = allowed ? (c.ok ?? 200) : (c.special?.[who] ?? (who === 'anonymous' && c.method !== 'GET' ? 401 : who === 'anonymous' && c.denied === undefined ? 401 : (c.denied ?? 403)));
        if (allowed && res.status < 300 && c.check) c.check(who, res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text);
      }
      expect(seen).toEqual(expected);
    });
  }
});
