import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine } from '@politburo/core';
import { readRecord, writeRecordDir } from '@politburo/record';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyToRecord } from './body-to-record.ts';
import { recordToEvents } from './record-to-events.ts';

const example = fileURLToPath(new URL('../../../examples/tiny-record', import.meta.url));
const dirs: string[] = [];
const tmp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'politburo-answers-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const filesOf = (dir: string): Record<string, string> => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('imports never create items', () => {
  it('a record whose leader modified, rejected and postponed registered decisions imports as it is: no amending, revoking or reconsidering item', async () => {
    const record = await readRecord(example);
    record.interventions.push(
      { decision_id: 'd1', member_id: 'stalin', origin: 'response', outcome: 'modified', correspondence_ids: [] },
      { decision_id: 'd2', member_id: 'stalin', origin: 'response', outcome: 'rejected', correspondence_ids: [] },
      { decision_id: 'd3', member_id: 'stalin', origin: 'response', outcome: 'postponed', correspondence_ids: [] },
    );
    const { engine } = recordToEvents(record);
    const b = engine.body;
    expect(Object.values(b.interventions).map((iv) => iv.outcome).sort()).toEqual(['confirmed', 'modified', 'postponed', 'rejected']);
    expect(engine.log.filter((e) => e.type === 'ItemProposed')).toEqual([]);
    expect(Object.keys(b.items)).toEqual([]);
    for (const d of Object.values(b.decisions)) expect({ id: d.id, amendedBy: d.amendedBy, revokedBy: d.revokedBy }).toEqual({ id: d.id, amendedBy: [], revokedBy: undefined });
  });
});

describe('sittings by status and decisions without a poll, through export and import', () => {
  it('a scheduled sitting exports as scheduled, a held one with no status; a decision without a poll keeps its visa; the second pass is byte-identical', async () => {
    const engine = new Engine();
    const sys = (now: string) => ({ now, actor: { kind: 'system' as const } });
    const as = (id: string, now: string) => ({ now, actor: { kind: 'member' as const, id } });
    engine.execute({ type: 'CreateBody', bodyId: 'b', name: 'Body', settings: { withoutPoll: true } }, sys('1934-09-01T08:00'));
    engine.execute({ type: 'AdmitMember', memberId: 'stalin', name: 'I. V. Stalin', role: 'leader' }, sys('1934-09-01T08:00'));
    engine.execute({ type: 'AdmitMember', memberId: 'kaganovich', name: 'L. M. Kaganovich', role: 'deputy' }, sys('1934-09-01T08:00'));
    engine.execute({ type: 'ScheduleMeeting', meetingId: 'held', date: '1934-09-01' }, as('kaganovich', '1934-09-01T08:00'));
    engine.execute({ type: 'ScheduleMeeting', meetingId: 'later', date: '1934-09-10' }, as('kaganovich', '1934-09-01T08:00'));
    engine.execute({ type: 'OpenMeeting', meetingId: 'held', chairId: 'kaganovich', attendees: ['kaganovich'] }, as('kaganovich', '1934-09-01T10:00'));
    engine.execute({ type: 'ProposeItem', itemId: 'i1', title: 'On the press' }, as('kaganovich', '1934-09-01T10:10'));
    engine.execute({ type: 'EnterWithoutPoll', itemId: 'i1', decisionId: 'd1' }, as('kaganovich', '1934-09-01T10:20'));
    const first = join(tmp(), 'app');
    const record = bodyToRecord(engine.body);
    expect(record.meetings.map((m) => [m.id, m.status])).toEqual([
      ['held', undefined],
      ['later', 'scheduled'],
    ]);
    expect(record.decisions).toMatchObject([{ id: 'd1', mode: 'without-poll', visa_by: 'kaganovich' }]);
    await writeRecordDir(record, first);
    expect(readFileSync(join(first, 'meetings.csv'), 'utf8')).toBe('id,date,chair_id,attendees,status\nheld,1934-09-01,kaganovich,kaganovich,\nlater,1934-09-10,,,scheduled\n');
    const imported = recordToEvents(await readRecord(first)).engine.body;
    expect(imported.meetings.later?.status).toBe('scheduled');
    expect(imported.meetings.held?.status).toBe('historical');
    expect(imported.decisions.d1).toMatchObject({ mode: 'without-poll', visaById: 'kaganovich' });
    const once = join(tmp(), 'once');
    await writeRecordDir(bodyToRecord(imported), once);
    expect(filesOf(once)).toEqual(filesOf(first));
  });
});
