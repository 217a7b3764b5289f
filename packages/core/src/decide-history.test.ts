import { describe, expect, it } from 'vitest';
import type { BodyCommand } from './commands.ts';
import type { BodyEvent } from './events.ts';
import { given } from './testing/decider-specification.ts';
import {
  adoptedByPoll,
  as,
  C1,
  DEPUTY,
  delivered,
  LEADER,
  M1,
  meetingInSession,
  registered,
  SECRETARIAT,
  sent,
  standardBody,
  system,
  t,
} from './testing/fixtures.ts';

const record = (extra: Partial<Extract<BodyCommand, { type: 'RecordDecision' }>> = {}): BodyCommand => ({
  type: 'RecordDecision',
  decisionId: 'h1',
  protocolNo: 12,
  itemNo: 6,
  date: '1934-08-05',
  mode: 'poll',
  title: 'On the grain harvest',
  restricted: false,
  ...extra,
});
const archival: BodyEvent[] = [
  ...standardBody(),
  { type: 'SourceRegistered', source: { id: 'rgaspi', author: 'RGASPI', title: 'f. 17 op. 3', status: 'verified' } },
  { type: 'HistoricalMeetingRecorded', meeting: { id: 'hm1', date: '1934-08-01', attendees: null } },
];
const recordedH1: BodyEvent = {
  type: 'DecisionRegistered',
  historical: true,
  at: '1934-08-05T00:00',
  decision: { id: 'h1', protocolNo: 12, itemNo: 6, date: '1934-08-05', mode: 'poll', title: 'On the grain harvest', restricted: false },
};

describe('RecordDecision', () => {
  it('keeps the archival form beside the normalised one', () => {
    given(archival)
      .when(record({ itemLabel: '2/6', datePrecision: 'month', protocolDate: '1934-08-07', sourceId: 'rgaspi' }), system())
      .then([
        {
          type: 'DecisionRegistered',
          historical: true,
          at: '1934-08-05T00:00',
          decision: {
            id: 'h1',
            protocolNo: 12,
            itemNo: 6,
            date: '1934-08-05',
            mode: 'poll',
            title: 'On the grain harvest',
            restricted: false,
            itemLabel: '2/6',
            protocolDate: '1934-08-07',
            datePrecision: 'month',
            sourceId: 'rgaspi',
          },
        },
      ]);
  });
  it('is for the importer only (SYSTEM_ONLY)', () => {
    given(archival).when(record(), as(SECRETARIAT)).thenThrows('SYSTEM_ONLY', 'forbidden');
  });
  it('allows gaps but not a slot used twice (DUPLICATE_PROTOCOL_ITEM)', () => {
    given(archival, recordedH1).when(record({ decisionId: 'h2', itemNo: 9 }), system()).thenMatches([{ decision: { protocolNo: 12, itemNo: 9 } }]);
    given(archival, recordedH1).when(record({ decisionId: 'h2' }), system()).thenThrows('DUPLICATE_PROTOCOL_ITEM', 'conflict');
  });
  it('does not open the app’s protocol', () => {
    const state = given(archival, recordedH1).state();
    expect(state.status === 'active' && state.body.protocols.open).toBeNull();
  });
  it('refuses malformed rows (BAD_NUMBER, BAD_MODE, BAD_DATE, POLL_WITH_MEETING, DUPLICATE_ID)', () => {
    given(archival).when(record({ protocolNo: 1.5 }), system()).thenThrows('BAD_NUMBER', 'validation');
    given(archival).when(record({ itemNo: -1 }), system()).thenThrows('BAD_NUMBER', 'validation');
    given(archival).when(record({ mode: 'decree' as never }), system()).thenThrows('BAD_MODE', 'validation');
    given(archival).when(record({ date: '1934-13-01' }), system()).thenThrows('BAD_DATE', 'validation');
    given(archival).when(record({ protocolDate: 'Aug 1934' }), system()).thenThrows('BAD_DATE', 'validation');
    given(archival).when(record({ meetingId: 'hm1' }), system()).thenThrows('POLL_WITH_MEETING', 'validation');
    given(archival, recordedH1).when(record({ protocolNo: 13 }), system()).thenThrows('DUPLICATE_ID', 'conflict');
  });
  it('refuses unknown references (UNKNOWN_MEETING, UNKNOWN_MEMBER, UNKNOWN_DECISION, UNKNOWN_SOURCE)', () => {
    given(archival).when(record({ mode: 'meeting', meetingId: 'x' }), system()).thenThrows('UNKNOWN_MEETING', 'not-found');
    given(archival).when(record({ initiatorId: 'x' }), system()).thenThrows('UNKNOWN_MEMBER', 'not-found');
    given(archival).when(record({ amendsId: 'x' }), system()).thenThrows('UNKNOWN_DECISION', 'not-found');
    given(archival).when(record({ revokesId: 'x' }), system()).thenThrows('UNKNOWN_DECISION', 'not-found');
    given(archival).when(record({ sourceId: 'x' }), system()).thenThrows('UNKNOWN_SOURCE', 'not-found');
  });
});

describe('RecordMeeting', () => {
  it('records a meeting known from its protocol, attendance possibly unknown', () => {
    given(standardBody())
      .when({ type: 'RecordMeeting', meetingId: 'hm1', date: '1934-08-01', chairId: DEPUTY, attendees: null }, system())
      .then([{ type: 'HistoricalMeetingRecorded', meeting: { id: 'hm1', date: '1934-08-01', attendees: null, chairId: DEPUTY } }]);
  });
  it('is for the importer only (SYSTEM_ONLY), with known people (UNKNOWN_MEMBER) and a fresh id (DUPLICATE_ID)', () => {
    given(standardBody()).when({ type: 'RecordMeeting', meetingId: 'hm1', date: '1934-08-01', attendees: [] }, as(SECRETARIAT)).thenThrows('SYSTEM_ONLY', 'forbidden');
    given(standardBody()).when({ type: 'RecordMeeting', meetingId: 'hm1', date: '1934-08-01', attendees: ['x'] }, system()).thenThrows('UNKNOWN_MEMBER', 'not-found');
    given(standardBody()).when({ type: 'RecordMeeting', meetingId: 'hm1', date: '1934-08-01', chairId: 'x', attendees: [] }, system()).thenThrows('UNKNOWN_MEMBER');
    given(archival).when({ type: 'RecordMeeting', meetingId: 'hm1', date: '1934-08-01', attendees: [] }, system()).thenThrows('DUPLICATE_ID', 'conflict');
    given(standardBody()).when({ type: 'RecordMeeting', meetingId: 'hm1', date: '1934-8-1', attendees: [] }, system()).thenThrows('BAD_DATE');
  });
});

describe('RecordMessage', () => {
  const msg = (extra: Partial<Extract<BodyCommand, { type: 'RecordMessage' }>> = {}): BodyCommand => ({
    type: 'RecordMessage',
    messageId: 'hm-1',
    kind: 'telegram',
    fromId: LEADER,
    toIds: [DEPUTY],
    decisionIds: [],
    summary: 'agree',
    sentAt: '1934-08-05T21:40',
    receivedAt: '1934-08-06T03:10',
    ...extra,
  });
  it('records archival correspondence with its times', () => {
    given(archival)
      .when(msg({ number: '14', archiveRef: 'f. 558' }), system())
      .thenMatches([{ type: 'MessageRecorded', message: { id: 'hm-1', number: '14', sentAt: '1934-08-05T21:40', receivedAt: '1934-08-06T03:10', archiveRef: 'f. 558' } }]);
  });
  it('refuses a receipt before sending (RECEIVED_BEFORE_SENT)', () => {
    given(archival).when(msg({ receivedAt: '1934-08-05T21:39' }), system()).thenThrows('RECEIVED_BEFORE_SENT', 'validation');
  });
  it('refuses a reply sent before the message it answers arrived (REPLY_BEFORE_RECEIPT)', () => {
    const earlier: BodyEvent = {
      type: 'MessageRecorded',
      message: { id: 'hm-0', kind: 'telegram', fromId: DEPUTY, toIds: [LEADER], itemIds: [], decisionIds: [], summary: 'asks', answers: [], points: [], receivedAt: '1934-08-05T22:00' },
    };
    given(archival, earlier).when(msg({ inReplyTo: 'hm-0' }), system()).thenThrows('REPLY_BEFORE_RECEIPT', 'validation');
    given(archival, earlier).when(msg({ inReplyTo: 'hm-0', sentAt: '1934-08-05T22:00' }), system()).thenMatches([{ message: { inReplyTo: 'hm-0' } }]);
  });
  it('is for the importer only and checks its row (SYSTEM_ONLY, BAD_KIND, BAD_TIME, UNKNOWN_MEMBER, UNKNOWN_DECISION, UNKNOWN_MESSAGE)', () => {
    given(archival).when(msg(), as(SECRETARIAT)).thenThrows('SYSTEM_ONLY', 'forbidden');
    given(archival).when(msg({ kind: 'fax' as never }), system()).thenThrows('BAD_KIND', 'validation');
    given(archival).when(msg({ sentAt: '1934-08-05' }), system()).thenThrows('BAD_TIME', 'validation');
    given(archival).when(msg({ toIds: ['x'] }), system()).thenThrows('UNKNOWN_MEMBER', 'not-found');
    given(archival).when(msg({ decisionIds: ['x'] }), system()).thenThrows('UNKNOWN_DECISION', 'not-found');
    given(archival).when(msg({ inReplyTo: 'x' }), system()).thenThrows('UNKNOWN_MESSAGE', 'not-found');
  });
});

describe('RecordBallot', () => {
  it('records who voted how on an archival decision', () => {
    given(archival, recordedH1)
      .when({ type: 'RecordBallot', decisionId: 'h1', memberId: M1, vote: 'for' }, system())
      .then([{ type: 'BallotRecorded', decisionId: 'h1', ballot: { memberId: M1, vote: 'for' } }]);
  });
  it('one ballot each (ALREADY_VOTED), system only (SYSTEM_ONLY), known rows (UNKNOWN_DECISION, BAD_VOTE)', () => {
    const first: BodyEvent = { type: 'BallotRecorded', decisionId: 'h1', ballot: { memberId: M1, vote: 'for' } };
    given(archival, recordedH1, first).when({ type: 'RecordBallot', decisionId: 'h1', memberId: M1, vote: 'against' }, system()).thenThrows('ALREADY_VOTED', 'conflict');
    given(archival, recordedH1).when({ type: 'RecordBallot', decisionId: 'h1', memberId: M1, vote: 'for' }, as(SECRETARIAT)).thenThrows('SYSTEM_ONLY', 'forbidden');
    given(archival).when({ type: 'RecordBallot', decisionId: 'x', memberId: M1, vote: 'for' }, system()).thenThrows('UNKNOWN_DECISION', 'not-found');
    given(archival, recordedH1).when({ type: 'RecordBallot', decisionId: 'h1', memberId: M1, vote: 'yes' as never }, system()).thenThrows('BAD_VOTE', 'validation');
    given(archival, recordedH1).when({ type: 'RecordBallot', decisionId: 'h1', memberId: M1, vote: 'for', at: 'noon' }, system()).thenThrows('BAD_TIME', 'validation');
  });
  it('a candidate’s ballot is an opinion, by his role on the day of the decision', () => {
    const promoted: BodyEvent = { type: 'RoleChanged', memberId: C1, role: 'member', from: '1935-02-01', at: t('09:00') };
    const state = given(archival, recordedH1, promoted, { type: 'BallotRecorded', decisionId: 'h1', ballot: { memberId: C1, vote: 'against' } }).state();
    if (state.status !== 'active') throw new Error('no body');
    const it = state.body.items['decision:h1']!;
    expect(it.votes).toEqual({});
    expect(it.opinions[C1]).toMatchObject({ vote: 'against', at: '1934-08-05T00:00' });
  });
});

describe('CorrectRecord', () => {
  const correct = (extra: Partial<Extract<BodyCommand, { type: 'CorrectRecord' }>> = {}): BodyCommand => ({
    type: 'CorrectRecord',
    table: 'decisions',
    id: 'h1',
    field: 'title',
    to: 'On the grain harvest in Ukraine',
    reason: 'misread in the 1995 edition',
    ...extra,
  });
  it('keeps author and reason apart from the body’s own amendments', () => {
    given(archival, recordedH1)
      .when(correct(), as(SECRETARIAT, t('09:00')))
      .then([
        {
          type: 'RecordCorrected',
          correction: { target: { table: 'decisions', id: 'h1' }, field: 'title', from: 'On the grain harvest', to: 'On the grain harvest in Ukraine', authorId: SECRETARIAT, reason: 'misread in the 1995 edition', at: t('09:00') },
        },
      ]);
    given(archival, recordedH1).when(correct(), system()).thenMatches([{ correction: { authorId: 'system' } }]);
  });
  it('needs a reason (EMPTY_FIELD) and a correctable table and field (BAD_TABLE, BAD_FIELD)', () => {
    given(archival, recordedH1).when(correct({ reason: ' ' }), as(SECRETARIAT)).thenThrows('EMPTY_FIELD', 'validation');
    given(archival, recordedH1).when(correct({ table: 'items' as never }), as(SECRETARIAT)).thenThrows('BAD_TABLE', 'validation');
    given(archival, recordedH1).when(correct({ field: 'protocolNo' }), as(SECRETARIAT)).thenThrows('BAD_FIELD', 'validation');
  });
  it('checks the row and the new value (UNKNOWN_ROW, BAD_DATE, BAD_TIME, UNKNOWN_MEMBER)', () => {
    given(archival, recordedH1).when(correct({ id: 'x' }), as(SECRETARIAT)).thenThrows('UNKNOWN_ROW', 'not-found');
    given(archival, recordedH1).when(correct({ field: 'date', to: '5.8.1934' }), as(SECRETARIAT)).thenThrows('BAD_DATE', 'validation');
    given(archival, recordedH1).when(correct({ field: 'initiatorId', to: 'x' }), as(SECRETARIAT)).thenThrows('UNKNOWN_MEMBER', 'not-found');
    given(archival).when(correct({ table: 'meetings', id: 'hm1', field: 'chairId', to: 'x' }), as(SECRETARIAT)).thenThrows('UNKNOWN_MEMBER');
  });
  it('is the secretariat’s (NOT_ALLOWED)', () => {
    given(archival, recordedH1).when(correct(), as(DEPUTY)).thenThrows('NOT_ALLOWED', 'forbidden');
  });
  it('never edits what the app registered or held (NOT_HISTORICAL)', () => {
    given(standardBody(), adoptedByPoll('i1'), registered('d1', 1, 1, { itemId: 'i1' }))
      .when(correct({ id: 'd1' }), as(SECRETARIAT))
      .thenThrows('NOT_HISTORICAL', 'illegal-state');
    given(standardBody(), meetingInSession('m1')).when(correct({ table: 'meetings', id: 'm1', field: 'chairId', to: M1 }), as(SECRETARIAT)).thenThrows('NOT_HISTORICAL');
  });
  it('keeps mail in order and cannot deliver it (RECEIVED_BEFORE_SENT, NOT_DELIVERED, BAD_TIME)', () => {
    const mail = [...standardBody(), sent({ id: 'tg-1', fromId: DEPUTY, toIds: [LEADER] }, t('09:00'))];
    const c = (field: string, to: string) => correct({ table: 'correspondence', id: 'tg-1', field, to });
    given(mail).when(c('receivedAt', t('10:00')), as(SECRETARIAT)).thenThrows('NOT_DELIVERED', 'illegal-state');
    given(mail, delivered('tg-1', t('13:00'))).when(c('receivedAt', t('08:00')), as(SECRETARIAT)).thenThrows('RECEIVED_BEFORE_SENT', 'validation');
    given(mail, delivered('tg-1', t('13:00'))).when(c('sentAt', t('14:00')), as(SECRETARIAT)).thenThrows('RECEIVED_BEFORE_SENT');
    given(mail, delivered('tg-1', t('13:00'))).when(c('sentAt', '1934-08-20'), as(SECRETARIAT)).thenThrows('BAD_TIME');
    given(mail, delivered('tg-1', t('13:00'))).when(c('receivedAt', t('12:00')), as(SECRETARIAT)).thenMatches([{ correction: { from: t('13:00'), to: t('12:00') } }]);
  });
});

describe('RegisterSource and SetRecordMeta', () => {
  it('registers a source once, with a known status (DUPLICATE_ID, BAD_STATUS, EMPTY_FIELD)', () => {
    const source = { id: 's1', author: 'Khlevniuk', title: 'Master of the House', status: 'secondary' as const };
    given(standardBody()).when({ type: 'RegisterSource', source }, as(SECRETARIAT)).then([{ type: 'SourceRegistered', source }]);
    given(archival).when({ type: 'RegisterSource', source: { ...source, id: 'rgaspi' } }, as(SECRETARIAT)).thenThrows('DUPLICATE_ID', 'conflict');
    given(standardBody()).when({ type: 'RegisterSource', source: { ...source, status: 'rumour' as never } }, as(SECRETARIAT)).thenThrows('BAD_STATUS', 'validation');
    given(standardBody()).when({ type: 'RegisterSource', source: { ...source, title: '' } }, as(SECRETARIAT)).thenThrows('EMPTY_FIELD');
    given(standardBody()).when({ type: 'RegisterSource', source }, as(M1)).thenThrows('NOT_ALLOWED', 'forbidden');
  });
  it('describes the record', () => {
    given(standardBody()).when({ type: 'SetRecordMeta', meta: { edition: 1 } }, as(SECRETARIAT)).then([{ type: 'RecordMetaSet', meta: { edition: 1 } }]);
    given(standardBody()).when({ type: 'SetRecordMeta', meta: {} }, as(M1)).thenThrows('NOT_ALLOWED', 'forbidden');
  });
});
