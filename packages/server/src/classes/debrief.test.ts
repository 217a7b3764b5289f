import type { BodyEvent } from '@politburo/core';
import { describe, expect, it } from 'vitest';
import { waitingOf } from './debrief.ts';

const sent = (id: string, fromId: string, toId: string, at: string, itemIds: string[], answers: string[] = []): BodyEvent => ({
  type: 'MessageSent',
  message: { id, kind: 'telegram', fromId, toIds: [toId], itemIds, decisionIds: [], summary: id, answers: answers.map((itemId) => ({ itemId, outcome: 'confirmed' })), points: [], sentAt: at },
  at,
});
const delivered = (messageId: string, at: string): BodyEvent => ({ type: 'MessageDelivered', messageId, at });
const registered = (itemId: string, at: string): BodyEvent => ({
  type: 'DecisionRegistered',
  decision: { id: `d-${itemId}`, itemId, protocolNo: 25, itemNo: 1, date: at.slice(0, 10), mode: 'poll', title: itemId, restricted: false },
  historical: false,
  at,
});

describe('did the deputy wait for the leader', () => {
  it('counts an item decided after the answer arrived as waited, one decided before as not, one pending as open', () => {
    const events: BodyEvent[] = [
      sent('ask', 'kaganovich', 'stalin', '1934-08-01T10:00', ['a', 'b', 'c']),
      registered('b', '1934-08-01T12:00'),
      sent('answer', 'stalin', 'kaganovich', '1934-08-02T09:00', [], ['a', 'b']),
      delivered('answer', '1934-08-02T21:00'),
      registered('a', '1934-08-03T10:00'),
      // a decision the deputy never put to the leader is not counted
      registered('z', '1934-08-03T11:00'),
    ];
    expect(waitingOf(events, 'kaganovich', 'stalin')).toEqual({ referred: 3, waited: 1, didNotWait: 1, open: 1 });
  });
});
