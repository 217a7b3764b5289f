import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRecords } from './test-support/csv.ts';
import { type Fixture, makeFixture } from './test-support/fixture-body.ts';
import { pdfText } from './test-support/pdf-text.ts';
import { startTestServer } from './test-support/test-server.ts';

type Srv = Awaited<ReturnType<typeof startTestServer>>;

interface Lineage {
  label: string;
  original: string;
  current: string;
  currentFrom?: { id: string; label: string };
  amends?: { id: string; label: string };
  amendedBy: Array<{ id: string; label: string }>;
  revokedBy?: { id: string; label: string };
  inForce: boolean;
}
interface DecisionJson {
  id: string;
  protocolNo: number;
  itemNo: number;
  title: string;
  lineage: Lineage;
}
interface Work {
  item: { id: string; title: string; text?: string; initiatorId: string; amendsId?: string; revokesId?: string; answerMessageId: string; status: string };
  kind: string;
  decision: { id: string; label: string };
  message?: { id: string; fromName: string };
  answer?: { outcome: string; text?: string };
}

/**
 * The leader's answer on a decision already registered, over real HTTP: the body adopts
 * and registers a decision, the deputy telegraphs the leader, the leader answers; once
 * his answer is delivered the body has an amending (or revoking) item with his words,
 * the deputy's desk lists it with the reply beside it, and registering it sets the lineage.
 */
describe("the leader's answer on a registered decision, over HTTP", () => {
  let srv: Srv;
  let f: Fixture;
  const B = 'answers';
  const p = (path: string) => `/api/bodies/${B}${path}`;
  const ok = async <T,>(r: Promise<{ status: number; body: T }>, status = 200): Promise<T> => {
    const res = await r;
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body;
  };
  const now = async () => (await f.as.anonymous.json<{ now: string }>('GET', p('/clock'))).body.now;
  const step = async (minutes: number) => {
    await f.as.secretariat.json('POST', p('/clock/step'), { minutes });
    await srv.scheduler.tick();
  };
  /** Proposed, polled, voted by the three full members, closed and registered. */
  const adoptAndRegister = async (itemId: string, title: string, decisionId: string): Promise<DecisionJson> => {
    await ok(f.as.member.json('POST', p('/items'), { itemId, title }), 201);
    await ok(f.as.deputy.json('POST', p(`/items/${itemId}/poll`), { deadline: `${(await now()).slice(0, 10)}T23:59` }));
    for (const role of ['deputy', 'member'] as const) await ok(f.as[role].json('POST', p(`/items/${itemId}/votes`), { vote: 'for' }), 201);
    await ok(f.as.secretariat.json('POST', p(`/items/${itemId}/votes`), { vote: 'for', memberId: 'voroshilov' }), 201);
    await step(24 * 60);
    const item = await ok(f.as.anonymous.json<{ status: string }>('GET', p(`/items/${itemId}`)));
    if (item.status !== 'adopted') await ok(f.as.deputy.json('POST', p(`/items/${itemId}/close`), {}));
    return ok(f.as.secretariat.json<DecisionJson>('POST', p(`/items/${itemId}/register`), { decisionId }), 201);
  };
  /** The deputy telegraphs the leader about a decision; it is delivered; the leader answers; the answer is delivered. */
  const telegraphAndAnswer = async (decisionId: string, itemId: string, answer: { outcome: string; text?: string }, tag: string) => {
    await ok(f.as.deputy.json('POST', p('/messages'), { messageId: `ask-${tag}`, kind: 'telegram', toIds: ['stalin'], decisionIds: [decisionId], summary: 'We decided; your view?' }), 201);
    await step(20 * 60);
    await ok(f.as.leader.json('POST', p('/messages'), { messageId: `reply-${tag}`, kind: 'telegram', toIds: ['kaganovich'], inReplyTo: `ask-${tag}`, summary: 'My view', answers: [{ itemId, ...answer }] }), 201);
    // Not delivered yet: nothing has happened to the decision.
    expect((await ok(f.as.deputy.json<{ items: Work[] }>('GET', p('/desk/answers')))).items.filter((w) => w.decision.id === decisionId)).toEqual([]);
    await step(20 * 60);
  };

  beforeAll(async () => {
    srv = await startTestServer({ schedulerIntervalMs: 3_600_000 });
    f = await makeFixture(srv.url, B);
    await ok(f.as.deputy.json('POST', p('/absences'), { absenceId: 'south', memberId: 'stalin', from: '1934-08-01', to: '1934-10-31', location: 'Sochi' }), 201);
  });
  afterAll(async () => srv?.stopAndClean());

  it('"modified": after delivery an amending item with his wording exists; registering it reads "amended by" in the register, protocol, CSV and PDF', async () => {
    const d1 = await adoptAndRegister('grain', 'Grain procurement plan', 'd-grain');
    const label1 = `${d1.protocolNo}/${d1.itemNo}`;
    await telegraphAndAnswer('d-grain', 'grain', { outcome: 'modified', text: 'procure 10% less in the Volga region' }, 'grain');

    const work = (await ok(f.as.deputy.json<{ items: Work[] }>('GET', p('/desk/answers')))).items;
    expect(work).toHaveLength(1);
    const w = work[0]!;
    expect(w).toMatchObject({
      kind: 'amend',
      decision: { id: 'd-grain', label: label1 },
      item: { title: `Amendment of ${label1}: Grain procurement plan`, text: 'procure 10% less in the Volga region', initiatorId: 'stalin', amendsId: 'd-grain', answerMessageId: 'reply-grain', status: 'proposed' },
      message: { id: 'reply-grain', fromName: 'I. V. Stalin' },
      answer: { outcome: 'modified', text: 'procure 10% less in the Volga region' },
    });
    // An observer sees the work, not the mail it came in.
    const seen = (await ok(f.as.observer.json<{ items: Work[] }>('GET', p('/desk/answers')))).items;
    expect(seen.map((x) => x.item.id)).toEqual([w.item.id]);
    expect(seen[0]).not.toHaveProperty('message');
    // Until the amendment is registered the decision stands as it was.
    expect((await ok(f.as.member.json<DecisionJson>('GET', p('/decisions/d-grain')))).lineage).toMatchObject({ amendedBy: [], current: 'Grain procurement plan', inForce: true });

    const d2 = await (async () => {
      const id = w.item.id;
      await ok(f.as.deputy.json('POST', p(`/items/${id}/poll`), { deadline: `${(await now()).slice(0, 10)}T23:59` }));
      for (const role of ['deputy', 'member'] as const) await ok(f.as[role].json('POST', p(`/items/${id}/votes`), { vote: 'for' }), 201);
      await ok(f.as.secretariat.json('POST', p(`/items/${id}/votes`), { vote: 'for', memberId: 'voroshilov' }), 201);
      await step(24 * 60);
      const item = await ok(f.as.anonymous.json<{ status: string }>('GET', p(`/items/${id}`)));
      if (item.status !== 'adopted') await ok(f.as.deputy.json('POST', p(`/items/${id}/close`), {}));
      return ok(f.as.secretariat.json<DecisionJson>('POST', p(`/items/${id}/register`), { decisionId: 'd-grain-2' }), 201);
    })();
    const label2 = `${d2.protocolNo}/${d2.itemNo}`;
    expect(d2.lineage).toMatchObject({ amends: { id: 'd-grain', label: label1 } });
    expect((await ok(f.as.deputy.json<{ items: Work[] }>('GET', p('/desk/answers')))).items).toEqual([]);

    const d1Now = await ok(f.as.member.json<DecisionJson>('GET', p('/decisions/d-grain')));
    expect(d1Now.lineage).toMatchObject({
      amendedBy: [{ id: 'd-grain-2', label: label2 }],
      original: 'Grain procurement plan',
      current: 'procure 10% less in the Volga region',
      currentFrom: { id: 'd-grain-2', label: label2 },
      inForce: true,
    });
    const register = await ok(f.as.member.json<{ items: DecisionJson[] }>('GET', p('/decisions?pageSize=50')));
    expect(register.items.find((d) => d.id === 'd-grain')?.lineage.amendedBy).toEqual([{ id: 'd-grain-2', label: label2 }]);
    const protocol = await ok(f.as.member.json<{ decisions: DecisionJson[] }>('GET', p(`/protocols/${d1.protocolNo}`)));
    expect(protocol.decisions.find((d) => d.id === 'd-grain')?.lineage.current).toBe('procure 10% less in the Volga region');

    const drill = await ok(f.as.member.json<{ rows: Array<{ values: { id: string }; current?: unknown }> }>('GET', p('/report?explain=decisionsTotal')));
    expect(drill.rows.find((r) => r.values.id === 'd-grain')?.current).toEqual({ wording: 'procure 10% less in the Volga region', label: label2 });
    const csv = csvRecords(await (await f.as.member.raw('GET', p(`/protocols/${d1.protocolNo}/export.csv`))).text());
    expect(csv.find((r) => r.id === 'd-grain')).toMatchObject({ amended_by: label2, current_wording: 'procure 10% less in the Volga region' });
    const pdf = await pdfText(new Uint8Array(await (await f.as.member.raw('GET', p(`/protocols/${d1.protocolNo}/export.pdf`))).arrayBuffer()));
    expect(pdf).toContain(`Amended by ${label2}.`);
    expect(pdf).toContain(`procure 10% less in the Volga region (as amended by ${label2}).`);
    // The answer came once 47/1 stood: it is the amendment's origin, not a rewording of 47/1.
    expect(pdf).not.toContain('Wording modified at the request of');
    // a member does not read the leader's mail to the deputy: the answer's author is named, the message is not
    expect(pdf).toContain('Put before the body by the answer of I. V. Stalin.');
    expect(pdf).not.toContain('reply-grain');
  });

  it('"rejected": after delivery a revoking item exists; registering it revokes the decision, and the core then refuses to amend it', async () => {
    const d = await adoptAndRegister('press', 'On the press department', 'd-press');
    const label = `${d.protocolNo}/${d.itemNo}`;
    await telegraphAndAnswer('d-press', 'press', { outcome: 'rejected' }, 'press');
    const w = (await ok(f.as.deputy.json<{ items: Work[] }>('GET', p('/desk/answers')))).items.find((x) => x.decision.id === 'd-press')!;
    expect(w).toMatchObject({ kind: 'revoke', item: { revokesId: 'd-press', initiatorId: 'stalin', title: `Revocation of ${label}: On the press department` }, answer: { outcome: 'rejected' } });
    const id = w.item.id;
    await ok(f.as.deputy.json('POST', p(`/items/${id}/poll`), { deadline: `${(await now()).slice(0, 10)}T23:59` }));
    for (const role of ['deputy', 'member'] as const) await ok(f.as[role].json('POST', p(`/items/${id}/votes`), { vote: 'for' }), 201);
    await ok(f.as.secretariat.json('POST', p(`/items/${id}/votes`), { vote: 'for', memberId: 'voroshilov' }), 201);
    await step(24 * 60);
    const item = await ok(f.as.anonymous.json<{ status: string }>('GET', p(`/items/${id}`)));
    if (item.status !== 'adopted') await ok(f.as.deputy.json('POST', p(`/items/${id}/close`), {}));
    const revoking = await ok(f.as.secretariat.json<DecisionJson>('POST', p(`/items/${id}/register`), { decisionId: 'd-press-rev' }), 201);
    const revoked = await ok(f.as.member.json<DecisionJson>('GET', p('/decisions/d-press')));
    expect(revoked.lineage).toMatchObject({ inForce: false, revokedBy: { id: 'd-press-rev', label: `${revoking.protocolNo}/${revoking.itemNo}` } });
    // A revoked decision cannot be amended: a typed refusal, as RFC 7807.
    const refused = await f.as.member.json<{ code: string }>('POST', p('/items'), { title: 'Amend the press decision', amendsId: 'd-press' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('DECISION_REVOKED');
  });

  it('"without a poll": refused until the body allows it; then the deputy enters an item on his visa', async () => {
    await ok(f.as.member.json('POST', p('/items'), { itemId: 'visa', title: 'On the writers’ congress' }), 201);
    const refused = await f.as.deputy.json<{ code: string }>('POST', p('/items/visa/without-poll'), {});
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('WITHOUT_POLL_NOT_ALLOWED');
    await ok(f.as.secretariat.json('PATCH', p('/settings'), { withoutPoll: true }));
    const d = await ok(f.as.deputy.json<DecisionJson & { mode: string; visaById: string; visaByName: string }>('POST', p('/items/visa/without-poll'), { decisionId: 'd-visa' }), 201);
    expect(d).toMatchObject({ mode: 'without-poll', visaById: 'kaganovich', visaByName: 'L. M. Kaganovich' });
    const report = await ok(f.as.observer.json<{ decisionsWithoutPoll: number }>('GET', p('/report')));
    expect(report.decisionsWithoutPoll).toBe(1);
    const rows = await ok(f.as.observer.json<{ rows: Array<{ values: { id: string } }> }>('GET', p('/report?explain=decisionsWithoutPoll')));
    expect(rows.rows.map((r) => r.values.id)).toEqual(['d-visa']);
  });

  it('figures that mean what they say: a scheduled sitting counts in no figure until it is opened; the special folder is counted for an observer', async () => {
    type Rep = { meetingsTotal: number; meetingsDuringAbsence: number; meetingsWithAttendance: number; meetingsWithoutLeader: number | null; decisionsTotal: number; decisionsRestricted: number };
    const before = await ok(f.as.observer.json<Rep>('GET', p('/report')));
    expect(before).toMatchObject({ meetingsTotal: 0, meetingsWithAttendance: 0, meetingsWithoutLeader: null });
    const date = (await now()).slice(0, 10);
    await ok(f.as.deputy.json('POST', p('/meetings'), { meetingId: 'sitting', date }), 201);
    expect(await ok(f.as.observer.json<Rep>('GET', p('/report')))).toMatchObject({ meetingsTotal: 0, meetingsDuringAbsence: 0, meetingsWithoutLeader: null });
    await ok(f.as.deputy.json('POST', p('/meetings/sitting/open'), { chairId: 'kaganovich', attendees: ['kaganovich', 'molotov'] }));
    expect(await ok(f.as.observer.json<Rep>('GET', p('/report')))).toMatchObject({ meetingsTotal: 1, meetingsDuringAbsence: 1, meetingsWithAttendance: 1, meetingsWithoutLeader: 1 });
    // A restricted decision: the observer's total includes it and says how many are in the folder, without its title.
    await ok(f.as.deputy.json('POST', p('/items'), { itemId: 'secret', title: 'Special matter', restricted: true }), 201);
    await ok(f.as.deputy.json('POST', p('/items/secret/without-poll'), { decisionId: 'd-secret' }), 201);
    const rep = await ok(f.as.observer.json<Rep>('GET', p('/report')));
    expect(rep.decisionsRestricted).toBe(1);
    const register = await ok(f.as.observer.json<{ total: number; hidden: number }>('GET', p('/decisions')));
    expect(register.total + register.hidden).toBe(rep.decisionsTotal);
    expect(register.hidden).toBe(1);
    const rows = await ok(f.as.observer.json<{ rows: unknown[]; hidden: number }>('GET', p('/report?explain=decisionsRestricted')));
    expect(rows).toMatchObject({ rows: [], hidden: 1 });
    expect(JSON.stringify(rows)).not.toContain('Special matter');
  });

  it('a backup of the body, amendments, revocation and visa included, restores as it was', async () => {
    const backup = await ok(f.as.secretariat.json<Record<string, unknown>>('GET', p('/backup')));
    const restored = await ok(f.as.secretariat.json<{ counts: { decisions: number } }>('POST', '/api/bodies/restore', { id: 'answers-restored', backup }), 201);
    const original = await ok(f.as.secretariat.json<{ total: number }>('GET', p('/decisions')));
    expect(restored.counts.decisions).toBe(original.total);
    const again = await ok(f.as.secretariat.json<DecisionJson>('GET', '/api/bodies/answers-restored/decisions/d-grain'));
    expect(again.lineage).toMatchObject({ amendedBy: [{ id: 'd-grain-2' }], current: 'procure 10% less in the Volga region' });
    expect((await ok(f.as.secretariat.json<{ mode: string; visaById: string }>('GET', '/api/bodies/answers-restored/decisions/d-visa'))).visaById).toBe('kaganovich');
  });
});
