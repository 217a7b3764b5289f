import { describe, expect, it } from 'vitest';
import type { BodyEvent } from './events.ts';
import { replay } from './evolve.ts';
import { standardBody, t } from './testing/fixtures.ts';

describe('evolve copies rows from their events', () => {
  it('as a spread did: same keys in the same order, and an own `__proto__` key of parsed JSON stays a key, never the prototype', () => {
    const parsed = JSON.parse(
      `{"type":"ItemProposed","item":{"id":"i-x","title":"On ships","restricted":false,"__proto__":{"restricted":true,"status":"registered"}},"at":"${t('09:00')}"}`,
    ) as BodyEvent;
    const plain: BodyEvent = { type: 'ItemProposed', item: { id: 'i-y', title: 'On rails', restricted: false, importance: 0.5 }, at: t('09:00') };
    const state = replay([...standardBody(), parsed, plain]);
    if (state.status !== 'active') throw new Error('no body');
    const x = state.body.items['i-x']!;
    expect(Object.getPrototypeOf(x)).toBe(Object.prototype);
    expect(Object.hasOwn(x, '__proto__')).toBe(true);
    expect(x.status).toBe('proposed');
    expect(Object.keys(state.body.items['i-y']!)).toEqual(['id', 'title', 'restricted', 'importance', 'proposedAt', 'status', 'votes', 'opinions']);
  });
});

describe('evolve shares one empty list among rows until a row gets an entry', () => {
  const decision = (id: string, more: Record<string, unknown> = {}): BodyEvent =>
    ({ type: 'DecisionRegistered', historical: true, at: '1934-08-01T00:00', decision: { id, protocolNo: 1, itemNo: Number(id.slice(1)), date: '1934-08-01', mode: 'poll', title: id, restricted: false, ...more } }) as BodyEvent;
  it('an amendment, an extract and a reader go to their own row alone', () => {
    const state = replay([
      ...standardBody(),
      decision('d1'),
      decision('d2'),
      decision('d3', { amendsId: 'd1' }),
      decision('d4', { amendsId: 'd1' }),
      { type: 'ExtractSent', decisionId: 'd2', recipients: ['NKVD'], at: '1934-08-02T00:00' },
    ]);
    if (state.status !== 'active') throw new Error('no body');
    const d = state.body.decisions;
    expect(d.d1!.amendedBy).toEqual(['d3', 'd4']);
    expect(d.d2!.amendedBy).toEqual([]);
    expect(d.d2!.extracts).toEqual([{ recipients: ['NKVD'], at: '1934-08-02T00:00' }]);
    for (const id of ['d1', 'd3', 'd4']) expect(d[id]!.extracts).toEqual([]);
    // The untouched rows hold the one shared, frozen list: a write that forgot to copy it fails loudly.
    expect(d.d3!.amendedBy).toBe(d.d4!.amendedBy);
    expect(Object.isFrozen(d.d3!.amendedBy)).toBe(true);
    expect(() => (d.d3!.amendedBy as string[]).push('x')).toThrow(TypeError);
  });
});
