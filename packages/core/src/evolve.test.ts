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
