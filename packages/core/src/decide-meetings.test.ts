import { describe, it } from 'vitest';
import { given } from './testing/decider-specification.ts';
import {
  absence,
  admitted,
  adoptedByPoll,
  as,
  BEFORE,
  C1,
  closed,
  DAY,
  DEPUTY,
  EXTERNAL,
  LEADER,
  M1,
  M2,
  M3,
  MEMBERS,
  meetingInSession,
  OBSERVER,
  registered,
  SECRETARIAT,
  scheduled,
  standardBody,
  t,
} from './testing/fixtures.ts';

const open = (meetingId: string, chairId: string, attendees: string[]) => ({ type: 'OpenMeeting' as const, meetingId, chairId, attendees });

describe('ScheduleMeeting', () => {
  it('schedules a meeting for today or later', () => {
    given(standardBody())
      .when({ type: 'ScheduleMeeting', meetingId: 'm1', date: DAY }, as(DEPUTY, t('08:00')))
      .then([{ type: 'MeetingScheduled', meetingId: 'm1', date: DAY, at: t('08:00') }]);
  });
  it('refuses a date in the past (DATE_IN_PAST)', () => {
    given(standardBody()).when({ type: 'ScheduleMeeting', meetingId: 'm1', date: '1934-08-19' }, as(DEPUTY)).thenThrows('DATE_IN_PAST', 'validation');
  });
  it('refuses a taken id (DUPLICATE_ID) and a bad date (BAD_DATE)', () => {
    given(standardBody(), scheduled('m1')).when({ type: 'ScheduleMeeting', meetingId: 'm1', date: DAY }, as(DEPUTY)).thenThrows('DUPLICATE_ID', 'conflict');
    given(standardBody()).when({ type: 'ScheduleMeeting', meetingId: 'm1', date: '20.08.1934' }, as(DEPUTY)).thenThrows('BAD_DATE');
    given(standardBody()).when({ type: 'ScheduleMeeting', meetingId: '', date: DAY }, as(DEPUTY)).thenThrows('EMPTY_FIELD');
  });
  it('is not for ordinary members or observers (NOT_ALLOWED)', () => {
    given(standardBody()).when({ type: 'ScheduleMeeting', meetingId: 'm1', date: DAY }, as(M1)).thenThrows('NOT_ALLOWED', 'forbidden');
    given(standardBody()).when({ type: 'ScheduleMeeting', meetingId: 'm1', date: DAY }, as(OBSERVER)).thenThrows('NOT_ALLOWED', 'forbidden');
  });
});

describe('OpenMeeting: the chair', () => {
  const before = [...standardBody(), scheduled('m0', BEFORE)];
  const on = (time: string) => as(SECRETARIAT, t(time, BEFORE));

  it('is the leader when he is present', () => {
    given(before)
      .when(open('m0', LEADER, [LEADER, DEPUTY, M1, M2]), on('10:00'))
      .then([{ type: 'MeetingOpened', meetingId: 'm0', chairId: LEADER, attendees: [LEADER, DEPUTY, M1, M2], at: t('10:00', BEFORE) }]);
    given(before).when(open('m0', DEPUTY, [LEADER, DEPUTY, M1]), on('10:00')).thenThrows('WRONG_CHAIR', 'validation');
  });
  it('is the deputy when the leader is away', () => {
    given(standardBody(), scheduled('m1'))
      .when(open('m1', DEPUTY, [DEPUTY, M1, M2, C1]), as(SECRETARIAT, t('10:00')))
      .thenMatches([{ type: 'MeetingOpened', chairId: DEPUTY }]);
    given(standardBody(), scheduled('m1')).when(open('m1', M1, [DEPUTY, M1, M2]), as(SECRETARIAT, t('10:00'))).thenThrows('WRONG_CHAIR');
  });
  it('is a full member present when neither leader nor deputy is', () => {
    given(standardBody(), scheduled('m1'))
      .when(open('m1', M2, [M1, M2, M3]), as(SECRETARIAT, t('10:00')))
      .thenMatches([{ type: 'MeetingOpened', chairId: M2 }]);
  });
  it('is never a candidate or the secretariat', () => {
    given(standardBody(), scheduled('m1')).when(open('m1', C1, [M1, C1]), as(SECRETARIAT, t('10:00'))).thenThrows('WRONG_CHAIR', 'validation');
    given(standardBody(), scheduled('m1')).when(open('m1', SECRETARIAT, [SECRETARIAT, M1]), as(SECRETARIAT, t('10:00'))).thenThrows('WRONG_CHAIR');
  });
  it('must be present (CHAIR_NOT_PRESENT)', () => {
    given(standardBody(), scheduled('m1')).when(open('m1', DEPUTY, [M1, M2]), as(SECRETARIAT, t('10:00'))).thenThrows('CHAIR_NOT_PRESENT', 'validation');
  });
});

describe('OpenMeeting: attendance', () => {
  it('an absent member cannot attend (MEMBER_ABSENT)', () => {
    given(standardBody(), scheduled('m1'))
      .when(open('m1', LEADER, [LEADER, DEPUTY, ...MEMBERS]), as(SECRETARIAT, t('10:00')))
      .thenThrows('MEMBER_ABSENT', 'illegal-state');
  });
  it('absence covers both ends of its window', () => {
    given(standardBody(), scheduled('m1', '1934-10-15'))
      .when(open('m1', LEADER, [LEADER, M1]), as(SECRETARIAT, '1934-10-15T10:00'))
      .thenThrows('MEMBER_ABSENT');
    given(standardBody(), scheduled('m1', '1934-10-16'))
      .when(open('m1', LEADER, [LEADER, M1]), as(SECRETARIAT, '1934-10-16T10:00'))
      .thenMatches([{ type: 'MeetingOpened', chairId: LEADER }]);
  });
  it('externals do not belong to the body (NOT_OF_BODY)', () => {
    given(standardBody(), scheduled('m1')).when(open('m1', DEPUTY, [DEPUTY, EXTERNAL]), as(SECRETARIAT, t('10:00'))).thenThrows('NOT_OF_BODY', 'validation');
  });
  it('retired members and members not yet admitted do not belong either (NOT_OF_BODY)', () => {
    given(standardBody(), { type: 'MemberRetired', memberId: M1, on: '1934-08-01', at: t('09:00') }, scheduled('m1'))
      .when(open('m1', DEPUTY, [DEPUTY, M1]), as(SECRETARIAT, t('10:00')))
      .thenThrows('NOT_OF_BODY');
    given(standardBody(), admitted('kirov', 'member', '1934-12-01'), scheduled('m1'))
      .when(open('m1', DEPUTY, [DEPUTY, 'kirov']), as(SECRETARIAT, t('10:00')))
      .thenThrows('NOT_OF_BODY');
  });
  it('refuses a name listed twice (DUPLICATE_ATTENDEE) and unknown people (UNKNOWN_MEMBER)', () => {
    given(standardBody(), scheduled('m1')).when(open('m1', DEPUTY, [DEPUTY, M1, M1]), as(SECRETARIAT, t('10:00'))).thenThrows('DUPLICATE_ATTENDEE');
    given(standardBody(), scheduled('m1')).when(open('m1', DEPUTY, [DEPUTY, 'nobody']), as(SECRETARIAT, t('10:00'))).thenThrows('UNKNOWN_MEMBER', 'not-found');
  });
  it('opens only on its day (MEETING_NOT_TODAY), once (MEETING_NOT_SCHEDULED), if it exists (UNKNOWN_MEETING)', () => {
    given(standardBody(), scheduled('m1', '1934-08-21')).when(open('m1', DEPUTY, [DEPUTY]), as(SECRETARIAT, t('10:00'))).thenThrows('MEETING_NOT_TODAY', 'illegal-state');
    given(standardBody(), meetingInSession('m1')).when(open('m1', DEPUTY, [DEPUTY]), as(SECRETARIAT, t('11:00'))).thenThrows('MEETING_NOT_SCHEDULED', 'illegal-state');
    given(standardBody()).when(open('m9', DEPUTY, [DEPUTY]), as(SECRETARIAT, t('11:00'))).thenThrows('UNKNOWN_MEETING', 'not-found');
  });
  it('a member absent on another day may attend today', () => {
    given(standardBody(), absence(M1, '1934-08-21', '1934-08-30', 'a-m1'), scheduled('m1'))
      .when(open('m1', DEPUTY, [DEPUTY, M1]), as(SECRETARIAT, t('10:00')))
      .thenMatches([{ type: 'MeetingOpened', attendees: [DEPUTY, M1] }]);
  });
});

describe('CloseMeeting', () => {
  it('closes the protocol being compiled', () => {
    given(standardBody(), meetingInSession('m1'), registered('d1', 1, 1), registered('d2', 1, 2))
      .when({ type: 'CloseMeeting', meetingId: 'm1' }, as(SECRETARIAT, t('18:00')))
      .then([{ type: 'MeetingClosed', meetingId: 'm1', protocolNo: 1, at: t('18:00') }]);
  });
  it('closes an empty protocol with the next number when nothing was registered', () => {
    given(standardBody(), scheduled('m0', BEFORE), closed('m0', 1), ...meetingInSession('m1'))
      .when({ type: 'CloseMeeting', meetingId: 'm1' }, as(SECRETARIAT, t('18:00')))
      .thenMatches([{ type: 'MeetingClosed', protocolNo: 2 }]);
  });
  it('a poll decision taken between meetings is closed by the next meeting', () => {
    given(standardBody(), adoptedByPoll('i1', {}, '1934-08-19'), registered('d1', 1, 1, {}, '1934-08-19T21:00'), meetingInSession('m1'))
      .when({ type: 'CloseMeeting', meetingId: 'm1' }, as(SECRETARIAT, t('18:00')))
      .thenMatches([{ type: 'MeetingClosed', protocolNo: 1 }]);
  });
  it('refuses a meeting that is not open (MEETING_NOT_OPEN)', () => {
    given(standardBody(), scheduled('m1')).when({ type: 'CloseMeeting', meetingId: 'm1' }, as(SECRETARIAT)).thenThrows('MEETING_NOT_OPEN', 'illegal-state');
    given(standardBody(), meetingInSession('m1'), closed('m1', 1)).when({ type: 'CloseMeeting', meetingId: 'm1' }, as(SECRETARIAT)).thenThrows('MEETING_NOT_OPEN');
  });
  it('is not for members (NOT_ALLOWED)', () => {
    given(standardBody(), meetingInSession('m1')).when({ type: 'CloseMeeting', meetingId: 'm1' }, as(M1)).thenThrows('NOT_ALLOWED', 'forbidden');
  });
});
