import { describe, expect, it } from 'vitest';
import type { CommandMeta } from './commands.ts';
import type { BodyEvent } from './events.ts';
import { lineageOf, pendingAnswerItems } from './lineage.ts';
import type { BodySettings } from './settings.ts';
import type { Body, BodyState, Outcome } from './state.ts';
import { given } from './testing/decider-specification.ts';
import { adoptedByPoll, as, DEPUTY, delivered, LEADER, M1, MEMBERS, registered, SECRETARIAT, sent, standardBody, system, t, voteCast } from './testing/fixtures.ts';

/**
 * What the leader's answer does. On an item still open it rewords, withdraws or
 * postpones it; on a decision already registered (47/1) it never rewrites the
 * protocol but puts a new item before the body, which takes the body's route.
 */

const body = (s: BodyState): Body => {
  if (s.status !== 'active') throw new Error('no body');
  return s.body;
};
const NEXT_DAY = '1934-08-21';
const at = (time: string) => `${NEXT_DAY}T${time}`;

/** 47/1 registered from item i9; the deputy telegraphs it south; the telegram arrives; the leader answers. */
const answeredOnDecision = (outcome: Outcome, text?: string, settings: Partial<BodySettings> = {}): BodyEvent[] => [
  ...standardBody(settings),
  ...adoptedByPoll('i9'),
  registered('d1', 47, 1, { itemId: 'i9', title: 'On grain procurement' }),
  sent({ id: 'tg-1', fromId: DEPUTY, toIds: [LEADER], decisionIds: ['d1'] }, t('21:30')),
  delivered('tg-1', at('10:00')),
  sent({ id: 'tg-2', fromId: LEADER, toIds: [DEPUTY], inReplyTo: 'tg-1', answers: [{ itemId: 'i9', outcome, ...(text ? { text } : {}) }] }, at('11:00')),
];
const deliver: [{ type: 'DeliverMessage'; messageId: string }, CommandMeta] = [{ type: 'DeliverMessage', messageId: 'tg-2' }, system(at('18:00'))];

/** The same, the item still open (polling) when the answer arrives. */
const answeredOnOpen = (outcome: Outcome, text?: string): BodyEvent[] => [
  ...standardBody(),
  { type: 'ItemProposed', item: { id: 'i1', title: 'Question i1', restricted: false, initiatorId: DEPUTY }, at: t('08:00') },
  { type: 'PollCirculated', itemId: 'i1', deadline: `${NEXT_DAY}T20:00`, at: t('08:30') },
  sent({ id: 'tg-1', fromId: DEPUTY, toIds: [LEADER], itemIds: ['i1'] }, t('09:00')),
  delivered('tg-1', t('13:00')),
  sent({ id: 'tg-2', fromId: LEADER, toIds: [DEPUTY], inReplyTo: 'tg-1', answers: [{ itemId: 'i1', outcome, ...(text ? { text } : {}) }] }, t('14:00')),
];

describe('an answer on an item still open', () => {
  it.each([
    ['confirmed', undefined, []],
    ['modified', 'but smaller', [{ type: 'ItemModified', itemId: 'i1', text: 'but smaller', byId: LEADER }]],
    ['rejected', undefined, [{ type: 'ItemWithdrawn', itemId: 'i1', byId: LEADER }]],
    ['postponed', undefined, [{ type: 'ItemPostponed', itemId: 'i1', byId: LEADER }]],
  ] as const)('"%s": the intervention, then %j', (outcome, text, effect) => {
    given(answeredOnOpen(outcome, text))
      .when({ type: 'DeliverMessage', messageId: 'tg-2' }, system(t('18:00')))
      .thenMatches([{ type: 'MessageDelivered' }, { type: 'InterventionRecorded', intervention: { outcome, itemId: 'i1' } }, ...effect]);
  });
});

describe('an answer on a registered decision', () => {
  it('"modified": an amending item with his wording, initiated by him, linked to his message; 47/1 is not rewritten', () => {
    given(answeredOnDecision('modified', 'procure 10% less in the Volga region'))
      .when(...deliver)
      .then([
        { type: 'MessageDelivered', messageId: 'tg-2', at: at('18:00') },
        expect.objectContaining({ type: 'InterventionRecorded', intervention: expect.objectContaining({ decisionId: 'd1', outcome: 'modified' }) }),
        {
          type: 'ItemProposed',
          item: {
            id: 'amend-d1-tg-2',
            title: 'Amendment of 47/1: On grain procurement',
            text: 'procure 10% less in the Volga region',
            initiatorId: LEADER,
            restricted: false,
            answerMessageId: 'tg-2',
            amendsId: 'd1',
            amendsBasis: 0,
          },
          at: at('18:00'),
        },
      ]);
  });
  it('"rejected": a revoking item', () => {
    given(answeredOnDecision('rejected'))
      .when(...deliver)
      .thenMatches([{}, {}, { type: 'ItemProposed', item: { id: 'revoke-d1-tg-2', title: 'Revocation of 47/1: On grain procurement', revokesId: 'd1', initiatorId: LEADER, answerMessageId: 'tg-2' } }]);
  });
  it('"postponed": the decision stays in force and "reconsider 47/1" goes before the body with his note', () => {
    const events = given(answeredOnDecision('postponed', 'wait for the harvest figures'))
      .when(...deliver)
      .thenMatches([{}, {}, { type: 'ItemProposed', item: { id: 'reconsider-d1-tg-2', title: 'Reconsider 47/1: On grain procurement', text: 'wait for the harvest figures', reconsidersId: 'd1' } }]);
    expect(events[2]).not.toHaveProperty('item.amendsId');
    expect(events[2]).not.toHaveProperty('item.revokesId');
  });
  it('"confirmed": the intervention alone', () => {
    given(answeredOnDecision('confirmed')).when(...deliver).thenMatches([{ type: 'MessageDelivered' }, { type: 'InterventionRecorded', intervention: { outcome: 'confirmed' } }]);
  });
  it('the deputy circulates the amending item, the body adopts it, and registering it sets the lineage: 47/1 amended by 47/2', () => {
    const history = [
      ...answeredOnDecision('modified', 'procure 10% less'),
      { type: 'MessageDelivered', messageId: 'tg-2', at: at('18:00') },
      { type: 'ItemProposed', item: { id: 'amend-d1-tg-2', title: 'Amendment of 47/1: On grain procurement', text: 'procure 10% less', initiatorId: LEADER, restricted: false, answerMessageId: 'tg-2', amendsId: 'd1', amendsBasis: 0 }, at: at('18:00') },
    ] as BodyEvent[];
    expect(pendingAnswerItems(body(given(history).state()))).toMatchObject([{ item: { id: 'amend-d1-tg-2' }, kind: 'amend', decisionId: 'd1', message: { id: 'tg-2' } }]);
    const circulated = given(history).when({ type: 'CirculatePoll', itemId: 'amend-d1-tg-2', deadline: at('21:00') }, as(DEPUTY, at('18:30')));
    const polled = [...history, ...circulated.thenMatches([{ type: 'PollCirculated' }])];
    const votes = [DEPUTY, ...MEMBERS].map((m) => voteCast('amend-d1-tg-2', m, 'for', at('19:00')));
    const closing = given(polled, votes).when({ type: 'CloseVoting', itemId: 'amend-d1-tg-2' }, as(SECRETARIAT, at('21:00'))).thenMatches([{ adopted: true }]);
    const adopted = [...polled, ...votes, ...closing];
    const reg = given(adopted).when({ type: 'RegisterDecision', itemId: 'amend-d1-tg-2', decisionId: 'd2' }, as(SECRETARIAT, at('21:10')));
    const regEvents = reg.thenMatches([{ type: 'DecisionRegistered', decision: { id: 'd2', protocolNo: 47, itemNo: 2, amendsId: 'd1', initiatorId: LEADER, title: 'Amendment of 47/1: On grain procurement — procure 10% less' } }]);
    const after = body(given(adopted, regEvents).state());
    expect(lineageOf(after, 'd1')).toMatchObject({
      label: '47/1',
      original: 'On grain procurement',
      current: 'procure 10% less',
      currentFrom: { id: 'd2', label: '47/2' },
      amendedBy: [{ id: 'd2', label: '47/2' }],
      inForce: true,
    });
    expect(lineageOf(after, 'd2')).toMatchObject({ amends: { id: 'd1', label: '47/1' } });
    expect(pendingAnswerItems(after)).toEqual([]);
  });
  it('under answerRoute "register" the amendment is entered at once, without a poll, on the leader’s word', () => {
    given(answeredOnDecision('modified', 'procure 10% less', { answerRoute: 'register' }))
      .when(...deliver)
      .thenMatches([
        {},
        {},
        { type: 'ItemProposed', item: { id: 'amend-d1-tg-2' } },
        { type: 'DecisionRegistered', decision: { id: 'amend-d1-tg-2', itemId: 'amend-d1-tg-2', protocolNo: 47, itemNo: 2, mode: 'without-poll', visaById: LEADER, amendsId: 'd1' }, historical: false },
      ]);
    // A reconsideration is never entered at once: the body decides whether to reconsider.
    given(answeredOnDecision('postponed', undefined, { answerRoute: 'register' })).when(...deliver).thenMatches([{}, {}, { type: 'ItemProposed' }]);
  });
  it('a decision revoked while the answer travelled: the answer is recorded, no item is made', () => {
    const revokedMeanwhile = [...answeredOnDecision('modified', 'x'), registered('d3', 47, 2, { revokesId: 'd1' }, at('12:00'))];
    given(revokedMeanwhile).when(...deliver).thenMatches([{ type: 'MessageDelivered' }, { type: 'InterventionRecorded' }]);
  });
});

describe('what the core refuses', () => {
  const revoked = (): BodyEvent[] => [
    ...standardBody(),
    ...adoptedByPoll('i9'),
    registered('d1', 47, 1, { itemId: 'i9' }),
    registered('d2', 47, 2, { revokesId: 'd1' }, t('21:05')),
  ];
  it('amending a revoked decision (DECISION_REVOKED): proposing it, registering it, or the leader asking it', () => {
    given(revoked()).when({ type: 'ProposeItem', itemId: 'a1', title: 'Amend 47/1', amendsId: 'd1' }, as(M1)).thenThrows('DECISION_REVOKED', 'illegal-state');
    // An amending item proposed before the revocation is refused at registration.
    const before = [...standardBody(), ...adoptedByPoll('i9'), registered('d1', 47, 1, { itemId: 'i9' }), ...adoptedByPoll('a1', { amendsId: 'd1', amendsBasis: 0 }), registered('d2', 47, 2, { revokesId: 'd1' }, t('21:05'))];
    given(before).when({ type: 'RegisterDecision', itemId: 'a1', decisionId: 'd3' }, as(SECRETARIAT, t('22:00'))).thenThrows('DECISION_REVOKED', 'illegal-state');
    const asking = [...revoked(), sent({ id: 'tg-1', fromId: DEPUTY, toIds: [LEADER], decisionIds: ['d1'] }, t('21:30')), delivered('tg-1', at('10:00'))];
    const answer = (outcome: Outcome) => ({
      type: 'SendMessage' as const,
      messageId: 'tg-2',
      kind: 'telegram' as const,
      fromId: LEADER,
      toIds: [DEPUTY],
      summary: 'answer',
      answers: [{ itemId: 'i9', outcome, text: 'new wording' }],
    });
    given(asking).when(answer('modified'), as(LEADER, at('11:00'))).thenThrows('DECISION_REVOKED', 'illegal-state');
    given(asking).when(answer('rejected'), as(LEADER, at('11:00'))).thenThrows('ALREADY_REVOKED', 'illegal-state');
    given(asking).when(answer('confirmed'), as(LEADER, at('11:00'))).thenMatches([{ type: 'MessageSent' }]);
  });
  it('registering two conflicting amendments of one decision (CONFLICTING_AMENDMENT); one against the new wording is accepted', () => {
    const two = [
      ...standardBody(),
      ...adoptedByPoll('i9'),
      registered('d1', 47, 1, { itemId: 'i9' }),
      ...adoptedByPoll('a1', { amendsId: 'd1', amendsBasis: 0 }),
      ...adoptedByPoll('a2', { amendsId: 'd1', amendsBasis: 0 }),
    ];
    const first = given(two).when({ type: 'RegisterDecision', itemId: 'a1', decisionId: 'd2' }, as(SECRETARIAT, t('22:00'))).thenMatches([{ decision: { amendsId: 'd1' } }]);
    given(two, first).when({ type: 'RegisterDecision', itemId: 'a2', decisionId: 'd3' }, as(SECRETARIAT, t('22:10'))).thenThrows('CONFLICTING_AMENDMENT', 'conflict');
    // Proposed once 47/2 stood, an amendment knows it and is registered.
    const third = given(two, first).when({ type: 'ProposeItem', itemId: 'a3', title: 'Amend 47/1 again', amendsId: 'd1' }, as(M1, t('22:20'))).thenMatches([{ item: { amendsBasis: 1 } }]);
    expect(third).toHaveLength(1);
  });
});

describe('the "without a poll" route (без опроса)', () => {
  const open = (settings: Partial<BodySettings> = { withoutPoll: true }) => [...standardBody(settings), { type: 'ItemProposed', item: { id: 'i1', title: 'On the press', restricted: false, initiatorId: M1 }, at: t('08:00') } as BodyEvent];
  const enter = { type: 'EnterWithoutPoll' as const, itemId: 'i1', decisionId: 'd1' };
  it('the deputy presiding enters an open item on his visa alone; the core records whose visa it was', () => {
    given(open())
      .when(enter, as(DEPUTY, t('10:00')))
      .then([
        {
          type: 'DecisionRegistered',
          decision: { id: 'd1', itemId: 'i1', protocolNo: 1, itemNo: 1, date: '1934-08-20', mode: 'without-poll', title: 'On the press', restricted: false, initiatorId: M1, visaById: DEPUTY },
          historical: false,
          at: t('10:00'),
        },
      ]);
    const events = given(open()).when(enter, as(DEPUTY, t('10:00'))).thenMatches([{}]);
    const b = given(open(), events).state();
    expect(b.status === 'active' && b.body.items.i1).toMatchObject({ status: 'registered', decisionId: 'd1' });
  });
  it('a point the leader raised, entered on the visa, is his initiative confirmed, as at a sitting or a poll', () => {
    const raised = [
      ...standardBody({ withoutPoll: true }),
      sent({ id: 'tg-9', fromId: LEADER, toIds: [DEPUTY], points: [{ itemId: 'p1', title: 'On the Kirov affair', restricted: false }] }, t('08:00')),
      delivered('tg-9', t('09:00')),
      { type: 'ItemProposed', item: { id: 'p1', title: 'On the Kirov affair', restricted: false, initiatorId: LEADER, raisedInMessageId: 'tg-9' }, at: t('09:00') } as BodyEvent,
    ];
    given(raised)
      .when({ type: 'EnterWithoutPoll', itemId: 'p1', decisionId: 'd1' }, as(DEPUTY, t('10:00')))
      .thenMatches([{ type: 'DecisionRegistered', decision: { mode: 'without-poll' } }, { type: 'InterventionRecorded', intervention: { origin: 'initiative', outcome: 'confirmed', decisionId: 'd1' } }]);
  });
  it('only where the body allows it (WITHOUT_POLL_NOT_ALLOWED), by one who steers (NOT_ALLOWED), on a member’s visa (VISA_NEEDS_MEMBER)', () => {
    given(open({})).when(enter, as(DEPUTY)).thenThrows('WITHOUT_POLL_NOT_ALLOWED', 'forbidden');
    given(open()).when(enter, as(M1)).thenThrows('NOT_ALLOWED', 'forbidden');
    given(open()).when(enter, system()).thenThrows('VISA_NEEDS_MEMBER', 'forbidden');
  });
  it('only an open item (ITEM_NOT_OPEN), and not an amendment of a revoked decision (DECISION_REVOKED)', () => {
    const polling = [...open(), { type: 'PollCirculated', itemId: 'i1', deadline: t('20:00'), at: t('08:30') } as BodyEvent];
    given(polling).when(enter, as(DEPUTY)).thenThrows('ITEM_NOT_OPEN', 'illegal-state');
    const amendingRevoked = [
      ...standardBody({ withoutPoll: true }),
      registered('d0', 1, 1),
      { type: 'ItemProposed', item: { id: 'i1', title: 'Amend', restricted: false, amendsId: 'd0', amendsBasis: 0 }, at: t('21:01') } as BodyEvent,
      registered('d9', 1, 2, { revokesId: 'd0' }, t('21:02')),
    ];
    given(amendingRevoked).when(enter, as(DEPUTY, t('22:00'))).thenThrows('DECISION_REVOKED', 'illegal-state');
  });
});
