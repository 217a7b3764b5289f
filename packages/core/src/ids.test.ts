import { describe, expect, it } from 'vitest';
import { Engine } from './engine.ts';
import { isDomainError } from './errors.ts';
import { isAllowedId } from './guards.ts';

const META = { now: '1934-08-01T10:00', actor: { kind: 'system' as const } };

const refusal = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (e) {
    if (isDomainError(e)) return e.code;
    throw e;
  }
  return undefined;
};

describe('ids: one shape wherever a new one enters (the reliability issue, finding 2)', () => {
  it('refuses built-in property names, spaces, NUL and ids over 100 characters, for every kind of new row', () => {
    const bad = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'with space', 'nul\u0000', 'x'.repeat(101), ''];
    for (const id of bad) {
      const e = new Engine();
      e.execute({ type: 'CreateBody', bodyId: 'pb', name: 'PB' }, META);
      e.execute({ type: 'AdmitMember', memberId: 'kaganovich', name: 'K', role: 'deputy' }, META);
      expect(refusal(() => e.execute({ type: 'AdmitMember', memberId: id, name: 'X', role: 'member' }, META)), `member ${JSON.stringify(id)}`).toMatch(/BAD_ID|EMPTY_FIELD/);
      expect(refusal(() => e.execute({ type: 'ProposeItem', itemId: id, title: 'T' }, META)), `item ${JSON.stringify(id)}`).toMatch(/BAD_ID|EMPTY_FIELD/);
      expect(refusal(() => e.execute({ type: 'ScheduleMeeting', meetingId: id, date: '1934-08-02' }, META)), `meeting ${JSON.stringify(id)}`).toMatch(/BAD_ID|EMPTY_FIELD/);
      // Nothing of it reached the state: the tables kept their prototype and their rows.
      expect(Object.getPrototypeOf(e.body.members)).toBe(Object.prototype);
      expect(Object.keys(e.body.members)).toEqual(['kaganovich']);
    }
  });

  it('accepts the ids records and the app use', () => {
    for (const id of ['kaganovich', 'pb-sitting-1934-08-26', 'syn-d-0001', 'd.1934.17', 'msg:1', 'A_1', 'x'.repeat(100)]) expect(isAllowedId(id), id).toBe(true);
  });
});
