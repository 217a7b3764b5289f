import { describe, expect, it } from 'vitest';
import type { BodyEvent } from './events.ts';
import { roleOn } from './guards.ts';
import { DEFAULT_SETTINGS } from './settings.ts';
import { given } from './testing/decider-specification.ts';
import {
  admitted,
  as,
  bodyCreated,
  C1,
  DEPUTY,
  M1,
  OBSERVER,
  SECRETARIAT,
  standardBody,
  system,
  t,
  EXTERNAL,
  registered,
} from './testing/fixtures.ts';

describe('CreateBody', () => {
  it('creates a body with default settings and the first convocation', () => {
    given()
      .when({ type: 'CreateBody', bodyId: 'pb', name: 'Politburo' }, system())
      .then([{ type: 'BodyCreated', bodyId: 'pb', name: 'Politburo', settings: DEFAULT_SETTINGS, convocation: '1', at: t('09:00') }]);
  });
  it('takes partial settings over the defaults', () => {
    given()
      .when({ type: 'CreateBody', bodyId: 'pb', name: 'PB', settings: { quorum: { type: 'none' } }, convocation: '17' }, system())
      .thenMatches([{ settings: { quorum: { type: 'none' }, hideResultsUntilClosed: false }, convocation: '17' }]);
  });
  it('refuses a second body (BODY_EXISTS)', () => {
    given(bodyCreated()).when({ type: 'CreateBody', bodyId: 'x', name: 'X' }, system()).thenThrows('BODY_EXISTS', 'conflict');
  });
  it('refuses an empty id or name (EMPTY_FIELD)', () => {
    given().when({ type: 'CreateBody', bodyId: ' ', name: 'X' }, system()).thenThrows('EMPTY_FIELD', 'validation');
    given().when({ type: 'CreateBody', bodyId: 'x', name: '' }, system()).thenThrows('EMPTY_FIELD', 'validation');
  });
  it('refuses every other command before the body exists (BODY_NOT_CREATED)', () => {
    given().when({ type: 'ScheduleMeeting', meetingId: 'm', date: '1934-08-20' }, system()).thenThrows('BODY_NOT_CREATED', 'illegal-state');
  });
});

describe('ChangeSettings', () => {
  it('merges the new settings into the old', () => {
    given(standardBody())
      .when({ type: 'ChangeSettings', settings: { quorum: { type: 'at-least', count: 4 } } }, as(DEPUTY))
      .then([{ type: 'SettingsChanged', settings: { quorum: { type: 'at-least', count: 4 }, hideResultsUntilClosed: false, withoutPoll: false, answerRoute: 'poll' }, at: t('09:00') }]);
  });
  it('refuses a negative quorum count (BAD_QUORUM)', () => {
    given(standardBody())
      .when({ type: 'ChangeSettings', settings: { quorum: { type: 'at-least', count: -1 } } }, as(DEPUTY))
      .thenThrows('BAD_QUORUM', 'validation');
  });
  it('is for leader, deputy and secretariat only (NOT_ALLOWED, UNKNOWN_ACTOR)', () => {
    given(standardBody()).when({ type: 'ChangeSettings', settings: {} }, as(M1)).thenThrows('NOT_ALLOWED', 'forbidden');
    given(standardBody()).when({ type: 'ChangeSettings', settings: {} }, as('nobody')).thenThrows('UNKNOWN_ACTOR', 'forbidden');
  });
});

describe('StartConvocation', () => {
  it('starts a new convocation', () => {
    given(standardBody())
      .when({ type: 'StartConvocation', convocation: '18' }, as(SECRETARIAT))
      .then([{ type: 'ConvocationStarted', convocation: '18', at: t('09:00') }]);
  });
  it('refuses the current one (SAME_CONVOCATION)', () => {
    given(standardBody()).when({ type: 'StartConvocation', convocation: '17' }, as(SECRETARIAT)).thenThrows('SAME_CONVOCATION', 'conflict');
  });
  it('refuses while a protocol is being compiled (PROTOCOL_OPEN)', () => {
    given(standardBody(), registered('d1', 1, 1))
      .when({ type: 'StartConvocation', convocation: '18' }, as(SECRETARIAT))
      .thenThrows('PROTOCOL_OPEN', 'illegal-state');
  });
  it('refuses an empty name (EMPTY_FIELD)', () => {
    given(standardBody()).when({ type: 'StartConvocation', convocation: '' }, as(SECRETARIAT)).thenThrows('EMPTY_FIELD');
  });
});

describe('AdmitMember', () => {
  it('admits a member with a dated role', () => {
    given(standardBody())
      .when({ type: 'AdmitMember', memberId: 'kirov', name: 'Kirov', role: 'member', from: '1934-02-10' }, as(SECRETARIAT))
      .then([{ type: 'MemberAdmitted', member: { id: 'kirov', name: 'Kirov', role: 'member', from: '1934-02-10' }, at: t('09:00') }]);
  });
  it('refuses a taken id (DUPLICATE_ID)', () => {
    given(standardBody()).when({ type: 'AdmitMember', memberId: M1, name: 'X', role: 'member' }, as(SECRETARIAT)).thenThrows('DUPLICATE_ID', 'conflict');
  });
  it('refuses an unknown role (BAD_ROLE)', () => {
    given(standardBody())
      .when({ type: 'AdmitMember', memberId: 'x', name: 'X', role: 'tsar' as never }, as(SECRETARIAT))
      .thenThrows('BAD_ROLE', 'validation');
  });
  it('refuses a malformed date (BAD_DATE)', () => {
    given(standardBody())
      .when({ type: 'AdmitMember', memberId: 'x', name: 'X', role: 'member', from: '1934-02-30' }, as(SECRETARIAT))
      .thenThrows('BAD_DATE', 'validation');
  });
  it('refuses an unknown source (UNKNOWN_SOURCE)', () => {
    given(standardBody())
      .when({ type: 'AdmitMember', memberId: 'x', name: 'X', role: 'member', sourceId: 'nope' }, as(SECRETARIAT))
      .thenThrows('UNKNOWN_SOURCE', 'not-found');
  });
  it('is refused to members, candidates, observers and externals (NOT_ALLOWED)', () => {
    for (const who of [M1, C1, OBSERVER, EXTERNAL]) {
      given(standardBody()).when({ type: 'AdmitMember', memberId: 'x', name: 'X', role: 'member' }, as(who)).thenThrows('NOT_ALLOWED', 'forbidden');
    }
  });
});

describe('ChangeRole', () => {
  it('is dated', () => {
    given(standardBody())
      .when({ type: 'ChangeRole', memberId: C1, role: 'member', from: '1935-02-01' }, as(SECRETARIAT))
      .then([{ type: 'RoleChanged', memberId: C1, role: 'member', from: '1935-02-01', at: t('09:00') }]);
  });
  it('refuses an end before the start (BAD_RANGE)', () => {
    given(standardBody())
      .when({ type: 'ChangeRole', memberId: C1, role: 'member', from: '1935-02-01', to: '1935-01-01' }, as(SECRETARIAT))
      .thenThrows('BAD_RANGE', 'validation');
  });
  it('refuses an unknown member (UNKNOWN_MEMBER) and a bad date (BAD_DATE)', () => {
    given(standardBody()).when({ type: 'ChangeRole', memberId: 'x', role: 'member', from: '1935-02-01' }, as(SECRETARIAT)).thenThrows('UNKNOWN_MEMBER', 'not-found');
    given(standardBody()).when({ type: 'ChangeRole', memberId: C1, role: 'member', from: '1935' }, as(SECRETARIAT)).thenThrows('BAD_DATE');
  });
  it('refuses a role after retirement (MEMBER_RETIRED)', () => {
    given(standardBody(), { type: 'MemberRetired', memberId: C1, on: '1934-09-01', at: t('09:00') })
      .when({ type: 'ChangeRole', memberId: C1, role: 'member', from: '1934-10-01' }, as(SECRETARIAT))
      .thenThrows('MEMBER_RETIRED', 'illegal-state');
  });
  it('refuses an unknown role (BAD_ROLE)', () => {
    given(standardBody()).when({ type: 'ChangeRole', memberId: C1, role: 'boss' as never, from: '1935-02-01' }, as(SECRETARIAT)).thenThrows('BAD_ROLE');
  });
});

describe('RetireMember', () => {
  it('retires a member on a date', () => {
    given(standardBody())
      .when({ type: 'RetireMember', memberId: M1, on: '1934-12-01' }, as(DEPUTY))
      .then([{ type: 'MemberRetired', memberId: M1, on: '1934-12-01', at: t('09:00') }]);
  });
  it('refuses to retire twice (MEMBER_RETIRED)', () => {
    given(standardBody(), { type: 'MemberRetired', memberId: M1, on: '1934-12-01', at: t('09:00') })
      .when({ type: 'RetireMember', memberId: M1, on: '1934-12-02' }, as(DEPUTY))
      .thenThrows('MEMBER_RETIRED', 'illegal-state');
  });
  it('refuses a bad date (BAD_DATE)', () => {
    given(standardBody()).when({ type: 'RetireMember', memberId: M1, on: 'soon' }, as(DEPUTY)).thenThrows('BAD_DATE');
  });
  it('takes away a retired member’s powers', () => {
    given(standardBody(), { type: 'MemberRetired', memberId: DEPUTY, on: '1934-08-01', at: t('09:00') })
      .when({ type: 'ScheduleMeeting', meetingId: 'm', date: '1934-08-25' }, as(DEPUTY))
      .thenThrows('NOT_ALLOWED', 'forbidden');
  });
});

describe('RecordAbsence', () => {
  it('records where a member is and when', () => {
    given(standardBody())
      .when({ type: 'RecordAbsence', absenceId: 'a2', memberId: M1, from: '1934-09-01', to: '1934-09-10', location: 'Kyiv' }, as(SECRETARIAT))
      .then([{ type: 'AbsenceRecorded', absence: { id: 'a2', memberId: M1, from: '1934-09-01', to: '1934-09-10', location: 'Kyiv' }, at: t('09:00') }]);
  });
  it('refuses an end before the start (BAD_RANGE) and a taken id (DUPLICATE_ID)', () => {
    given(standardBody())
      .when({ type: 'RecordAbsence', absenceId: 'a2', memberId: M1, from: '1934-09-10', to: '1934-09-01', location: 'Kyiv' }, as(SECRETARIAT))
      .thenThrows('BAD_RANGE', 'validation');
    given(standardBody())
      .when({ type: 'RecordAbsence', absenceId: 'abs-sochi', memberId: M1, from: '1934-09-01', to: '1934-09-10', location: 'Kyiv' }, as(SECRETARIAT))
      .thenThrows('DUPLICATE_ID', 'conflict');
  });
  it('refuses an unknown member (UNKNOWN_MEMBER)', () => {
    given(standardBody())
      .when({ type: 'RecordAbsence', absenceId: 'a2', memberId: 'x', from: '1934-09-01', to: '1934-09-10', location: 'Kyiv' }, as(SECRETARIAT))
      .thenThrows('UNKNOWN_MEMBER', 'not-found');
  });
  it('cannot be recorded by an observer (NOT_ALLOWED)', () => {
    given(standardBody())
      .when({ type: 'RecordAbsence', absenceId: 'a2', memberId: M1, from: '1934-09-01', to: '1934-09-10', location: 'Kyiv' }, as(OBSERVER))
      .thenThrows('NOT_ALLOWED', 'forbidden');
  });
});

describe('meta', () => {
  it('refuses a malformed clock reading (BAD_TIME)', () => {
    given(standardBody()).when({ type: 'ScheduleMeeting', meetingId: 'm', date: '1934-08-25' }, { now: '1934-08-20 10:00', actor: { kind: 'system' } }).thenThrows('BAD_TIME', 'validation');
  });
  it('a member admitted from a later date has no powers yet', () => {
    given(standardBody(), admitted('kirov', 'deputy', '1934-09-01'))
      .when({ type: 'ScheduleMeeting', meetingId: 'm', date: '1934-08-25' }, as('kirov'))
      .thenThrows('NOT_ALLOWED', 'forbidden');
  });
});

describe('roleOn: dated roles', () => {
  const member = (extra: BodyEvent[]) => {
    const s = given(standardBody(), ...extra).state();
    if (s.status !== 'active') throw new Error('no body');
    return s.body.members[M1]!;
  };
  it('answers by date, and a role held for a period gives way to the one it interrupted', () => {
    const m = member([
      { type: 'RoleChanged', memberId: M1, role: 'deputy', from: '1934-09-01', to: '1934-10-01', at: t('09:00') },
      { type: 'RoleChanged', memberId: M1, role: 'candidate', from: '1934-11-01', at: t('09:00') },
    ]);
    expect(roleOn(m, '1934-08-31')).toBe('member');
    expect(roleOn(m, '1934-09-15')).toBe('deputy');
    expect(roleOn(m, '1934-10-15')).toBe('member');
    expect(roleOn(m, '1934-11-01')).toBe('candidate');
  });
  it('ends with retirement', () => {
    const m = member([{ type: 'MemberRetired', memberId: M1, on: '1934-09-01', at: t('09:00') }]);
    expect(roleOn(m, '1934-08-31')).toBe('member');
    expect(roleOn(m, '1934-09-02')).toBeUndefined();
  });
});
