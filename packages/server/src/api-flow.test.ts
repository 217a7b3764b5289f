import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, makeFixture, ROLE_MEMBERS, START } from './test-support/fixture-body.ts';
import { csvRecords } from './test-support/csv.ts';
import { TestClient } from './test-support/http-client.ts';
import { pdfText } from './test-support/pdf-text.ts';
import { DEMO_PASSWORD, startTestServer } from './test-support/test-server.ts';

type Json = Record<string, unknown> & { [k: string]: never | unknown };
type Srv = Awaited<ReturnType<typeof startTestServer>>;

/** Every route over a real socket, in the order a body's business runs. */
describe('the API over HTTP', () => {
  let srv: Srv;
  let f: Fixture;
  const B = 'flow';
  const p = (path: string) => `/api/bodies/${B}${path}`;

  beforeAll(async () => {
    // the scheduler is held: tests tick it themselves, so a poll closes only when a test says so
    srv = await startTestServer({ schedulerIntervalMs: 3_600_000 });
    f = await makeFixture(srv.url, B);
  });
  afterAll(async () => srv?.stopAndClean());

  it('serves the OpenAPI 3.1 document and the docs page', async () => {
    const doc = await f.as.anonymous.json<{ openapi: string; paths: Record<string, unknown> }>('GET', '/api/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toContain('/api/bodies/{bodyId}/decisions');
    expect(Object.keys(doc.body.paths)).toContain('/api/bodies/{bodyId}/corrections');
    const ui = await f.as.anonymous.raw('GET', '/api/docs');
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
  });

  it('lists bodies and the scenario; the scenario is read-only', async () => {
    const list = await f.as.anonymous.json<{ bodies: Array<{ id: string; readOnly: boolean }> }>('GET', '/api/bodies');
    expect(list.body.bodies.find((b) => b.id === '1934')?.readOnly).toBe(true);
    const sc = await f.as.anonymous.json<{ scenarios: Array<{ id: string; caveat: string }> }>('GET', '/api/scenarios');
    expect(sc.body.scenarios[0]?.id).toBe('1934');
    const demo = await new TestClient(srv.url).login('1934-demo', 'deputy', DEMO_PASSWORD);
    // the scenario itself refuses writes even from a logged-in member of a copy
    const write = await demo.json('POST', '/api/bodies/1934/items', { title: 'x' });
    expect(write.status).toBe(403);
    expect(write.body.code).toBe('SCENARIO_READ_ONLY');
  });

  it('copies the scenario with demo accounts, one per role', async () => {
    const copy = await f.as.anonymous.json<{ body: { id: string; readOnly: boolean; clock: { mode: string } }; demoAccounts: Array<{ role: string; password: string }> }>(
      'POST',
      '/api/bodies/1934/copy',
      { id: 'copy-a' },
    );
    expect(copy.status).toBe(201);
    expect(copy.body.body.readOnly).toBe(false);
    expect(copy.body.body.clock.mode).toBe('replay');
    expect(copy.body.demoAccounts.map((a) => a.role).sort()).toEqual(['candidate', 'deputy', 'leader', 'member', 'observer', 'secretariat']);
    // any other body carries its special folder into the copy: steering roles only, as for a backup
    expect((await f.as.anonymous.json('POST', p('/copy'), { id: 'copy-anon' })).status).toBe(401);
    expect((await f.as.member.json('POST', p('/copy'), { id: 'copy-member' })).status).toBe(403);
    const leader = await new TestClient(srv.url).login('copy-a', 'leader', DEMO_PASSWORD);
    const me = await leader.json<{ user: { role: string } }>('GET', '/api/auth/session');
    expect(me.body.user.role).toBe('leader');
  });

  it('reads the body, members, absences, clock and accounts', async () => {
    expect((await f.as.observer.json('GET', p(''))).body.me).toMatchObject({ role: 'observer' });
    const members = await f.as.anonymous.json<{ members: unknown[] }>('GET', p('/members'));
    expect(members.body.members.length).toBe(8);
    expect((await f.as.anonymous.json<{ now: string }>('GET', p('/clock'))).body.now).toBe(START);
    const acc = await f.as.secretariat.json<{ accounts: unknown[] }>('GET', p('/accounts'));
    expect(acc.body.accounts.length).toBe(7);
    const abs = await f.as.deputy.json('POST', p('/absences'), { absenceId: 'south', memberId: ROLE_MEMBERS.leader, from: '1934-08-01', to: '1934-10-31', location: 'Sochi' });
    expect(abs.status).toBe(201);
    expect((await f.as.anonymous.json<{ absences: unknown[] }>('GET', p('/absences'))).body.absences).toHaveLength(1);
  });

  it('admits, changes the role of and retires a member', async () => {
    expect((await f.as.secretariat.json('POST', p('/members'), { memberId: 'temp', name: 'T. Emp', role: 'member', from: '1934-01-01' })).status).toBe(201);
    const changed = await f.as.secretariat.json<{ role: string }>('POST', p('/members/temp/role'), { role: 'candidate', from: '1934-09-01' });
    expect(changed.status).toBe(200);
    const retired = await f.as.secretariat.json<{ retiredOn: string }>('POST', p('/members/temp/retire'), { on: '1934-09-01' });
    expect(retired.body.retiredOn).toBe('1934-09-01');
  });

  it('runs a poll: votes, an opinion, hidden-or-not results, closing, registration', async () => {
    const item = await f.as.member.json<{ id: string; status: string }>('POST', p('/items'), { itemId: 'grain', title: 'Grain procurement plan', text: 'for Ukraine' });
    expect(item.status).toBe(201);
    expect((await f.as.deputy.json('POST', p('/items/grain/poll'), { deadline: '1934-09-02T10:00' })).status).toBe(200);
    for (const role of ['deputy', 'member'] as const) expect((await f.as[role].json('POST', p('/items/grain/votes'), { vote: 'for' })).status).toBe(201);
    expect((await f.as.candidate.json('POST', p('/items/grain/opinions'), { vote: 'against' })).status).toBe(201);
    const cand = await f.as.candidate.json('POST', p('/items/grain/votes'), { vote: 'for' });
    expect(cand.status).toBe(403);
    expect(cand.body.code).toBe('CANDIDATE_CANNOT_VOTE');
    // the secretariat records an absent-free member's vote on his behalf
    expect((await f.as.secretariat.json('POST', p('/items/grain/votes'), { vote: 'for', memberId: 'voroshilov' })).status).toBe(201);
    const early = await f.as.deputy.json('POST', p('/items/grain/close'), {});
    expect(early.status).toBe(409);
    await f.as.secretariat.json('POST', p('/clock/step'), { minutes: 24 * 60 });
    const closed = await f.as.deputy.json<{ status: string; result: { for: number; against: number; participants: number } }>('POST', p('/items/grain/close'), {});
    // the scheduler is held, so this request is the one that closes the poll
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('adopted');
    expect(closed.body.result).toMatchObject({ for: 3, against: 0, participants: 3 });
    const item2 = await f.as.anonymous.json<{ status: string }>('GET', p('/items/grain'));
    expect(item2.body.status).toBe('adopted');
    const reg = await f.as.secretariat.json<{ protocolNo: number; itemNo: number; url: string }>('POST', p('/items/grain/register'), { decisionId: 'd-grain' });
    expect(reg.status).toBe(201);
    expect(reg.body.itemNo).toBe(1);
    expect(reg.body.url).toBe(`/b/${B}/protocol/${reg.body.protocolNo}/item/1`);
    expect((await f.as.anonymous.json<{ items: unknown[] }>('GET', p('/items?status=registered'))).body.items).toHaveLength(1);
  });

  it('runs a meeting: schedule, agenda, open with chair, vote, close', async () => {
    const m = await f.as.deputy.json('POST', p('/meetings'), { meetingId: 'm1', date: '1934-09-02' });
    expect(m.status).toBe(201);
    await f.as.deputy.json('POST', p('/items'), { itemId: 'coal', title: 'Coal for the Donbass', restricted: true });
    expect((await f.as.deputy.json('POST', p('/meetings/m1/agenda'), { itemId: 'coal' })).status).toBe(200);
    const open = await f.as.deputy.json<{ status: string; chairId: string }>('POST', p('/meetings/m1/open'), { chairId: 'kaganovich', attendees: ['kaganovich', 'molotov', 'voroshilov'] });
    expect(open.body).toMatchObject({ status: 'open', chairId: 'kaganovich' });
    for (const role of ['deputy', 'member'] as const) await f.as[role].json('POST', p('/items/coal/votes'), { vote: 'for' });
    await f.as.secretariat.json('POST', p('/items/coal/votes'), { vote: 'for', memberId: 'voroshilov' });
    expect((await f.as.deputy.json('POST', p('/items/coal/close'), {})).status).toBe(200);
    expect((await f.as.secretariat.json('POST', p('/items/coal/register'), { decisionId: 'd-coal' })).status).toBe(201);
    expect((await f.as.deputy.json<{ status: string }>('POST', p('/meetings/m1/close'), {})).body.status).toBe('closed');
    expect((await f.as.anonymous.json<{ meetings: Array<{ agenda: string[] }> }>('GET', p('/meetings'))).body.meetings[0]?.agenda).toEqual([]);
    expect((await f.as.member.json<{ agenda: string[] }>('GET', p('/meetings/m1'))).body.agenda).toEqual(['coal']);
  });

  it('serves the register with search, filters, paging, citable links, extracts and exports', async () => {
    const all = await f.as.member.json<{ items: Array<{ id: string }>; total: number }>('GET', p('/decisions'));
    expect(all.body.total).toBe(2);
    const obs = await f.as.observer.json<{ items: Array<{ id: string }>; total: number }>('GET', p('/decisions'));
    expect(obs.body.items.map((d) => d.id)).toEqual(['d-grain']);
    const paged = await f.as.member.json<{ items: unknown[]; total: number }>('GET', p('/decisions?pageSize=1&page=2'));
    expect(paged.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(paged.body.items).toHaveLength(1);
    const q = await f.as.member.json<{ total: number }>('GET', p(`/decisions?q=${encodeURIComponent('Донбасс')}`));
    expect(q.body.total).toBe(1);
    expect((await f.as.member.json<{ total: number }>('GET', p('/decisions?mode=meeting&restricted=true'))).body.total).toBe(1);
    const ext = await f.as.secretariat.json<{ extracts: Array<{ recipients: string[] }> }>('POST', p('/decisions/d-grain/extracts'), { recipients: ['NKZem', 'Gosplan'] });
    expect(ext.body.extracts[0]?.recipients).toEqual(['NKZem', 'Gosplan']);
    const one = await f.as.anonymous.json<{ id: string; protocolNo: number }>('GET', p('/decisions/d-grain'));
    expect(one.body.id).toBe('d-grain');
    expect((await f.as.anonymous.json('GET', p('/decisions/d-coal'))).status).toBe(404);
    const redirect = await f.as.anonymous.raw('GET', `/b/${B}/protocol/${one.body.protocolNo}/item/1`);
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe(p('/decisions/d-grain'));
    const byNo = await f.as.anonymous.json<{ id: string }>('GET', p(`/protocols/${one.body.protocolNo}/items/1`));
    expect(byNo.body.id).toBe('d-grain');
    const protocols = await f.as.observer.json<{ protocols: Array<{ no: number; items: number; hidden: number }> }>('GET', p('/protocols'));
    expect(protocols.body.protocols[0]).toMatchObject({ items: 1, hidden: 1 });
    const proto = await f.as.observer.json<{ decisions: unknown[]; hidden: number }>('GET', p(`/protocols/${one.body.protocolNo}`));
    expect(proto.body.hidden).toBe(1);
    const csvObs = await (await f.as.observer.raw('GET', p(`/protocols/${one.body.protocolNo}/export.csv`))).text();
    const csvMem = await (await f.as.member.raw('GET', p(`/protocols/${one.body.protocolNo}/export.csv`))).text();
    expect(csvObs).not.toContain('Coal');
    expect(csvMem).toContain('Coal for the Donbass');
    expect(csvMem).toContain('NKZem; Gosplan');
    const pdf = await f.as.member.raw('GET', p(`/protocols/${one.body.protocolNo}/export.pdf`));
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const pdfObs = new Uint8Array(await (await f.as.observer.raw('GET', p(`/protocols/${one.body.protocolNo}/export.pdf`))).arrayBuffer());
    expect(pdfObs.length).toBeLessThan(bytes.length);
    expect(await pdfText(pdfObs)).not.toContain('Coal');
    expect(obs.body).toMatchObject({ total: 1, hidden: 1 });
    expect(all.body).toMatchObject({ hidden: 0 });
  });

  it('lays the protocol PDF out as Heard / Resolved with numbers, date, mode and extracts', async () => {
    const one = await f.as.member.json<{ protocolNo: number; itemNo: number; date: string }>('GET', p('/decisions/d-grain'));
    const text = await pdfText(new Uint8Array(await (await f.as.member.raw('GET', p(`/protocols/${one.body.protocolNo}/export.pdf`))).arrayBuffer()));
    const lines = text.split('\n');
    const at = (s: string) => lines.findIndex((l) => l.startsWith(s));
    // Heard: the question and who raised it; Resolved: the decision's wording (title and item text), not a copy of the heading
    const heard = at('Heard:');
    expect(heard).toBeGreaterThan(-1);
    expect(lines[heard]).toBe('Heard: Grain procurement plan (raised by V. M. Molotov).');
    const resolved = at('Resolved:');
    expect(resolved).toBeGreaterThan(heard);
    expect(lines[resolved]).toBe('Resolved: Grain procurement plan — for Ukraine');
    expect(text).toContain(`Protocol No. ${one.body.protocolNo}, item 1`);
    expect(text).toContain(new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${one.body.date}T00:00:00Z`)));
    expect(text).toContain('by poll (written vote)');
    expect(text).toContain('Extracts sent to: NKZem, Gosplan');
    // the meeting decision sits in the special-folder annex with its mode
    expect(text).toContain('SPECIAL FOLDER');
    expect(text).toMatch(/at the sitting of \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(text).not.toContain('meeting m1');
    // app-made rows are neither synthetic nor sourced
    expect(text).not.toContain('Synthetic row');
    expect(text).not.toContain('Source:');
    const csv = csvRecords(await (await f.as.member.raw('GET', p(`/protocols/${one.body.protocolNo}/export.csv`))).text());
    expect(csv.find((r) => r.id === 'd-grain')).toMatchObject({ synthetic: 'false', source_id: '' });
  });

  it('labels archival rows in the exports: source id, and "synthetic" for made-up rows', async () => {
    const s = (path: string) => `/api/bodies/1934${path}`;
    // protocol 1 of 1934 is filled with synthetic rows; protocol 30 has a sourced one
    const csv1 = csvRecords(await (await f.as.anonymous.raw('GET', s('/protocols/1/export.csv'))).text());
    const syn = csv1.find((r) => r.id === 'syn-d-0001');
    expect(syn).toMatchObject({ synthetic: 'true', restricted: 'false' });
    expect(csv1.every((r) => r.restricted === 'false')).toBe(true);
    const csv30 = csvRecords(await (await f.as.anonymous.raw('GET', s('/protocols/30/export.csv'))).text());
    expect(csv30.find((r) => r.id === 'f17-op3-d951-l28')).toMatchObject({ synthetic: 'false', source_id: 'ru-ed-notes-pp461-466' });
    const pdf1 = await pdfText(new Uint8Array(await (await f.as.anonymous.raw('GET', s('/protocols/1/export.pdf'))).arrayBuffer()));
    expect(pdf1).toContain('Synthetic row: made up to fill a gap in the record, not from an archival source.');
    const pdf30 = await pdfText(new Uint8Array(await (await f.as.anonymous.raw('GET', s('/protocols/30/export.pdf'))).arrayBuffer()));
    expect(pdf30.replace(/\n/g, ' ')).toMatch(/Source: .+\[ru-ed-notes-pp461-466\]/);
  });

  it('corrects a transcription in an archival row (secretariat only), validated', async () => {
    const d = (path: string) => `/api/bodies/1934-demo${path}`;
    const sec = await new TestClient(srv.url).login('1934-demo', 'secretariat', DEMO_PASSWORD);
    const member = await new TestClient(srv.url).login('1934-demo', 'member', DEMO_PASSWORD);
    // The demo copy holds 1934 as of 30 July: a decision of May is in it.
    const fix = { table: 'decisions', id: 'pb-1934-05-04-tiflis-institute', field: 'title', to: 'The Transcaucasian institute (corrected reading)', reason: 'Misread in transcription' };
    const before = await f.as.anonymous.json<{ title: string }>('GET', d(`/decisions/${fix.id}`));
    expect(before.status).toBe(200);
    expect((await f.as.anonymous.json('POST', d('/corrections'), fix)).status).toBe(401);
    const refused = await member.json<{ code: string }>('POST', d('/corrections'), fix);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('NOT_ALLOWED');
    const ok = await sec.json<{ target: unknown; field: string; from: string; to: string; reason: string }>('POST', d('/corrections'), fix);
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ target: { table: 'decisions', id: fix.id }, field: 'title', from: before.body.title, to: fix.to, reason: fix.reason });
    expect((await f.as.anonymous.json<{ title: string }>('GET', d(`/decisions/${fix.id}`))).body.title).toBe(fix.to);
    // zod at the edge: unknown table, empty reason, missing field → 400 naming the fields
    const bad = await sec.json<{ code: string; errors: Array<{ field: string }> }>('POST', d('/corrections'), { table: 'items', id: 'x', to: 'y', reason: ' ' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.field).sort()).toEqual(['field', 'reason', 'table']);
    // the core's rules: a field that may not be corrected, an unknown row, a decision made in the app
    const field = await sec.json<{ code: string }>('POST', d('/corrections'), { ...fix, field: 'restricted', to: 'false' });
    expect([field.status, field.body.code]).toEqual([422, 'BAD_FIELD']);
    const unknown = await sec.json<{ code: string }>('POST', d('/corrections'), { ...fix, id: 'no-such-decision' });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'UNKNOWN_ROW']);
    const live = await f.as.secretariat.json<{ code: string }>('POST', p('/corrections'), { ...fix, id: 'd-grain' });
    expect([live.status, live.body.code]).toEqual([409, 'NOT_HISTORICAL']);
    // the read-only scenario itself is never written to
    const ro = await sec.json<{ code: string }>('POST', '/api/bodies/1934/corrections', fix);
    expect(ro.status).toBe(403);
  });

  it('carries a telegram to the absent leader, his answer back, and records an intervention', async () => {
    await f.as.member.json('POST', p('/items'), { itemId: 'metro', title: 'Moscow metro budget' });
    const sent = await f.as.deputy.json<{ id: string; dueAt: string; receivedAt?: string }>('POST', p('/messages'), {
      messageId: 'tg1',
      kind: 'telegram',
      toIds: ['stalin'],
      itemIds: ['metro'],
      summary: 'Please agree the metro budget',
    });
    expect(sent.status).toBe(201);
    expect(sent.body.dueAt > START).toBe(true);
    expect((await f.as.leader.json<{ messages: unknown[] }>('GET', p('/messages/inbox'))).body.messages).toHaveLength(0);
    expect((await f.as.deputy.json<{ messages: unknown[] }>('GET', p('/messages/outbox'))).body.messages).toHaveLength(1);
    expect((await f.as.leader.json('GET', p('/messages/tg1'))).status).toBe(404);
    expect((await f.as.leader.json('POST', p('/messages/tg1/read'), {})).status).toBe(409);
    await f.as.secretariat.json('POST', p('/clock/step'), { minutes: 20 * 60 });
    await srv.scheduler.tick();
    const inbox = await f.as.leader.json<{ messages: Array<{ id: string; receivedAt: string }> }>('GET', p('/messages/inbox'));
    expect(inbox.body.messages.map((m) => m.id)).toEqual(['tg1']);
    expect(inbox.body.messages[0]?.receivedAt).toBe(sent.body.dueAt);
    expect((await f.as.leader.json<{ readBy: string[] }>('POST', p('/messages/tg1/read'), {})).body.readBy).toEqual(['stalin']);
    const reply = await f.as.leader.json('POST', p('/messages'), {
      messageId: 'tg2',
      kind: 'telegram',
      toIds: ['kaganovich'],
      inReplyTo: 'tg1',
      summary: 'Agree',
      answers: [{ itemId: 'metro', outcome: 'confirmed' }],
    });
    expect(reply.status).toBe(201);
    await f.as.secretariat.json('POST', p('/clock/step'), { minutes: 20 * 60 });
    await srv.scheduler.tick();
    const ivs = await f.as.anonymous.json<{ interventions: Array<{ memberId: string; outcome: string }> }>('GET', p('/interventions'));
    expect(ivs.body.interventions).toEqual([expect.objectContaining({ memberId: 'stalin', outcome: 'confirmed' })]);
    const all = await f.as.secretariat.json<{ messages: unknown[] }>('GET', p('/messages'));
    expect(all.body.messages).toHaveLength(2);
    const coded = await f.as.secretariat.json('POST', p('/interventions'), { decisionId: 'd-grain', memberId: 'stalin', origin: 'initiative', outcome: 'modified' });
    expect(coded.status).toBe(201);
  });

  it('computes the report and drills down, saying how many rows it hides', async () => {
    const rep = await f.as.observer.json<{ decisionsTotal: number }>('GET', p('/report'));
    expect(rep.status).toBe(200);
    expect(rep.body.decisionsTotal).toBe(2);
    const exObs = await f.as.observer.json<{ rows: unknown[]; hidden: number }>('GET', p('/report?explain=decisionsTotal'));
    const exMem = await f.as.member.json<{ rows: unknown[]; hidden: number }>('GET', p('/report?explain=decisionsTotal'));
    expect(exMem.body).toMatchObject({ hidden: 0 });
    expect(exMem.body.rows).toHaveLength(2);
    expect(exObs.body).toMatchObject({ hidden: 1 });
    expect(exObs.body.rows).toHaveLength(1);
    expect((await f.as.member.json('GET', p('/report?explain=nonsense'))).status).toBe(400);
  });

  it('keeps the report and the register search current as decisions are registered', async () => {
    await f.as.member.json('POST', p('/items'), { itemId: 'extra', title: 'Tractor stations' });
    const clock = await f.as.anonymous.json<{ now: string }>('GET', p('/clock'));
    const deadline = `${clock.body.now.slice(0, 10)}T23:59`;
    await f.as.deputy.json('POST', p('/items/extra/poll'), { deadline });
    for (const role of ['deputy', 'member'] as const) await f.as[role].json('POST', p('/items/extra/votes'), { vote: 'for' });
    await f.as.secretariat.json('POST', p('/items/extra/votes'), { vote: 'for', memberId: 'voroshilov' });
    await f.as.secretariat.json('POST', p('/clock/step'), { minutes: 24 * 60 });
    await srv.scheduler.tick();
    expect((await f.as.secretariat.json('POST', p('/items/extra/register'), { decisionId: 'd-extra' })).status).toBe(201);
    expect((await f.as.observer.json<{ decisionsTotal: number }>('GET', p('/report'))).body.decisionsTotal).toBe(3);
    expect((await f.as.observer.json<{ total: number }>('GET', p('/decisions?q=tractor'))).body.total).toBe(1);
  });

  it('prints a wording modified by the absent leader as what was resolved, and says who asked for it', async () => {
    await f.as.member.json('POST', p('/items'), { itemId: 'steel', title: 'Steel quota', text: 'for Magnitogorsk' });
    await f.as.deputy.json('POST', p('/messages'), { messageId: 'tg-steel', kind: 'telegram', toIds: ['stalin'], itemIds: ['steel'], summary: 'Steel quota?' });
    await f.as.secretariat.json('POST', p('/clock/step'), { minutes: 20 * 60 });
    await srv.scheduler.tick();
    const reply = await f.as.leader.json('POST', p('/messages'), {
      messageId: 'tg-steel-r',
      kind: 'telegram',
      toIds: ['kaganovich'],
      inReplyTo: 'tg-steel',
      summary: 'Agree, with Kuznetsk',
      answers: [{ itemId: 'steel', outcome: 'modified', text: 'for Magnitogorsk and Kuznetsk' }],
    });
    expect(reply.status).toBe(201);
    await f.as.secretariat.json('POST', p('/clock/step'), { minutes: 20 * 60 });
    await srv.scheduler.tick();
    expect((await f.as.member.json<{ text: string }>('GET', p('/items/steel'))).body.text).toBe('for Magnitogorsk and Kuznetsk');
    const now = (await f.as.anonymous.json<{ now: string }>('GET', p('/clock'))).body.now;
    expect((await f.as.deputy.json('POST', p('/items/steel/poll'), { deadline: `${now.slice(0, 10)}T23:59` })).status).toBe(200);
    for (const role of ['deputy', 'member'] as const) expect((await f.as[role].json('POST', p('/items/steel/votes'), { vote: 'for' })).status).toBe(201);
    expect((await f.as.secretariat.json('POST', p('/items/steel/votes'), { vote: 'for', memberId: 'voroshilov' })).status).toBe(201);
    await f.as.secretariat.json('POST', p('/clock/step'), { minutes: 24 * 60 });
    expect((await f.as.deputy.json('POST', p('/items/steel/close'), {})).status).toBe(200);
    const reg = await f.as.secretariat.json<{ protocolNo: number; itemNo: number }>('POST', p('/items/steel/register'), { decisionId: 'd-steel' });
    expect(reg.status).toBe(201);
    const lines = (await pdfText(new Uint8Array(await (await f.as.member.raw('GET', p(`/protocols/${reg.body.protocolNo}/export.pdf`))).arrayBuffer()))).split('\n');
    const heard = lines.findIndex((l) => l.startsWith('Heard: Steel quota'));
    expect(lines[heard]).toBe('Heard: Steel quota (raised by V. M. Molotov).');
    expect(lines[heard + 1]).toBe('Resolved: Steel quota — for Magnitogorsk and Kuznetsk');
    // a member does not read the leader's mail to the deputy: who asked is named, the message is not (and never by its id)
    expect(lines[heard + 2]).toBe('Wording modified at the request of I. V. Stalin.');
    const steering = await (await f.as.secretariat.raw('GET', p(`/protocols/${reg.body.protocolNo}/export.pdf`))).arrayBuffer();
    expect((await pdfText(new Uint8Array(steering))).replace(/\n/g, ' ')).toMatch(/Wording modified at the request of I\. V\. Stalin \(telegram [^)]*№? ?\S* of \d{1,2} [A-Z][a-z]+ 1934\)\./);
    expect(await pdfText(new Uint8Array(steering))).not.toContain('tg-steel-r');
  });

  it('runs a simulation with progress and a result beside the published figures', async () => {
    expect((await f.as.anonymous.json('POST', '/api/simulations', { runs: 1 })).status).toBe(401);
    const started = await f.as.member.json<{ id: string; status: string; progress: { total: number } }>('POST', '/api/simulations', { preset: '1934', runs: 2, seed: 7 });
    expect(started.status).toBe(202);
    expect(started.body.progress.total).toBe(2);
    type Job = { status: string; progress: { done: number }; result?: { spreads: { decisionsTotal: { mean: number; n: number } }; published: { decisionsTotal: number } } };
    let job: Job = { status: 'running', progress: { done: 0 } };
    for (let i = 0; i < 600 && job.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await f.as.anonymous.json<Job>('GET', `/api/simulations/${started.body.id}`)).body;
    }
    expect(job.status).toBe('done');
    expect(job.progress.done).toBe(2);
    expect(job.result?.spreads.decisionsTotal.n).toBe(2);
    expect(job.result?.spreads.decisionsTotal.mean).toBeGreaterThan(1000);
    expect(job.result?.published.decisionsTotal).toBe(3945);
    expect((await f.as.anonymous.json('GET', '/api/simulations/sim-none')).status).toBe(404);
  }, 90_000);

  it('changes settings and replays the clock: pause, resume, real', async () => {
    const s = await f.as.secretariat.json<{ settings: { hideResultsUntilClosed: boolean; latencies: { telegram: number } } }>('PATCH', p('/settings'), { hideResultsUntilClosed: true, latencies: { telegram: 600 } });
    expect(s.body.settings).toMatchObject({ hideResultsUntilClosed: true, latencies: { telegram: 600 } });
    expect((await f.as.secretariat.json<{ paused: boolean }>('POST', p('/clock/resume'), {})).body.paused).toBe(false);
    expect((await f.as.secretariat.json<{ paused: boolean }>('POST', p('/clock/pause'), {})).body.paused).toBe(true);
  });

  it('backs up a body and restores it as a new one, accounts included', async () => {
    const backup = await f.as.secretariat.json<Json>('GET', p('/backup'));
    expect(backup.body.format).toBe('politburo-backup/2');
    // anonymous: refused (a backup brings accounts and a whole history)
    const anon = await f.as.anonymous.json<{ code: string }>('POST', '/api/bodies/restore', { id: 'flow-anon', backup: backup.body });
    expect([anon.status, anon.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect((await f.as.anonymous.json('GET', '/api/bodies/flow-anon')).status).toBe(404);
    // a session in any body will do: here an observer of the demo copy
    const other = await new TestClient(srv.url).login('1934-demo', 'observer', DEMO_PASSWORD);
    const restored = await other.json<{ id: string; counts: { decisions: number } }>('POST', '/api/bodies/restore', { id: 'flow-restored', backup: backup.body });
    expect(restored.status).toBe(201);
    expect(restored.body.counts.decisions).toBe(4); // grain, coal, extra, steel
    await new TestClient(srv.url).login('flow-restored', 'deputy', 'password-deputy');
  });

  it('creates a new body with its founder logged in, and logs out', async () => {
    const c = await new TestClient(srv.url).ready();
    const r = await c.json<{ user: { role: string } }>('POST', '/api/bodies', {
      id: 'fresh',
      name: 'A new body',
      founder: { memberId: 'chair', name: 'The Chair', role: 'leader', username: 'chair', password: 'long-enough' },
    });
    expect(r.status).toBe(201);
    expect(r.body.user.role).toBe('leader');
    expect((await c.json('POST', '/api/auth/logout', {})).status).toBe(204);
    expect((await c.json<{ user: null }>('GET', '/api/auth/session')).body.user).toBeNull();
  });

  it('answers bad input with 400/422 naming the field, and unknown routes with 404 problem+json', async () => {
    const bad = await f.as.deputy.json<{ status: number; errors: Array<{ field: string }> }>('POST', p('/items/grain/poll'), { deadline: 'tomorrow' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]?.field).toBe('deadline');
    const missing = await f.as.deputy.json<{ errors: Array<{ field: string }> }>('POST', p('/messages'), { kind: 'pigeon', toIds: [], summary: '' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e) => e.field).sort()).toEqual(['kind', 'summary', 'toIds']);
    await f.as.member.json('POST', p('/items'), { itemId: 'late', title: 'Late' });
    const past = await f.as.deputy.json<{ code: string; errors: Array<{ field: string }> }>('POST', p('/items/late/poll'), { deadline: '1900-01-01T00:00' });
    expect(past.status).toBe(422);
    expect(past.body.errors[0]?.field).toBe('deadline');
    const nf = await f.as.anonymous.raw('GET', '/api/nowhere');
    expect(nf.status).toBe(404);
    expect(nf.headers.get('content-type')).toContain('application/problem+json');
    const body = (await nf.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['code', 'detail', 'errors', 'status', 'title', 'type']);
  });

  it('refuses writes without the CSRF header, and rate-limits login', async () => {
    const c = new TestClient(srv.url);
    const noCsrf = await c.json<{ code: string }>('POST', '/api/auth/login', { bodyId: B, username: 'member', password: 'x' });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.code).toBe('CSRF');
    await c.ready();
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) codes.push((await c.json('POST', '/api/auth/login', { bodyId: B, username: 'member', password: 'wrong' })).status);
    expect(codes.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(codes.slice(10)).toEqual([429, 429]);
  });
});
