import { verifyLog } from '@politburo/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from './test-support/http-client.ts';
import { startTestServer } from './test-support/test-server.ts';

type Srv = Awaited<ReturnType<typeof startTestServer>>;
interface Joined {
  studentId: string;
  key: string;
  groupId: string;
  bodyId: string;
  memberId: string;
  role: string;
}
interface ClassView {
  groups: Array<{ groupId: string; bodyId: string; seats: Array<{ memberId: string; role: string; student?: { pseudonym: string } }>; clock: { now: string; paused: boolean }; runs: unknown[] }>;
  code?: string;
  students?: unknown[];
}

const until = async (what: () => Promise<boolean>, ms = 20_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!(await what())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
};

/** A class over HTTP: teacher, code, seats, privacy, one clock, the leader's answer, the teacher's events, the debrief, deletion. */
describe('a classroom over HTTP', () => {
  let srv: Srv;
  let teacher: TestClient;
  let classId = '';
  const p = (path: string) => `/api/classes/${classId}${path}`;
  const students: Record<string, { client: TestClient; joined: Joined }> = {};

  const join = async (name: string, body: Record<string, unknown>) => {
    const client = await new TestClient(srv.url).ready();
    const r = await client.json<Joined & { csrfToken: string }>('POST', p('/join'), body);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    client.csrf = r.body.csrfToken;
    students[name] = { client, joined: r.body };
    return students[name]!;
  };

  beforeAll(async () => {
    srv = await startTestServer({ schedulerIntervalMs: 100, demo: true });
    teacher = await new TestClient(srv.url).ready();
    const t = await teacher.json<{ csrfToken: string }>('POST', '/api/teachers', { username: 'ms-ivanova', password: 'a-teacher-pass' });
    expect(t.status).toBe(201);
    teacher.csrf = t.body.csrfToken;
    const made = await teacher.json<{ classId: string; code: string }>('POST', '/api/classes', { name: 'History 9b', groups: 2, asOf: '1934-07-30' });
    expect(made.status).toBe(201);
    classId = made.body.code;
  }, 180_000);
  afterAll(async () => srv?.stopAndClean());

  it('students join with the code, pick or are given seats; a one-time link works once', async () => {
    const deputy = await join('deputy', { groupId: 'g1', role: 'deputy', pseudonym: 'Sasha' });
    expect(deputy.joined).toMatchObject({ groupId: 'g1', role: 'deputy', memberId: 'kaganovich' });
    const leader = await join('leader', { groupId: 'g1', role: 'leader' });
    expect(leader.joined.memberId).toBe('stalin');
    const other = await join('other', {});
    expect(other.joined.groupId).toBe('g2'); // the emptiest group
    expect(other.joined.role).toBe('leader');
    const refused = await (await new TestClient(srv.url).ready()).json<{ code: string }>('POST', p('/join'), { groupId: 'g1', role: 'leader' });
    expect([refused.status, refused.body.code]).toEqual([409, 'NO_FREE_SEAT']);
    const link = await teacher.json<{ token: string }>('POST', p('/links'), { groupId: 'g2', memberId: 'molotov' });
    expect(link.status).toBe(201);
    const linked = await join('linked', { token: link.body.token });
    expect(linked.joined).toMatchObject({ groupId: 'g2', memberId: 'molotov' });
    const again = await (await new TestClient(srv.url).ready()).json<{ code: string }>('POST', p('/join'), { token: link.body.token });
    expect([again.status, again.body.code]).toEqual([409, 'LINK_USED']);
    const view = await teacher.json<ClassView>('GET', p(''));
    expect(view.body.students).toHaveLength(4);
    expect(view.body.groups[0]!.seats.find((s) => s.memberId === 'kaganovich')?.student?.pseudonym).toBe('Sasha');
  });

  it('the teacher moves a student to another seat; his key lets him in there', async () => {
    const { client, joined } = students.other!;
    expect((await teacher.json('POST', p(`/students/${joined.studentId}/seat`), { memberId: 'voroshilov' })).status).toBe(200);
    const taken = await teacher.json<{ code: string }>('POST', p(`/students/${joined.studentId}/seat`), { memberId: 'molotov' });
    expect([taken.status, taken.body.code]).toEqual([409, 'SEAT_TAKEN']);
    const entered = await client.json<{ memberId: string; csrfToken: string }>('POST', p('/enter'), { studentId: joined.studentId, key: joined.key });
    expect(entered.body.memberId).toBe('voroshilov');
    client.csrf = entered.body.csrfToken;
    expect((await client.json<{ user: { memberId: string } }>('GET', '/api/auth/session')).body.user.memberId).toBe('voroshilov');
  });

  it('a student sees his own group only; outsiders see no group at all', async () => {
    const { client, joined } = students.deputy!;
    const mine = await client.json<ClassView>('GET', p(''));
    expect(mine.body.groups.map((g) => g.groupId)).toEqual(['g1']);
    expect(mine.body.code).toBeUndefined();
    const g2 = students.other!.joined.bodyId;
    expect((await client.json('GET', `/api/bodies/${g2}/decisions?pageSize=1`)).status).toBe(404);
    expect((await client.json('GET', `/api/bodies/${joined.bodyId}/decisions?pageSize=1`)).status).toBe(200);
    const anonymous = await new TestClient(srv.url).ready();
    expect((await anonymous.json('GET', `/api/bodies/${joined.bodyId}`)).status).toBe(404);
    expect((await anonymous.json('GET', p(''))).status).toBe(404);
    const list = await anonymous.json<{ bodies: Array<{ id: string }> }>('GET', '/api/bodies');
    expect(list.body.bodies.some((b) => b.id === joined.bodyId)).toBe(false);
    expect((await teacher.json('GET', `/api/bodies/${g2}/decisions?pageSize=1`)).status).toBe(200);
  });

  it('one clock for the class; the deputy telegraphs, the student leader answers "modified", the wording follows; empty seats vote', async () => {
    const view = await teacher.json<ClassView>('GET', p(''));
    expect(view.body.groups.every((g) => g.clock.paused && g.clock.now === '1934-07-30T09:00')).toBe(true);
    expect((await teacher.json('POST', p('/clock'), { action: 'start', speed: 3000 })).status).toBe(200);
    const { client: dep, joined } = students.deputy!;
    const b = (path: string) => `/api/bodies/${joined.bodyId}${path}`;
    expect((await dep.json('POST', b('/items'), { itemId: 'grain-plan', title: 'Grain procurement plan', text: 'Raise the plan by 10%.' })).status).toBe(201);
    const sent = await dep.json('POST', b('/messages'), { kind: 'telegram', toIds: ['stalin'], itemIds: ['grain-plan'], summary: 'Your opinion on the grain plan?' });
    expect(sent.status).toBe(201);
    const lead = students.leader!.client;
    let requestId = '';
    await until(async () => {
      const inbox = await lead.json<{ messages: Array<{ id: string; fromId: string }> }>('GET', b('/messages/inbox'));
      requestId = inbox.body.messages.find((m) => m.fromId === 'kaganovich')?.id ?? '';
      return requestId !== '';
    });
    const answer = await lead.json('POST', b('/messages'), { kind: 'telegram', toIds: ['kaganovich'], inReplyTo: requestId, summary: 'Agree, but 5%.', answers: [{ itemId: 'grain-plan', outcome: 'modified', text: 'Raise the plan by 5%.' }] });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    await until(async () => (await dep.json<{ text?: string }>('GET', b('/items/grain-plan'))).body.text === 'Raise the plan by 5%.');
    // the deputy waited for the answer, then the body decided: an empty seat's vote comes from the model
    expect((await dep.json('PATCH', b('/settings'), { withoutPoll: true })).status).toBe(200);
    expect((await dep.json('POST', b('/items'), { itemId: 'coal', title: 'Coal for the Donbass' })).status).toBe(201);
    expect((await dep.json('POST', b('/items/coal/poll'), { deadline: '1934-08-30T09:00' })).status).toBe(200);
    await until(async () => Object.keys((await dep.json<{ votes?: Record<string, unknown> }>('GET', b('/items/coal'))).body.votes ?? {}).length > 0, 30_000);
    const d = await dep.json('POST', b('/items/grain-plan/without-poll'), { decisionId: 'grain-d' });
    expect(d.status).toBe(201);
    const events = await srv.services.store.read(`body-${joined.bodyId}`);
    expect(events.some((e) => (e.meta.actor ?? '').startsWith('agent:'))).toBe(true);
  }, 60_000);

  it("puts the teacher's events into the log, labelled as the teacher's", async () => {
    for (const kind of ['harvest-fails', 'leader-letter', 'telephone-works']) expect((await teacher.json('POST', p('/events'), { kind })).status).toBe(201);
    const bodyId = students.deputy!.joined.bodyId;
    const events = await srv.services.store.read(`body-${bodyId}`);
    const byTeacher = events.filter((e) => e.meta.actor === 'teacher:ms-ivanova').map((e) => e.event.type);
    expect(byTeacher).toEqual(expect.arrayContaining(['ItemProposed', 'MessageSent', 'MessageDelivered']));
    const settings = await srv.services.store.read(`srv-${bodyId}`);
    expect(settings.at(-1)?.meta.actor).toBe('teacher:ms-ivanova');
  });

  it('the debrief: figures beside the quoted 1934, the archive and the simulated band; the deputy waited once; CSV labels synthetic rows', async () => {
    const d = await teacher.json<{
      quoted: Array<{ key: string; value: number; sourceIds: string[] }>;
      simulated: { runs: number; spreads: Record<string, { mean: number; p5: number; p95: number }> };
      groups: Array<{ groupId: string; figures: Record<string, number>; played: { decisions: number; waiting: { referred: number; waited: number; didNotWait: number } } }>;
    }>('GET', p('/debrief'));
    expect(d.status).toBe(200);
    expect(d.body.quoted.find((q) => q.key === 'decisionsTotal')?.value).toBe(3945);
    expect(d.body.simulated.runs).toBeGreaterThanOrEqual(100);
    const band = d.body.simulated.spreads.decisionsTotal!;
    expect(band.p5).toBeLessThan(band.mean);
    expect(band.mean).toBeLessThan(band.p95);
    const g1 = d.body.groups.find((g) => g.groupId === 'g1')!;
    expect(g1.figures.decisionsTotal).toBeGreaterThan(1000);
    expect(g1.played.decisions).toBe(1);
    expect(g1.played.waiting).toMatchObject({ referred: 1, waited: 1, didNotWait: 0 });
    const mine = await students.deputy!.client.json<{ groups: unknown[] }>('GET', p('/debrief'));
    expect(mine.body.groups).toHaveLength(1);
    const csv = await (await teacher.raw('GET', p('/debrief.csv'))).text();
    const simRows = csv.split('\n').filter((l) => l.includes(',simulated,'));
    expect(simRows.length).toBeGreaterThan(0);
    expect(simRows.every((l) => l.includes(',true,'))).toBe(true);
    const pdf = await teacher.raw('GET', p('/debrief.pdf'));
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 4).toString()).toBe('%PDF');
  });

  it('rewinds: a new run from the copy date, the earlier run kept, the students let back in with their key', async () => {
    const before = students.deputy!.joined.bodyId;
    expect((await teacher.json('POST', p('/clock'), { action: 'rewind' })).status).toBe(200);
    const view = await teacher.json<ClassView>('GET', p(''));
    const g1 = view.body.groups.find((g) => g.groupId === 'g1')!;
    expect(g1.runs).toHaveLength(2);
    expect(g1.bodyId).not.toBe(before);
    expect(g1.clock.now).toBe('1934-07-30T09:00');
    const { client, joined } = students.deputy!;
    const entered = await client.json<{ bodyId: string; csrfToken: string }>('POST', p('/enter'), { studentId: joined.studentId, key: joined.key });
    expect(entered.body.bodyId).toBe(g1.bodyId);
    client.csrf = entered.body.csrfToken;
    expect((await client.json<{ user: { role: string } }>('GET', '/api/auth/session')).body.user.role).toBe('deputy');
    expect((await teacher.json('GET', `/api/bodies/${before}/items/grain-plan`)).status).toBe(200);
    const wrongKey = await client.json('POST', p('/enter'), { studentId: joined.studentId, key: 'nope' });
    expect(wrongKey.status).toBe(403);
  });

  it('deletes the class and all its data in one action: nothing of it remains, and the chain still verifies', async () => {
    const view = await teacher.json<ClassView & { students: Array<{ pseudonym: string }> }>('GET', p(''));
    const bodyIds = view.body.groups.flatMap((g) => (g.runs as Array<{ bodyId: string }>).map((r) => r.bodyId));
    const del = await teacher.json<{ bodies: number }>('DELETE', p(''));
    expect(del.status).toBe(200);
    expect(del.body.bodies).toBe(bodyIds.length);
    const store = srv.services.store;
    const streams = (await store.streams()).map((s) => s.streamId);
    expect(streams.filter((s) => s.includes(classId) || bodyIds.some((b) => s.endsWith(b)))).toEqual([]);
    // no remaining event mentions the class, its name, a pseudonym, or a group body other than the index's delisting
    const all = await store.readAll({ afterPosition: 0, limit: 1_000_000 });
    const texts = all.map((e) => ({ stream: e.streamId, text: JSON.stringify(e.event) }));
    for (const needle of [classId, 'History 9b', 'Sasha', 'Grain procurement plan']) expect(texts.filter((t) => t.text.includes(needle)).map((t) => t.stream)).toEqual([]);
    const mentions = texts.filter((t) => bodyIds.some((b) => t.text.includes(b)));
    expect(new Set(mentions.map((m) => m.stream))).toEqual(new Set(['srv-index']));
    expect((await verifyLog(store)).ok).toBe(true);
    expect((await teacher.json('GET', p(''))).status).toBe(404);
    expect((await students.deputy!.client.json('GET', `/api/bodies/${bodyIds[0]}`)).status).toBe(404);
  });
});
