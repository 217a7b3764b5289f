import { describe, expect, it } from 'vitest';
import type { BodyEvent } from './events.ts';
import { given } from './testing/decider-specification.ts';
import {
  adoptedByPoll,
  as,
  C1,
  delivered,
  DEPUTY,
  EXTERNAL,
  LEADER,
  M1,
  M2,
  M3,
  OBSERVER,
  pollCirculated,
  proposed,
  registered,
  SECRETARIAT,
  sent,
  standardBody,
  system,
  t,
  voteCast,
} from './testing/fixtures.ts';

const send = (messageId: string, fromId: string, toIds: string[], extra: Record<string, unknown> = {}) => ({
  type: 'SendMessage' as const,
  messageId,
  kind: 'telegram' as const,
  fromId,
  toIds,
  summary: 'ciphered telegram',
  ...extra,
});
/** The deputy asks the absent leader about item i1, and the telegram reaches Sochi at 13:00. */
const asked = (deliver = true): BodyEvent[] => [
  ...standardBody(),
  proposed('i1'),
  sent({ id: 'tg-1', fromId: DEPUTY, toIds: [LEADER], itemIds: ['i1'] }, t('09:00')),
  ...(deliver ? [delivered('tg-1', t('13:00'))] : []),
];

describe('SendMessage', () => {
  it('numbers messages per sender', () => {
    given(standardBody())
      .when(send('tg-1', DEPUTY, [LEADER], { itemIds: [] }), as(DEPUTY, t('09:00')))
      .then([
        {
          type: 'MessageSent',
          message: { id: 'tg-1', kind: 'telegram', number: '1', series: DEPUTY, fromId: DEPUTY, toIds: [LEADER], sentAt: t('09:00'), itemIds: [], decisionIds: [], summary: 'ciphered telegram', answers: [], points: [] },
          at: t('09:00'),
        },
      ]);
    given(standardBody(), sent({ id: 'tg-1', fromId: DEPUTY, toIds: [LEADER], number: '1' }), sent({ id: 'l-1', fromId: M1, toIds: [LEADER], number: '1' }))
      .when(send('tg-2', DEPUTY, [LEADER]), as(DEPUTY))
      .thenMatches([{ message: { number: '2', series: DEPUTY } }]);
  });
  it('an external person corresponds; an observer does not (NOT_ALLOWED)', () => {
    given(standardBody()).when(send('l-1', EXTERNAL, [LEADER]), as(EXTERNAL)).thenMatches([{ message: { fromId: EXTERNAL, number: '1' } }]);
    given(standardBody()).when(send('l-1', OBSERVER, [LEADER]), as(OBSERVER)).thenThrows('NOT_ALLOWED', 'forbidden');
    given(standardBody()).when(send('l-1', OBSERVER, [LEADER]), system()).thenThrows('NOT_ALLOWED', 'forbidden');
  });
  it('a member writes only in his own name (NOT_SENDER)', () => {
    given(standardBody()).when(send('tg-1', LEADER, [DEPUTY]), as(DEPUTY)).thenThrows('NOT_SENDER', 'forbidden');
  });
  it('refuses bad addressing (NO_RECIPIENTS, SELF_ADDRESSED, UNKNOWN_MEMBER, BAD_KIND, DUPLICATE_ID)', () => {
    given(standardBody()).when(send('tg-1', DEPUTY, []), as(DEPUTY)).thenThrows('NO_RECIPIENTS', 'validation');
    given(standardBody()).when(send('tg-1', DEPUTY, [DEPUTY]), as(DEPUTY)).thenThrows('SELF_ADDRESSED', 'validation');
    given(standardBody()).when(send('tg-1', DEPUTY, ['nobody']), as(DEPUTY)).thenThrows('UNKNOWN_MEMBER', 'not-found');
    given(standardBody()).when({ ...send('tg-1', DEPUTY, [LEADER]), kind: 'pigeon' as never }, as(DEPUTY)).thenThrows('BAD_KIND', 'validation');
    given(asked()).when(send('tg-1', DEPUTY, [LEADER]), as(DEPUTY)).thenThrows('DUPLICATE_ID', 'conflict');
  });
  it('refers only to known items, decisions and messages (UNKNOWN_ITEM, UNKNOWN_DECISION, UNKNOWN_MESSAGE)', () => {
    given(standardBody()).when(send('tg-1', DEPUTY, [LEADER], { itemIds: ['x'] }), as(DEPUTY)).thenThrows('UNKNOWN_ITEM', 'not-found');
    given(standardBody()).when(send('tg-1', DEPUTY, [LEADER], { decisionIds: ['x'] }), as(DEPUTY)).thenThrows('UNKNOWN_DECISION', 'not-found');
    given(standardBody()).when(send('tg-1', DEPUTY, [LEADER], { inReplyTo: 'x' }), as(DEPUTY)).thenThrows('UNKNOWN_MESSAGE', 'not-found');
  });
  it('a message cannot be answered before it is delivered (NOT_DELIVERED)', () => {
    given(asked(false)).when(send('tg-2', LEADER, [DEPUTY], { inReplyTo: 'tg-1' }), as(LEADER, t('14:00'))).thenThrows('NOT_DELIVERED', 'illegal-state');
    given(asked()).when(send('tg-2', LEADER, [DEPUTY], { inReplyTo: 'tg-1' }), as(LEADER, t('12:59'))).thenThrows('NOT_DELIVERED');
    given(asked()).when(send('tg-2', LEADER, [DEPUTY], { inReplyTo: 'tg-1' }), as(LEADER, t('13:00'))).thenMatches([{ message: { inReplyTo: 'tg-1' } }]);
  });
  it('only a recipient can answer it (NOT_DELIVERED)', () => {
    given(asked()).when(send('l-1', M1, [DEPUTY], { inReplyTo: 'tg-1' }), as(M1, t('14:00'))).thenThrows('NOT_DELIVERED');
  });
  it('answers only what has been put to the sender in a delivered message (NOT_DELIVERED)', () => {
    const answer = { answers: [{ itemId: 'i1', outcome: 'confirmed' }] };
    given(asked(false)).when(send('tg-2', LEADER, [DEPUTY], answer), as(LEADER, t('14:00'))).thenThrows('NOT_DELIVERED', 'illegal-state');
    given(asked()).when(send('tg-2', LEADER, [DEPUTY], answer), as(LEADER, t('14:00'))).thenMatches([{ message: { answers: [{ itemId: 'i1', outcome: 'confirmed' }] } }]);
  });
  it('checks each answer (BAD_OUTCOME, MODIFY_NEEDS_TEXT, DUPLICATE_ANSWER, UNKNOWN_ITEM)', () => {
    const answering = (answers: unknown[]) => send('tg-2', LEADER, [DEPUTY], { answers });
    given(asked()).when(answering([{ itemId: 'i1', outcome: 'maybe' }]), as(LEADER, t('14:00'))).thenThrows('BAD_OUTCOME', 'validation');
    given(asked()).when(answering([{ itemId: 'i1', outcome: 'modified' }]), as(LEADER, t('14:00'))).thenThrows('MODIFY_NEEDS_TEXT', 'validation');
    given(asked())
      .when(answering([{ itemId: 'i1', outcome: 'confirmed' }, { itemId: 'i1', outcome: 'rejected' }]), as(LEADER, t('14:00')))
      .thenThrows('DUPLICATE_ANSWER', 'validation');
    given(asked()).when(answering([{ itemId: 'x', outcome: 'confirmed' }]), as(LEADER, t('14:00'))).thenThrows('UNKNOWN_ITEM', 'not-found');
  });
  it('answers an item once, even while the first answer is on its way (ALREADY_ANSWERED)', () => {
    const first = sent({ id: 'tg-2', fromId: LEADER, toIds: [DEPUTY], answers: [{ itemId: 'i1', outcome: 'confirmed' }] }, t('14:00'));
    given(asked(), first)
      .when(send('tg-3', LEADER, [DEPUTY], { answers: [{ itemId: 'i1', outcome: 'rejected' }] }), as(LEADER, t('15:00')))
      .thenThrows('ALREADY_ANSWERED', 'conflict');
    given(asked(), first, delivered('tg-2', t('20:00')))
      .when(send('tg-3', LEADER, [DEPUTY], { answers: [{ itemId: 'i1', outcome: 'rejected' }] }), as(LEADER, '1934-08-21T09:00'))
      .thenThrows('ALREADY_ANSWERED', 'conflict');
  });
  it('points raised need a fresh item id and a title (DUPLICATE_ID, EMPTY_FIELD)', () => {
    const point = (itemId: string, title = 'On Kirov') => ({ itemId, title, restricted: true });
    given(asked()).when(send('tg-2', LEADER, [DEPUTY], { points: [point('i1')] }), as(LEADER, t('14:00'))).thenThrows('DUPLICATE_ID', 'conflict');
    given(asked()).when(send('tg-2', LEADER, [DEPUTY], { points: [point('p1'), point('p1')] }), as(LEADER, t('14:00'))).thenThrows('DUPLICATE_ID');
    given(asked(), sent({ id: 'tg-2', fromId: LEADER, toIds: [DEPUTY], points: [point('p1')] }))
      .when(send('tg-3', LEADER, [DEPUTY], { points: [point('p1')] }), as(LEADER, t('14:00')))
      .thenThrows('DUPLICATE_ID');
    given(asked()).when(send('tg-2', LEADER, [DEPUTY], { points: [point('p1', ' ')] }), as(LEADER, t('14:00'))).thenThrows('EMPTY_FIELD', 'validation');
  });
});

describe('DeliverMessage', () => {
  it('is done by the channel (SYSTEM_ONLY)', () => {
    given(asked(false)).when({ type: 'DeliverMessage', messageId: 'tg-1' }, as(SECRETARIAT, t('13:00'))).thenThrows('SYSTEM_ONLY', 'forbidden');
  });
  it('not before the message was sent (DELIVERED_BEFORE_SENT), once (ALREADY_DELIVERED), if it exists (UNKNOWN_MESSAGE)', () => {
    given(asked(false)).when({ type: 'DeliverMessage', messageId: 'tg-1' }, system(t('08:59'))).thenThrows('DELIVERED_BEFORE_SENT', 'illegal-state');
    given(asked()).when({ type: 'DeliverMessage', messageId: 'tg-1' }, system(t('14:00'))).thenThrows('ALREADY_DELIVERED', 'conflict');
    given(asked()).when({ type: 'DeliverMessage', messageId: 'x' }, system(t('14:00'))).thenThrows('UNKNOWN_MESSAGE', 'not-found');
  });
  it('a plain message is simply delivered', () => {
    given(asked(false)).when({ type: 'DeliverMessage', messageId: 'tg-1' }, system(t('09:00'))).then([{ type: 'MessageDelivered', messageId: 'tg-1', at: t('09:00') }]);
  });

  const answered = (outcome: 'confirmed' | 'modified' | 'rejected' | 'postponed', extra: BodyEvent[] = []) => [
    ...asked(),
    ...extra,
    sent({ id: 'tg-2', fromId: LEADER, toIds: [DEPUTY], inReplyTo: 'tg-1', answers: [{ itemId: 'i1', outcome, ...(outcome === 'modified' ? { text: 'but smaller' } : {}) }] }, t('14:00')),
  ];
  const intervention = (outcome: string, extra: Record<string, unknown> = {}) => ({
    type: 'InterventionRecorded',
    intervention: {
      id: 'iv:i1:stalin',
      itemId: 'i1',
      itemTitle: 'Question i1',
      memberId: LEADER,
      origin: 'response',
      outcome,
      messageIds: ['tg-1', 'tg-2'],
      codedBy: 'politburo',
      basis: `answer "${outcome}" in message 1`,
      basisFact: { kind: 'answer', message: '1' },
      ...extra,
    },
    at: t('18:00'),
  });
  it('the leader’s confirmation becomes an intervention (origin response) on delivery, not before', () => {
    given(answered('confirmed')).when({ type: 'DeliverMessage', messageId: 'tg-2' }, system(t('18:00'))).then([
      { type: 'MessageDelivered', messageId: 'tg-2', at: t('18:00') },
      intervention('confirmed') as BodyEvent,
    ]);
    const state = given(answered('confirmed')).state();
    expect(state.status === 'active' && Object.keys(state.body.interventions)).toEqual([]);
  });
  it('his rejection withdraws an open item', () => {
    given(answered('rejected')).when({ type: 'DeliverMessage', messageId: 'tg-2' }, system(t('18:00'))).thenMatches([
      { type: 'MessageDelivered' },
      { type: 'InterventionRecorded', intervention: { outcome: 'rejected' } },
      { type: 'ItemWithdrawn', itemId: 'i1', byId: LEADER },
    ]);
  });
  it('his postponement postpones it, his modification rewords it', () => {
    given(answered('postponed')).when({ type: 'DeliverMessage', messageId: 'tg-2' }, system(t('18:00'))).thenMatches([{}, {}, { type: 'ItemPostponed', itemId: 'i1' }]);
    given(answered('modified')).when({ type: 'DeliverMessage', messageId: 'tg-2' }, system(t('18:00'))).thenMatches([{}, {}, { type: 'ItemModified', itemId: 'i1', text: 'but smaller' }]);
  });
  it('on an item already decided his answer is recorded against the decision, which is not rewritten (a revoking item follows: decide-answers.test.ts)', () => {
    const decided = [...adoptedByPoll('i9'), registered('d1', 1, 1, { itemId: 'i9' })];
    const history = [
      ...standardBody(),
      ...decided,
      sent({ id: 'tg-1', fromId: DEPUTY, toIds: [LEADER], decisionIds: ['d1'] }, t('21:30')),
      delivered('tg-1', '1934-08-21T10:00'),
      sent({ id: 'tg-2', fromId: LEADER, toIds: [DEPUTY], answers: [{ itemId: 'i9', outcome: 'rejected' }] }, '1934-08-21T11:00'),
    ];
    given(history)
      .when({ type: 'DeliverMessage', messageId: 'tg-2' }, system('1934-08-21T18:00'))
      .thenMatches([
        { type: 'MessageDelivered' },
        { type: 'InterventionRecorded', intervention: { decisionId: 'd1', outcome: 'rejected', messageIds: ['tg-1', 'tg-2'] } },
        { type: 'ItemProposed', item: { revokesId: 'd1' } },
      ]);
  });
  it('names only the requests that had reached him when he answered', () => {
    const later = sent({ id: 'tg-3', fromId: M1, toIds: [LEADER], itemIds: ['i1'] }, t('15:00'));
    given(answered('confirmed'), later, delivered('tg-3', t('17:00')))
      .when({ type: 'DeliverMessage', messageId: 'tg-2' }, system(t('18:00')))
      .thenMatches([{}, { intervention: { messageIds: ['tg-1', 'tg-2'] } }]);
  });

  const raised = (restricted = false): BodyEvent[] => [
    ...standardBody(),
    sent({ id: 'tg-9', fromId: LEADER, toIds: [DEPUTY], points: [{ itemId: 'p1', title: 'On the Kirov affair', restricted }] }, t('09:00')),
  ];
  it('points he raises become items when they arrive', () => {
    given(raised(true)).when({ type: 'DeliverMessage', messageId: 'tg-9' }, system(t('15:00'))).then([
      { type: 'MessageDelivered', messageId: 'tg-9', at: t('15:00') },
      { type: 'ItemProposed', item: { id: 'p1', title: 'On the Kirov affair', restricted: true, initiatorId: LEADER, raisedInMessageId: 'tg-9' }, at: t('15:00') },
    ]);
  });
  const raisedAndPolled = [
    ...raised(),
    delivered('tg-9', t('15:00')),
    { type: 'ItemProposed', item: { id: 'p1', title: 'On the Kirov affair', restricted: false, initiatorId: LEADER, raisedInMessageId: 'tg-9' }, at: t('15:00') } as BodyEvent,
    pollCirculated('p1', t('20:00'), t('15:30')),
  ];
  it('once registered, his point is an initiative intervention, confirmed', () => {
    const adopted = [...raisedAndPolled, ...[DEPUTY, M1, M2].map((m) => voteCast('p1', m, 'for', t('16:00')))];
    const closed: BodyEvent = { type: 'VotingClosed', itemId: 'p1', adopted: true, for: 3, against: 0, abstain: 0, participants: 3, fullMembers: 5, at: t('20:00') };
    given(adopted, closed)
      .when({ type: 'RegisterDecision', itemId: 'p1', decisionId: 'd1' }, as(SECRETARIAT, t('21:00')))
      .thenMatches([
        { type: 'DecisionRegistered', decision: { id: 'd1', initiatorId: LEADER } },
        { type: 'InterventionRecorded', intervention: { id: 'iv:p1:stalin', decisionId: 'd1', origin: 'initiative', outcome: 'confirmed', messageIds: ['tg-9'] } },
      ]);
  });
  it('voted down, his point is an initiative intervention, rejected — also when the poll closes itself', () => {
    const against = [DEPUTY, M1, M2].map((m) => voteCast('p1', m, 'against', t('16:00')));
    given(raisedAndPolled, ...against)
      .when({ type: 'CloseVoting', itemId: 'p1' }, as(SECRETARIAT, t('20:00')))
      .thenMatches([{ type: 'VotingClosed', adopted: false }, { type: 'InterventionRecorded', intervention: { origin: 'initiative', outcome: 'rejected', itemTitle: 'On the Kirov affair' } }]);
    given(raisedAndPolled, ...against, voteCast('p1', M3, 'against', t('16:00')), sent({ id: 'tg-10', fromId: LEADER, toIds: [DEPUTY], itemIds: ['p1'] }, t('16:00')), delivered('tg-10', t('17:00')))
      .when({ type: 'CastVote', itemId: 'p1', memberId: LEADER, vote: 'for', viaMessageId: 'tg-10' }, as(SECRETARIAT, t('17:30')))
      .thenMatches([{ type: 'VoteCast' }, { type: 'VotingClosed', adopted: false }, { type: 'InterventionRecorded', intervention: { outcome: 'rejected' } }]);
  });
});

describe('ReadMessage', () => {
  it('a recipient reads a delivered message, once', () => {
    given(asked()).when({ type: 'ReadMessage', messageId: 'tg-1', memberId: LEADER }, as(LEADER, t('13:30'))).then([{ type: 'MessageRead', messageId: 'tg-1', memberId: LEADER, at: t('13:30') }]);
    given(asked(), { type: 'MessageRead', messageId: 'tg-1', memberId: LEADER, at: t('13:30') })
      .when({ type: 'ReadMessage', messageId: 'tg-1', memberId: LEADER }, as(LEADER, t('14:30')))
      .thenNothing();
  });
  it('nothing is read before it is delivered (NOT_DELIVERED)', () => {
    given(asked(false)).when({ type: 'ReadMessage', messageId: 'tg-1', memberId: LEADER }, as(LEADER, t('13:30'))).thenThrows('NOT_DELIVERED', 'illegal-state');
    given(asked()).when({ type: 'ReadMessage', messageId: 'tg-1', memberId: LEADER }, as(LEADER, t('12:59'))).thenThrows('NOT_DELIVERED');
  });
  it('only a recipient reads, and only his own mail (NOT_RECIPIENT)', () => {
    given(asked()).when({ type: 'ReadMessage', messageId: 'tg-1', memberId: M2 }, as(M2, t('13:30'))).thenThrows('NOT_RECIPIENT', 'forbidden');
    given(asked()).when({ type: 'ReadMessage', messageId: 'tg-1', memberId: LEADER }, as(C1, t('13:30'))).thenThrows('NOT_RECIPIENT', 'forbidden');
    given(asked()).when({ type: 'ReadMessage', messageId: 'x', memberId: LEADER }, as(LEADER, t('13:30'))).thenThrows('UNKNOWN_MESSAGE', 'not-found');
  });
});

describe('RecordIntervention', () => {
  const coding = (extra: Record<string, unknown> = {}) => ({
    type: 'RecordIntervention' as const,
    interventionId: 'iv-1',
    memberId: LEADER,
    origin: 'response' as const,
    outcome: 'confirmed' as const,
    itemTitle: 'On grain',
    ...extra,
  });
  const base = [...standardBody(), ...adoptedByPoll('i1'), registered('d1', 1, 1, { itemId: 'i1' })];
  it('the secretariat codes an intervention by hand', () => {
    given(base)
      .when(coding({ decisionId: 'd1', itemTitle: undefined, basis: 'Khlevniuk p. 84' }), as(SECRETARIAT))
      .then([{ type: 'InterventionRecorded', intervention: { id: 'iv-1', memberId: LEADER, origin: 'response', outcome: 'confirmed', messageIds: [], decisionId: 'd1', basis: 'Khlevniuk p. 84' }, at: t('09:00') }]);
  });
  it('refuses bad codes (BAD_ORIGIN, BAD_OUTCOME, NO_SUBJECT)', () => {
    given(base).when(coding({ origin: 'whim' }), as(SECRETARIAT)).thenThrows('BAD_ORIGIN', 'validation');
    given(base).when(coding({ outcome: 'ignored' }), as(SECRETARIAT)).thenThrows('BAD_OUTCOME', 'validation');
    given(base).when(coding({ itemTitle: ' ' }), as(SECRETARIAT)).thenThrows('NO_SUBJECT', 'validation');
  });
  it('refuses unknown references (UNKNOWN_DECISION, UNKNOWN_ITEM, UNKNOWN_MESSAGE, UNKNOWN_MEMBER)', () => {
    given(base).when(coding({ decisionId: 'x' }), as(SECRETARIAT)).thenThrows('UNKNOWN_DECISION', 'not-found');
    given(base).when(coding({ itemId: 'x' }), as(SECRETARIAT)).thenThrows('UNKNOWN_ITEM', 'not-found');
    given(base).when(coding({ messageIds: ['x'] }), as(SECRETARIAT)).thenThrows('UNKNOWN_MESSAGE', 'not-found');
    given(base).when(coding({ memberId: 'x' }), as(SECRETARIAT)).thenThrows('UNKNOWN_MEMBER', 'not-found');
  });
  it('one per member and decision (DUPLICATE_INTERVENTION), ids unique (DUPLICATE_ID)', () => {
    const first = { type: 'InterventionRecorded' as const, intervention: { id: 'iv-1', memberId: LEADER, origin: 'response' as const, outcome: 'confirmed' as const, messageIds: [], decisionId: 'd1' }, at: t('09:00') };
    given(base, first).when(coding({ interventionId: 'iv-2', decisionId: 'd1' }), as(SECRETARIAT)).thenThrows('DUPLICATE_INTERVENTION', 'conflict');
    given(base, first).when(coding(), as(SECRETARIAT)).thenThrows('DUPLICATE_ID', 'conflict');
  });
  it('members and observers do not code (NOT_ALLOWED)', () => {
    given(base).when(coding(), as(M1)).thenThrows('NOT_ALLOWED', 'forbidden');
    given(base).when(coding(), as(OBSERVER)).thenThrows('NOT_ALLOWED', 'forbidden');
  });
});
