import { describe, expect, it } from 'vitest';
import { eventsAsOf } from './as-of.ts';
import type { BodyCommand } from './commands.ts';
import { nextProtocolSlot } from './decide-items.ts';
import { Engine } from './engine.ts';
import { referenceProblem } from './event-references.ts';
import { evolve } from './evolve.ts';
import { roleOn } from './guards.ts';
import { lineageOf } from './lineage.ts';
import { type BodyState, initialState } from './state.ts';

const CUT = '1934-07-30';

/** A small archival year: sittings, polls, letters, an amendment and a ballot on each side of 30 July. */
const history = (): Engine => {
  const e = new Engine();
  const run = (c: BodyCommand, day = '1934-01-01') => e.execute(c, { now: `${day}T09:00`, actor: { kind: 'system' } });
  run({ type: 'CreateBody', bodyId: 'pb', name: 'Politburo' });
  for (const [id, role] of [['stalin', 'leader'], ['kaganovich', 'deputy'], ['molotov', 'member'], ['kirov', 'member']] as const) {
    run({ type: 'AdmitMember', memberId: id, name: id, role });
  }
  run({ type: 'ChangeRole', memberId: 'kirov', role: 'member', from: '1934-02-10', to: '1934-12-01' });
  run({ type: 'ChangeRole', memberId: 'molotov', role: 'deputy', from: '1934-09-01' });
  run({ type: 'RecordAbsence', absenceId: 'sochi', memberId: 'stalin', from: '1934-08-01', to: '1934-10-31', location: 'Sochi' });
  run({ type: 'RecordMeeting', meetingId: 's-0729', date: '1934-07-29', attendees: null });
  run({ type: 'RecordMeeting', meetingId: 's-0810', date: '1934-08-10', attendees: null });
  const decision = (id: string, protocolNo: number, itemNo: number, date: string, extra: Partial<Extract<BodyCommand, { type: 'RecordDecision' }>> = {}) =>
    run({ type: 'RecordDecision', decisionId: id, protocolNo, itemNo, date, mode: 'poll', title: id, restricted: false, ...extra }, date);
  decision('d24-1', 24, 1, '1934-07-29', { mode: 'meeting', meetingId: 's-0729' });
  decision('d24-2', 24, 2, '1934-07-20', { protocolDate: '1934-07-29' });
  // A poll of 30 July entered in the protocol of 10 August: not yet on record as of the 30th.
  decision('d25-1', 25, 1, '1934-07-30', { protocolDate: '1934-08-10' });
  decision('d25-2', 25, 2, '1934-08-10', { mode: 'meeting', meetingId: 's-0810' });
  decision('d26-1', 26, 1, '1934-08-20', { amendsId: 'd24-1' });
  run({ type: 'RecordBallot', decisionId: 'd24-1', memberId: 'molotov', vote: 'for' });
  run({ type: 'RecordBallot', decisionId: 'd25-2', memberId: 'molotov', vote: 'for' });
  run({ type: 'RecordMessage', messageId: 'm-0728', kind: 'letter', fromId: 'kaganovich', toIds: ['stalin'], sentAt: '1934-07-28T00:00', decisionIds: ['d24-1', 'd25-2'], summary: 'before' });
  run({ type: 'RecordMessage', messageId: 'm-0729', kind: 'telegram', fromId: 'kaganovich', toIds: ['stalin'], sentAt: '1934-07-29T10:00', receivedAt: '1934-07-31T10:00', decisionIds: [], summary: 'arrives after' });
  run({ type: 'RecordMessage', messageId: 'm-0802', kind: 'letter', fromId: 'stalin', toIds: ['kaganovich'], sentAt: '1934-08-02T00:00', inReplyTo: 'm-0728', decisionIds: ['d24-1'], summary: 'after' });
  run({ type: 'RecordIntervention', interventionId: 'iv-before', decisionId: 'd24-1', memberId: 'stalin', origin: 'response', outcome: 'confirmed', messageIds: ['m-0728'] });
  run({ type: 'RecordIntervention', interventionId: 'iv-after', decisionId: 'd24-2', memberId: 'stalin', origin: 'response', outcome: 'modified', messageIds: ['m-0802'] });
  run({ type: 'RecordIntervention', interventionId: 'iv-later-decision', decisionId: 'd25-2', memberId: 'stalin', origin: 'initiative', outcome: 'confirmed' });
  return e;
};

const foldChecked = (events: ReturnType<typeof eventsAsOf>): BodyState => {
  let s = initialState();
  for (const [i, ev] of events.entries()) {
    if (s.status === 'active') expect(referenceProblem(s.body, ev), `event ${i} ${ev.type}`).toBeUndefined();
    s = evolve(s, structuredClone(ev));
  }
  return s;
};

describe('a history as of a date', () => {
  const full = history();
  const cut = eventsAsOf(full.log, CUT);
  const state = foldChecked(cut);
  if (state.status !== 'active') throw new Error('no body');
  const b = state.body;

  it('holds no decision, sitting, message or intervention after the date', () => {
    expect(Object.keys(b.decisions).sort()).toEqual(['d24-1', 'd24-2']);
    expect(Object.keys(b.meetings)).toEqual(['s-0729']);
    expect(Object.keys(b.messages)).toEqual(['m-0728']);
    expect(Object.keys(b.interventions)).toEqual(['iv-before']);
    for (const d of Object.values(b.decisions)) expect(d.date <= CUT && (d.protocolDate ?? d.date) <= CUT).toBe(true);
    for (const m of Object.values(b.meetings)) expect(m.date <= CUT).toBe(true);
    // The full history had them: the cut left them out.
    expect(Object.keys(full.body.decisions)).toHaveLength(5);
    expect(Object.keys(full.body.messages)).toHaveLength(3);
  });

  it('keeps no lineage pointing past the cut', () => {
    expect(lineageOf(b, 'd24-1')?.amendedBy).toEqual([]);
    expect(lineageOf(full.body, 'd24-1')?.amendedBy.map((r) => r.id)).toEqual(['d26-1']);
    expect(b.messages['m-0728']?.decisionIds).toEqual(['d24-1']);
    expect(b.items['decision:d25-2']).toBeUndefined();
    expect(Object.keys(b.items['decision:d24-1']?.votes ?? {})).toEqual(['molotov']);
  });

  it('numbers the next live protocol after the last one kept', () => {
    expect(b.protocols.lastNo).toBe(24);
    expect(nextProtocolSlot(b)).toEqual({ protocolNo: 25, itemNo: 1 });
    expect(nextProtocolSlot(full.body).protocolNo).toBe(27);
  });

  it('knows nobody leaves after the cut, but keeps the calendar of absences', () => {
    expect(b.members.kirov!.roles.map((r) => r.to)).not.toContain('1934-12-01');
    expect(full.body.members.kirov!.roles.map((r) => r.to)).toContain('1934-12-01');
    expect(roleOn(full.body.members.molotov!, '1934-09-05')).toBe('deputy');
    expect(roleOn(b.members.molotov!, '1934-09-05')).toBe('member');
    expect(Object.keys(b.absences)).toEqual(['sochi']);
  });

  it('cuts live steps by their time, and is the identity on a date after everything', () => {
    const e = new Engine();
    e.state = foldChecked(cut);
    const meta = (day: string) => ({ now: `${day}T10:00`, actor: { kind: 'system' as const } });
    e.execute({ type: 'ProposeItem', itemId: 'live-1', title: 'Grain', initiatorId: 'kaganovich' }, meta('1934-07-30'));
    e.execute({ type: 'ProposeItem', itemId: 'live-2', title: 'Coal', initiatorId: 'kaganovich' }, meta('1934-08-03'));
    const again = eventsAsOf([...cut, ...e.log], '1934-08-01');
    const s = foldChecked(again);
    expect(s.status === 'active' && Object.keys(s.body.items).filter((id) => id.startsWith('live-'))).toEqual(['live-1']);
    expect(eventsAsOf(full.log, '1935-12-31')).toEqual(full.log);
  });
});
