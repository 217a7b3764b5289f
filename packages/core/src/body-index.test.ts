import { describe, expect, it } from 'vitest';
import { concerns, hasAnswerFrom, messagesConcerning } from './body-index.ts';
import { Engine } from './engine.ts';
import { evolve } from './evolve.ts';
import type { BodyEvent } from './events.ts';
import { given } from './testing/decider-specification.ts';
import { adoptedByPoll, DEPUTY, delivered, LEADER, M1, proposed, registered, sent, standardBody, system, t } from './testing/fixtures.ts';

/**
 * The mail index answers what a scan of every message answered (the requests an answer
 * travels with, in the body's table order), so the interventions it codes name the same
 * messages in the same order as before it existed.
 */
const answeredIn = (requests: BodyEvent[], itemId: string): BodyEvent[] => [
  ...requests,
  sent({ id: 'tg-2', fromId: LEADER, toIds: [DEPUTY], answers: [{ itemId, outcome: 'confirmed' }] }, t('14:00')),
];

describe('the mail index', () => {
  it('lists integer-like message ids first, as the table does, whatever order they came in', () => {
    const requests = [
      ...standardBody(),
      proposed('i1'),
      ...['7', 'tg-a', '3'].flatMap((id) => [sent({ id, fromId: DEPUTY, toIds: [LEADER], itemIds: ['i1'] }, t('09:00')), delivered(id, t('10:00'))]),
    ];
    given(answeredIn(requests, 'i1'))
      .when({ type: 'DeliverMessage', messageId: 'tg-2' }, system(t('18:00')))
      .thenMatches([{}, { intervention: { messageIds: ['3', '7', 'tg-a', 'tg-2'] } }]);
  });

  it('merges the requests that name the item with those that name its decision, in table order', () => {
    const requests = [
      ...standardBody(),
      ...adoptedByPoll('i9'),
      registered('d1', 1, 1, { itemId: 'i9' }),
      sent({ id: 'tg-b', fromId: DEPUTY, toIds: [LEADER], decisionIds: ['d1'] }, t('21:30')),
      sent({ id: 'tg-a', fromId: M1, toIds: [LEADER], itemIds: ['i9', 'i9'] }, t('21:40')),
      sent({ id: 'tg-c', fromId: DEPUTY, toIds: [LEADER], decisionIds: ['d1'] }, t('21:50')),
      ...['tg-b', 'tg-a', 'tg-c'].map((id) => delivered(id, '1934-08-21T10:00')),
    ];
    given([...requests, sent({ id: 'tg-2', fromId: LEADER, toIds: [DEPUTY], answers: [{ itemId: 'i9', outcome: 'rejected' }] }, '1934-08-21T11:00')])
      .when({ type: 'DeliverMessage', messageId: 'tg-2' }, system('1934-08-21T18:00'))
      .thenMatches([{}, { intervention: { decisionId: 'd1', messageIds: ['tg-b', 'tg-a', 'tg-c', 'tg-2'] } }, {}]);
  });

  it('keeps step with messages sent after it was built: the same lists as a scan, the answers by sender', () => {
    const engine = new Engine(false);
    let state = engine.state;
    const fold = (events: BodyEvent[]) => {
      for (const e of events) state = evolve(state, e);
    };
    fold([...standardBody(), proposed('i1'), proposed('i2'), sent({ id: '12', fromId: DEPUTY, toIds: [LEADER], itemIds: ['i1'] })]);
    if (state.status !== 'active') throw new Error('no body');
    const b = state.body;
    const scan = (itemId: string) => Object.values(b.messages).filter((m) => concerns(m, b.items[itemId]!));
    // Built now, on first use; then two more messages, one with an integer-like id that sorts before "12".
    expect(messagesConcerning(b, b.items.i1!)).toEqual(scan('i1'));
    expect(hasAnswerFrom(b, LEADER, 'i2')).toBe(false);
    fold([
      sent({ id: 'm-1', fromId: DEPUTY, toIds: [LEADER], itemIds: ['i2', 'i1'] }),
      sent({ id: '4', fromId: LEADER, toIds: [DEPUTY], answers: [{ itemId: 'i2', outcome: 'confirmed' }], itemIds: ['i1'] }),
    ]);
    for (const id of ['i1', 'i2']) expect(messagesConcerning(b, b.items[id]!).map((m) => m.id)).toEqual(scan(id).map((m) => m.id));
    expect(scan('i1').map((m) => m.id)).toEqual(['4', '12', 'm-1']);
    expect(hasAnswerFrom(b, LEADER, 'i2')).toBe(true);
    expect(hasAnswerFrom(b, DEPUTY, 'i2')).toBe(false);
  });
});
