import { describe, expect, it } from 'vitest';
import type { BodyEvent } from './events.ts';
import { given } from './testing/decider-specification.ts';
import {
  adoptedByPoll,
  as,
  C1,
  C2,
  closed,
  DAY,
  delivered,
  DEPUTY,
  EXTERNAL,
  FULL,
  LEADER,
  M1,
  M2,
  M3,
  meetingInSession,
  OBSERVER,
  pollCirculated,
  proposed,
  putToMeeting,
  registered,
  SECRETARIAT,
  scheduled,
  sent,
  standardBody,
  system,
  t,
  voteCast,
  votingClosed,
} from './testing/fixtures.ts';

const vote = (itemId: string, memberId: string, v: 'for' | 'against' | 'abstain' = 'for', viaMessageId?: string) => ({
  type: 'CastVote' as const,
  itemId,
  memberId,
  vote: v,
  ...(viaMessageId ? { viaMessageId } : {}),
});
const opinion = (itemId: string, memberId: string, v: 'for' | 'against' | 'abstain' = 'for') => ({ type: 'RecordOpinion' as const, itemId, memberId, vote: v });
const closeVoting = (itemId: string) => ({ type: 'CloseVoting' as const, itemId });

/** An item in a poll on DAY, deadline 20:00. */
const polling = (itemId = 'i1', extra = {}): BodyEvent[] => [...standardBody(), proposed(itemId, extra), pollCirculated(itemId)];
/** An item on the agenda of a meeting in session on DAY. */
const onAgenda = (itemId = 'i1'): BodyEvent[] => [...standardBody(), ...meetingInSession('m1'), proposed(itemId), putToMeeting(itemId, 'm1')];
/** A telegram from the absent leader about `itemId`, sent and delivered. */
const leaderWired = (itemId = 'i1', id = 'tg-1', deliver = true): BodyEvent[] => [
  sent({ id, fromId: LEADER, toIds: [DEPUTY], itemIds: [itemId] }, t('09:00')),
  ...(deliver ? [delivered(id, t('13:00'))] : []),
];

describe('ProposeItem', () => {
  it('the proposer is the initiator unless one is named', () => {
    given(standardBody())
      .when({ type: 'ProposeItem', itemId: 'i1', title: 'Harvest' }, as(M1, t('08:00')))
      .then([{ type: 'ItemProposed', item: { id: 'i1', title: 'Harvest', restricted: false, initiatorId: M1 }, at: t('08:00') }]);
    given(standardBody())
      .when({ type: 'ProposeItem', itemId: 'i1', title: 'Harvest', initiatorId: 'gorky', restricted: true, importance: 0.5 }, as(SECRETARIAT))
      .thenMatches([{ item: { initiatorId: EXTERNAL, restricted: true, importance: 0.5 } }]);
  });
  it('a candidate may propose; an observer or external may not (NOT_ALLOWED)', () => {
    given(standardBody()).when({ type: 'ProposeItem', itemId: 'i1', title: 'X' }, as(C1)).thenMatches([{ type: 'ItemProposed' }]);
    given(standardBody()).when({ type: 'ProposeItem', itemId: 'i1', title: 'X' }, as(OBSERVER)).thenThrows('NOT_ALLOWED', 'forbidden');
    given(standardBody()).when({ type: 'ProposeItem', itemId: 'i1', title: 'X' }, as(EXTERNAL)).thenThrows('NOT_ALLOWED', 'forbidden');
  });
  it('refuses bad input (EMPTY_FIELD, DUPLICATE_ID, BAD_IMPORTANCE, UNKNOWN_MEMBER)', () => {
    given(standardBody()).when({ type: 'ProposeItem', itemId: 'i1', title: '  ' }, as(M1)).thenThrows('EMPTY_FIELD', 'validation');
    given(standardBody(), proposed('i1')).when({ type: 'ProposeItem', itemId: 'i1', title: 'X' }, as(M1)).thenThrows('DUPLICATE_ID', 'conflict');
    given(standardBody()).when({ type: 'ProposeItem', itemId: 'i1', title: 'X', importance: 2 }, as(M1)).thenThrows('BAD_IMPORTANCE', 'validation');
    given(standardBody()).when({ type: 'ProposeItem', itemId: 'i1', title: 'X', initiatorId: 'nobody' }, as(M1)).thenThrows('UNKNOWN_MEMBER', 'not-found');
  });
  it('refuses an id promised to a point the leader raised in a message still on its way (DUPLICATE_ID)', () => {
    given(standardBody(), sent({ id: 'tg-1', fromId: LEADER, toIds: [DEPUTY], points: [{ itemId: 'p1', title: 'Kirov', restricted: false }] }))
      .when({ type: 'ProposeItem', itemId: 'p1', title: 'X' }, as(M1))
      .thenThrows('DUPLICATE_ID', 'conflict');
  });
  it('an amendment or revocation refers to an existing decision (UNKNOWN_DECISION)', () => {
    given(standardBody()).when({ type: 'ProposeItem', itemId: 'i2', title: 'X', amendsId: 'd9' }, as(M1)).thenThrows('UNKNOWN_DECISION', 'not-found');
    given(standardBody()).when({ type: 'ProposeItem', itemId: 'i2', title: 'X', revokesId: 'd9' }, as(M1)).thenThrows('UNKNOWN_DECISION', 'not-found');
  });
  it('a decision is revoked only once (ALREADY_REVOKED)', () => {
    given(standardBody(), adoptedByPoll('i1'), registered('d1', 1, 1, { itemId: 'i1' }), adoptedByPoll('i2', { revokesId: 'd1' }), registered('d2', 1, 2, { itemId: 'i2', revokesId: 'd1' }))
      .when({ type: 'ProposeItem', itemId: 'i3', title: 'X', revokesId: 'd1' }, as(M1))
      .thenThrows('ALREADY_REVOKED', 'illegal-state');
  });
});

describe('PutItemToMeeting and CirculatePoll', () => {
  it('puts a proposed item on a meeting’s agenda', () => {
    given(standardBody(), scheduled('m1'), proposed('i1'))
      .when({ type: 'PutItemToMeeting', itemId: 'i1', meetingId: 'm1' }, as(DEPUTY))
      .then([{ type: 'ItemPutToMeeting', itemId: 'i1', meetingId: 'm1', at: t('09:00') }]);
  });
  it('refuses an item already being voted on (ITEM_NOT_OPEN) and a closed meeting (MEETING_CLOSED)', () => {
    given(polling()).when({ type: 'PutItemToMeeting', itemId: 'i1', meetingId: 'm1' }, as(DEPUTY)).thenThrows('ITEM_NOT_OPEN', 'illegal-state');
    given(standardBody(), ...meetingInSession('m1'), closed('m1', 1), proposed('i1'))
      .when({ type: 'PutItemToMeeting', itemId: 'i1', meetingId: 'm1' }, as(DEPUTY, t('19:00')))
      .thenThrows('MEETING_CLOSED', 'illegal-state');
  });
  it('refuses unknown items and meetings (UNKNOWN_ITEM, UNKNOWN_MEETING)', () => {
    given(standardBody(), scheduled('m1')).when({ type: 'PutItemToMeeting', itemId: 'x', meetingId: 'm1' }, as(DEPUTY)).thenThrows('UNKNOWN_ITEM', 'not-found');
    given(standardBody(), proposed('i1')).when({ type: 'PutItemToMeeting', itemId: 'i1', meetingId: 'x' }, as(DEPUTY)).thenThrows('UNKNOWN_MEETING', 'not-found');
  });
  it('circulates a poll with a deadline in the future', () => {
    given(standardBody(), proposed('i1'))
      .when({ type: 'CirculatePoll', itemId: 'i1', deadline: t('20:00') }, as(SECRETARIAT, t('08:30')))
      .then([{ type: 'PollCirculated', itemId: 'i1', deadline: t('20:00'), at: t('08:30') }]);
  });
  it('refuses a deadline now or past (DEADLINE_PASSED) or malformed (BAD_TIME)', () => {
    given(standardBody(), proposed('i1')).when({ type: 'CirculatePoll', itemId: 'i1', deadline: t('08:30') }, as(SECRETARIAT, t('08:30'))).thenThrows('DEADLINE_PASSED', 'validation');
    given(standardBody(), proposed('i1')).when({ type: 'CirculatePoll', itemId: 'i1', deadline: '1934-08-21' }, as(SECRETARIAT)).thenThrows('BAD_TIME', 'validation');
  });
  it('members, candidates and observers cannot steer (NOT_ALLOWED)', () => {
    for (const who of [M1, C1, OBSERVER]) {
      given(standardBody(), proposed('i1')).when({ type: 'CirculatePoll', itemId: 'i1', deadline: t('20:00') }, as(who)).thenThrows('NOT_ALLOWED', 'forbidden');
    }
  });
  it('a re-routed item starts with a clean slate of votes', () => {
    // The meeting ended before the vote was finished: the item goes back to the pile, and the
    // next vote counts only the ballots cast in it.
    const history = [...onAgenda('i1'), voteCast('i1', M1, 'for', t('11:00')), closed('m1', 1, t('18:00')), pollCirculated('i1', '1934-08-21T20:00', t('19:00'))];
    const state = given(history).state();
    expect(state.status === 'active' && state.body.items.i1!.votes).toEqual({});
    given(history).when(vote('i1', M1, 'against'), as(M1, t('19:30'))).thenMatches([{ type: 'VoteCast', ballot: { memberId: M1, vote: 'against' } }]);
  });
});

describe('CastVote at a meeting', () => {
  it('a full member present votes', () => {
    given(onAgenda())
      .when(vote('i1', M1, 'against'), as(M1, t('11:00')))
      .then([{ type: 'VoteCast', itemId: 'i1', ballot: { memberId: M1, vote: 'against', at: t('11:00') } }]);
  });
  it('one not present cannot (NOT_PRESENT) — the absent leader above all', () => {
    given(onAgenda()).when(vote('i1', LEADER), as(LEADER, t('11:00'))).thenThrows('NOT_PRESENT', 'illegal-state');
  });
  it('before the meeting opens nobody votes (MEETING_NOT_OPEN)', () => {
    given(standardBody(), scheduled('m1'), proposed('i1'), putToMeeting('i1', 'm1')).when(vote('i1', M1), as(M1)).thenThrows('MEETING_NOT_OPEN', 'illegal-state');
  });
  it('a candidate cannot vote (CANDIDATE_CANNOT_VOTE) but records an opinion', () => {
    given(onAgenda()).when(vote('i1', C1), as(C1, t('11:00'))).thenThrows('CANDIDATE_CANNOT_VOTE', 'forbidden');
    given(onAgenda())
      .when(opinion('i1', C1, 'against'), as(C1, t('11:00')))
      .then([{ type: 'OpinionRecorded', itemId: 'i1', ballot: { memberId: C1, vote: 'against', at: t('11:00') } }]);
  });
  it('secretariat, observer and external have no vote (NOT_A_VOTER)', () => {
    given(onAgenda()).when(vote('i1', SECRETARIAT), as(SECRETARIAT, t('11:00'))).thenThrows('NOT_A_VOTER', 'forbidden');
    given(onAgenda()).when(vote('i1', OBSERVER), as(OBSERVER, t('11:00'))).thenThrows('NOT_A_VOTER', 'forbidden');
    given(onAgenda()).when(vote('i1', EXTERNAL), as(EXTERNAL, t('11:00'))).thenThrows('NOT_A_VOTER', 'forbidden');
  });
  it('one vote each (ALREADY_VOTED); one opinion each', () => {
    given(onAgenda(), voteCast('i1', M1)).when(vote('i1', M1, 'against'), as(M1, t('11:30'))).thenThrows('ALREADY_VOTED', 'conflict');
    given(onAgenda(), { type: 'OpinionRecorded', itemId: 'i1', ballot: { memberId: C1, vote: 'for', at: t('11:00') } })
      .when(opinion('i1', C1, 'against'), as(C1, t('11:30')))
      .thenThrows('ALREADY_VOTED', 'conflict');
  });
  it('a full member gives a vote, not an opinion (NOT_A_CANDIDATE)', () => {
    given(onAgenda()).when(opinion('i1', M1), as(M1, t('11:00'))).thenThrows('NOT_A_CANDIDATE', 'validation');
  });
  it('only the secretariat records a vote for someone else (NOT_ALLOWED)', () => {
    given(onAgenda()).when(vote('i1', M1), as(M2, t('11:00'))).thenThrows('NOT_ALLOWED', 'forbidden');
    given(onAgenda()).when(vote('i1', M1), as(SECRETARIAT, t('11:00'))).thenMatches([{ type: 'VoteCast' }]);
  });
  it('refuses what is not a vote (BAD_VOTE), unknown items and members', () => {
    given(onAgenda()).when(vote('i1', M1, 'maybe' as never), as(M1, t('11:00'))).thenThrows('BAD_VOTE', 'validation');
    given(onAgenda()).when(vote('x', M1), as(M1, t('11:00'))).thenThrows('UNKNOWN_ITEM', 'not-found');
    given(onAgenda()).when(vote('i1', 'nobody'), as(SECRETARIAT, t('11:00'))).thenThrows('UNKNOWN_MEMBER', 'not-found');
  });
  it('an item not put to a vote takes none (NOT_VOTING)', () => {
    given(standardBody(), proposed('i1')).when(vote('i1', M1), as(M1)).thenThrows('NOT_VOTING', 'illegal-state');
    given(onAgenda(), votingClosed('i1', { for: 4 })).when(vote('i1', M2), as(M2, t('12:30'))).thenThrows('NOT_VOTING');
  });
});

describe('CastVote in a poll', () => {
  it('a member in Moscow votes directly', () => {
    given(polling()).when(vote('i1', M1), as(M1, t('11:00'))).thenMatches([{ type: 'VoteCast', ballot: { memberId: M1, vote: 'for' } }]);
  });
  it('closes at its deadline (POLL_CLOSED)', () => {
    given(polling()).when(vote('i1', M1), as(M1, t('20:00'))).thenMatches([{ type: 'VoteCast' }]);
    given(polling()).when(vote('i1', M1), as(M1, t('20:01'))).thenThrows('POLL_CLOSED', 'illegal-state');
  });
  it('the absent leader votes only by a delivered message of his own about the item', () => {
    given(polling()).when(vote('i1', LEADER), as(SECRETARIAT, t('14:00'))).thenThrows('ABSENT_VOTES_BY_MESSAGE', 'illegal-state');
    given(polling()).when(vote('i1', LEADER, 'for', 'tg-x'), as(SECRETARIAT, t('14:00'))).thenThrows('UNKNOWN_MESSAGE', 'not-found');
    given(polling(), sent({ id: 'tg-1', fromId: DEPUTY, toIds: [M1], itemIds: ['i1'] }), delivered('tg-1'))
      .when(vote('i1', LEADER, 'for', 'tg-1'), as(SECRETARIAT, t('14:00')))
      .thenThrows('NOT_SENDER', 'validation');
    given(polling(), leaderWired('i1', 'tg-1', false)).when(vote('i1', LEADER, 'for', 'tg-1'), as(SECRETARIAT, t('14:00'))).thenThrows('NOT_DELIVERED', 'illegal-state');
    given(polling(), sent({ id: 'tg-1', fromId: LEADER, toIds: [DEPUTY] }), delivered('tg-1'))
      .when(vote('i1', LEADER, 'for', 'tg-1'), as(SECRETARIAT, t('14:00')))
      .thenThrows('MESSAGE_NOT_ABOUT_ITEM', 'validation');
    given(polling(), leaderWired('i1'))
      .when(vote('i1', LEADER, 'for', 'tg-1'), as(SECRETARIAT, t('14:00')))
      .then([{ type: 'VoteCast', itemId: 'i1', ballot: { memberId: LEADER, vote: 'for', at: t('14:00'), viaMessageId: 'tg-1' } }]);
  });
  it('a message named as the channel of a vote must have been delivered, absent or not (NOT_DELIVERED)', () => {
    given(polling(), sent({ id: 'tg-1', fromId: M1, toIds: [DEPUTY], itemIds: ['i1'] }))
      .when(vote('i1', M1, 'for', 'tg-1'), as(SECRETARIAT, t('10:00')))
      .thenThrows('NOT_DELIVERED', 'illegal-state');
  });
  it('auto-closes when every full member has voted', () => {
    const votes = [DEPUTY, M1, M2].map((m) => voteCast('i1', m, 'for', t('10:00')));
    given(polling(), ...votes, leaderWired('i1'))
      .when(vote('i1', LEADER, 'against', 'tg-1'), as(SECRETARIAT, t('14:00')))
      .thenMatches([{ type: 'VoteCast' }]);
    given(polling(), ...votes, voteCast('i1', LEADER, 'against', t('14:00')))
      .when(vote('i1', M3, 'abstain'), as(M3, t('15:00')))
      .then([
        { type: 'VoteCast', itemId: 'i1', ballot: { memberId: M3, vote: 'abstain', at: t('15:00') } },
        { type: 'VotingClosed', itemId: 'i1', adopted: true, for: 3, against: 1, abstain: 1, participants: 5, fullMembers: 5, at: t('15:00') },
      ]);
  });
});

describe('CloseVoting and the adoption rule', () => {
  const withVotes = (votes: Array<[string, 'for' | 'against' | 'abstain']>, extra: BodyEvent[] = []) => [
    ...polling(),
    ...extra,
    ...votes.map(([m, v]) => voteCast('i1', m, v, t('10:00'))),
  ];
  const closing = as(SECRETARIAT, t('20:00'));

  it('a poll stays open before its deadline unless all have voted (POLL_STILL_OPEN)', () => {
    given(withVotes([[M1, 'for']])).when(closeVoting('i1'), as(SECRETARIAT, t('19:59'))).thenThrows('POLL_STILL_OPEN', 'illegal-state');
  });
  it('half plus one of the full members must take part: 2 of 5 is not enough', () => {
    given(withVotes([[M1, 'for'], [M2, 'for']]))
      .when(closeVoting('i1'), closing)
      .then([{ type: 'VotingClosed', itemId: 'i1', adopted: false, for: 2, against: 0, abstain: 0, participants: 2, fullMembers: 5, at: t('20:00') }]);
  });
  it('3 of 5 taking part, more for than against: adopted', () => {
    given(withVotes([[M1, 'for'], [M2, 'for'], [M3, 'against']])).when(closeVoting('i1'), closing).thenMatches([{ adopted: true, for: 2, against: 1, participants: 3 }]);
  });
  it('abstentions count toward the quorum, not toward the majority', () => {
    given(withVotes([[M1, 'for'], [M2, 'abstain'], [M3, 'abstain']])).when(closeVoting('i1'), closing).thenMatches([{ adopted: true, participants: 3 }]);
    given(withVotes([[M1, 'abstain'], [M2, 'abstain'], [M3, 'abstain']])).when(closeVoting('i1'), closing).thenMatches([{ adopted: false }]);
  });
  it('a tie is not adopted', () => {
    given(withVotes([[M1, 'for'], [M2, 'against'], [M3, 'abstain'], [DEPUTY, 'for']]))
      .when(closeVoting('i1'), closing)
      .thenMatches([{ adopted: true }]);
    given(withVotes([[M1, 'for'], [M2, 'against'], [M3, 'abstain']])).when(closeVoting('i1'), closing).thenMatches([{ adopted: false }]);
  });
  it('candidates’ opinions are recorded but never counted', () => {
    const opinions: BodyEvent[] = [C1, C2].map((c) => ({ type: 'OpinionRecorded', itemId: 'i1', ballot: { memberId: c, vote: 'against', at: t('10:00') } }));
    given(withVotes([[M1, 'for'], [M2, 'for'], [M3, 'for']], opinions))
      .when(closeVoting('i1'), closing)
      .thenMatches([{ adopted: true, for: 3, against: 0, participants: 3 }]);
    given(withVotes([[M1, 'for']], opinions)).when(closeVoting('i1'), closing).thenMatches([{ adopted: false, participants: 1 }]);
  });
  it('the quorum is a setting: at-least N', () => {
    const atLeast4 = { type: 'SettingsChanged' as const, settings: { quorum: { type: 'at-least' as const, count: 4 }, hideResultsUntilClosed: false, withoutPoll: false, answerRoute: 'poll' as const }, at: t('07:00') };
    given(withVotes([[M1, 'for'], [M2, 'for'], [M3, 'for']], [atLeast4])).when(closeVoting('i1'), closing).thenMatches([{ adopted: false }]);
    given(withVotes([[M1, 'for'], [M2, 'for'], [M3, 'for'], [DEPUTY, 'against']], [atLeast4])).when(closeVoting('i1'), closing).thenMatches([{ adopted: true }]);
  });
  it('the quorum is a setting: none', () => {
    const none = { type: 'SettingsChanged' as const, settings: { quorum: { type: 'none' as const }, hideResultsUntilClosed: false, withoutPoll: false, answerRoute: 'poll' as const }, at: t('07:00') };
    given(withVotes([[M1, 'for']], [none])).when(closeVoting('i1'), closing).thenMatches([{ adopted: true, participants: 1 }]);
    given(withVotes([], [none])).when(closeVoting('i1'), closing).thenMatches([{ adopted: false, participants: 0 }]);
  });
  it('a meeting closes its vote while in session (MEETING_NOT_OPEN otherwise)', () => {
    given(onAgenda(), voteCast('i1', DEPUTY), voteCast('i1', M1), voteCast('i1', M2))
      .when(closeVoting('i1'), as(DEPUTY, t('12:00')))
      .thenMatches([{ type: 'VotingClosed', adopted: true, participants: 3 }]);
    given(standardBody(), scheduled('m1'), proposed('i1'), putToMeeting('i1', 'm1')).when(closeVoting('i1'), as(DEPUTY)).thenThrows('MEETING_NOT_OPEN', 'illegal-state');
  });
  it('refuses an item not being voted on (NOT_VOTING) and members who cannot steer (NOT_ALLOWED)', () => {
    given(standardBody(), proposed('i1')).when(closeVoting('i1'), as(DEPUTY)).thenThrows('NOT_VOTING', 'illegal-state');
    given(polling()).when(closeVoting('i1'), as(M1, t('20:00'))).thenThrows('NOT_ALLOWED', 'forbidden');
  });
});

describe('RegisterDecision: protocols', () => {
  const register = (itemId: string, decisionId: string) => ({ type: 'RegisterDecision' as const, itemId, decisionId });

  it('a poll decision between meetings opens the next protocol, under its own date', () => {
    given(standardBody(), adoptedByPoll('i1', {}, '1934-08-19'))
      .when(register('i1', 'd1'), as(SECRETARIAT, t('09:00')))
      .then([
        {
          type: 'DecisionRegistered',
          decision: { id: 'd1', itemId: 'i1', protocolNo: 1, itemNo: 1, date: '1934-08-19', mode: 'poll', title: 'Question i1', restricted: false, initiatorId: DEPUTY },
          historical: false,
          at: t('09:00'),
        },
      ]);
  });
  it('item numbers run on without gaps in the open protocol', () => {
    given(standardBody(), adoptedByPoll('i1'), registered('d1', 1, 1, { itemId: 'i1' }), adoptedByPoll('i2'))
      .when(register('i2', 'd2'), as(SECRETARIAT, t('21:30')))
      .thenMatches([{ decision: { protocolNo: 1, itemNo: 2 } }]);
  });
  it('after a meeting closes its protocol, the next decision opens a new one', () => {
    given(standardBody(), adoptedByPoll('i1'), registered('d1', 1, 1, { itemId: 'i1' }), scheduled('m1', '1934-08-21'), opened('m1'), closed('m1', 1, '1934-08-21T18:00'), adoptedByPoll('i2', {}, '1934-08-22'))
      .when(register('i2', 'd2'), as(SECRETARIAT, '1934-08-22T21:00'))
      .thenMatches([{ decision: { protocolNo: 2, itemNo: 1, date: '1934-08-22' } }]);
  });
  it('a meeting decision names its meeting and carries restriction and the amended wording', () => {
    given(onAgenda(), { type: 'ItemModified', itemId: 'i1', text: 'in Kazakhstan too', byId: LEADER, at: t('10:30') }, votingClosed('i1', { for: 4 }))
      .when(register('i1', 'd1'), as(DEPUTY, t('12:05')))
      .thenMatches([{ decision: { mode: 'meeting', meetingId: 'm1', title: 'Question i1 — in Kazakhstan too', date: DAY } }]);
  });
  it('only adopted items are registered (NOT_ADOPTED)', () => {
    given(polling()).when(register('i1', 'd1'), as(SECRETARIAT)).thenThrows('NOT_ADOPTED', 'illegal-state');
    given(onAgenda(), votingClosed('i1', { for: 1, against: 3 })).when(register('i1', 'd1'), as(SECRETARIAT, t('12:05'))).thenThrows('NOT_ADOPTED');
    given(standardBody(), adoptedByPoll('i1'), registered('d1', 1, 1, { itemId: 'i1' })).when(register('i1', 'd2'), as(SECRETARIAT)).thenThrows('NOT_ADOPTED');
  });
  it('refuses a taken decision id (DUPLICATE_ID) and never reuses a slot an archival record holds', () => {
    given(standardBody(), adoptedByPoll('i1'), registered('d1', 1, 1, { itemId: 'i1' }), adoptedByPoll('i2')).when(register('i2', 'd1'), as(SECRETARIAT)).thenThrows('DUPLICATE_ID', 'conflict');
    const archival: BodyEvent = { ...(registered('h1', 1, 1) as Extract<BodyEvent, { type: 'DecisionRegistered' }>), historical: true };
    given(standardBody(), archival, adoptedByPoll('i1'))
      .when(register('i1', 'd1'), as(SECRETARIAT, t('21:00')))
      .thenMatches([{ decision: { protocolNo: 2, itemNo: 1 } }]);
  });
  it('a new convocation numbers its protocols from 1 again', () => {
    given(standardBody(), adoptedByPoll('i1'), registered('d1', 1, 1, { itemId: 'i1' }), ...meetingInSession('m1', '1934-08-21'), closed('m1', 1, '1934-08-21T18:00'), { type: 'ConvocationStarted', convocation: '18', at: '1934-08-22T09:00' }, adoptedByPoll('i2', {}, '1934-08-23'))
      .when(register('i2', 'd2'), as(SECRETARIAT, '1934-08-23T21:00'))
      .thenMatches([{ decision: { protocolNo: 1, itemNo: 1 } }]);
  });
  it('members may not register (NOT_ALLOWED)', () => {
    given(standardBody(), adoptedByPoll('i1')).when(register('i1', 'd1'), as(M1)).thenThrows('NOT_ALLOWED', 'forbidden');
    given(standardBody(), adoptedByPoll('i1')).when(register('i1', 'd1'), as(OBSERVER)).thenThrows('NOT_ALLOWED', 'forbidden');
  });
});

describe('Amendment and revocation', () => {
  const base = [...standardBody(), ...adoptedByPoll('i1'), registered('d1', 1, 1, { itemId: 'i1' })];
  it('an amendment is a new decision that refers to the old one, which stays as it was but for the back-reference', () => {
    const before = given(base).state();
    const history = [...base, ...adoptedByPoll('i2', { amendsId: 'd1' })];
    const [event] = given(history).when({ type: 'RegisterDecision', itemId: 'i2', decisionId: 'd2' }, as(SECRETARIAT, t('21:30'))).thenMatches([{ decision: { id: 'd2', amendsId: 'd1', itemNo: 2 } }]);
    const after = given(history, event!).state();
    if (before.status !== 'active' || after.status !== 'active') throw new Error('no body');
    const { amendedBy, ...rest } = after.body.decisions.d1!;
    const { amendedBy: was, ...old } = before.body.decisions.d1!;
    expect(rest).toEqual(old);
    expect(was).toEqual([]);
    expect(amendedBy).toEqual(['d2']);
  });
  it('a revocation likewise, and a second revocation is refused at registration (ALREADY_REVOKED)', () => {
    const history = [...base, ...adoptedByPoll('i2', { revokesId: 'd1' }), ...adoptedByPoll('i3', { revokesId: 'd1' })];
    given(history).when({ type: 'RegisterDecision', itemId: 'i2', decisionId: 'd2' }, as(SECRETARIAT, t('21:30'))).thenMatches([{ decision: { revokesId: 'd1' } }]);
    given(history, registered('d2', 1, 2, { itemId: 'i2', revokesId: 'd1' }))
      .when({ type: 'RegisterDecision', itemId: 'i3', decisionId: 'd3' }, as(SECRETARIAT, t('21:30')))
      .thenThrows('ALREADY_REVOKED', 'illegal-state');
  });
});

describe('SendExtract', () => {
  const base = [...standardBody(), ...adoptedByPoll('i1'), registered('d1', 1, 1, { itemId: 'i1' })];
  it('the secretariat sends extracts to named recipients', () => {
    given(base)
      .when({ type: 'SendExtract', decisionId: 'd1', recipients: [' NKVD ', 'Gosplan', ''] }, as(SECRETARIAT, t('22:00')))
      .then([{ type: 'ExtractSent', decisionId: 'd1', recipients: ['NKVD', 'Gosplan'], byId: SECRETARIAT, at: t('22:00') }]);
  });
  it('nobody else does (NOT_ALLOWED)', () => {
    for (const who of FULL.filter((m) => m !== LEADER)) {
      given(base).when({ type: 'SendExtract', decisionId: 'd1', recipients: ['NKVD'] }, as(who)).thenThrows('NOT_ALLOWED', 'forbidden');
    }
  });
  it('needs a recipient (NO_RECIPIENTS) and a decision (UNKNOWN_DECISION)', () => {
    given(base).when({ type: 'SendExtract', decisionId: 'd1', recipients: [' '] }, as(SECRETARIAT)).thenThrows('NO_RECIPIENTS', 'validation');
    given(base).when({ type: 'SendExtract', decisionId: 'd9', recipients: ['NKVD'] }, system()).thenThrows('UNKNOWN_DECISION', 'not-found');
  });
});

function opened(meetingId: string): BodyEvent {
  return { type: 'MeetingOpened', meetingId, chairId: DEPUTY, attendees: [DEPUTY, M1, M2, M3], at: '1934-08-21T10:00' };
}

describe('a body that goes on from an imported record', () => {
  it('numbers its first live protocol after the highest archival one', async () => {
    const { Engine } = await import('./engine.ts');
    const e = new Engine();
    const sys = (now: string) => ({ now, actor: { kind: 'system' as const } });
    e.execute({ type: 'CreateBody', bodyId: 'b', name: 'B' }, sys('1934-01-01T00:00'));
    for (const [id, role] of [['l', 'leader'], ['d', 'deputy'], ['m', 'member']] as const) {
      e.execute({ type: 'AdmitMember', memberId: id, name: id, role }, sys('1934-01-01T00:00'));
    }
    e.execute({ type: 'RecordDecision', decisionId: 'old', protocolNo: 46, itemNo: 3, date: '1934-12-30', mode: 'poll', title: 'archival', restricted: false }, sys('1934-12-30T00:00'));
    e.execute({ type: 'ProposeItem', itemId: 'i', title: 'new', initiatorId: 'm' }, sys('1935-01-02T10:00'));
    e.execute({ type: 'CirculatePoll', itemId: 'i', deadline: '1935-01-03T10:00' }, sys('1935-01-02T10:00'));
    for (const id of ['l', 'd', 'm']) e.execute({ type: 'CastVote', itemId: 'i', memberId: id, vote: 'for' }, { now: '1935-01-02T11:00', actor: { kind: 'member', id } });
    const [registered] = e.execute({ type: 'RegisterDecision', itemId: 'i', decisionId: 'new' }, sys('1935-01-02T12:00'));
    expect(registered).toMatchObject({ type: 'DecisionRegistered', decision: { protocolNo: 47, itemNo: 1 } });
  });
});
