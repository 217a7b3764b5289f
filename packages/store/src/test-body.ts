import { type BodyCommand, type BodyEvent, type CommandMeta, Engine } from '@politburo/core';

/**
 * A small 1934 body for the store tests, made by the real engine: members, three
 * archival decisions (one in the special folder), a telegram and two interventions.
 */
export const SYSTEM: CommandMeta = { now: '1934-08-01T10:00', actor: { kind: 'system' } };

export const bodyCommands = (bodyId = 'pb'): BodyCommand[] => [
  { type: 'CreateBody', bodyId, name: 'Politburo' },
  { type: 'AdmitMember', memberId: 'stalin', name: 'Сталин И. В.', role: 'leader' },
  { type: 'AdmitMember', memberId: 'kaganovich', name: 'Каганович Л. М.', role: 'deputy' },
  { type: 'AdmitMember', memberId: 'molotov', name: 'Molotov V. M.', role: 'member' },
  { type: 'AdmitMember', memberId: 'voroshilov', name: 'Voroshilov K. E.', role: 'member' },
  { type: 'AdmitMember', memberId: 'zhdanov', name: 'Жданов А. А.', role: 'candidate' },
  { type: 'AdmitMember', memberId: 'poskrebyshev', name: 'Poskrebyshev A. N.', role: 'secretariat' },
  { type: 'RecordMeeting', meetingId: 'mt-0802', date: '1934-08-02', chairId: 'kaganovich', attendees: ['kaganovich', 'molotov', 'voroshilov'] },
  {
    type: 'RecordDecision',
    decisionId: 'd1',
    protocolNo: 10,
    itemNo: 1,
    date: '1934-08-02',
    mode: 'meeting',
    meetingId: 'mt-0802',
    title: 'О хлебозаготовках',
    restricted: false,
    initiatorId: 'kaganovich',
  },
  { type: 'RecordDecision', decisionId: 'd2', protocolNo: 10, itemNo: 2, date: '1934-08-05', mode: 'poll', title: 'Вопрос НКВД', restricted: true, initiatorId: 'stalin' },
  {
    type: 'RecordDecision',
    decisionId: 'd3',
    protocolNo: 11,
    itemNo: 1,
    date: '1934-08-20',
    mode: 'meeting',
    title: 'On the grain plan — proposal of comrade Kaganovič',
    restricted: false,
    initiatorId: 'molotov',
    itemLabel: '1/3',
  },
  {
    type: 'RecordMessage',
    messageId: 'tg-1',
    kind: 'telegram',
    fromId: 'kaganovich',
    toIds: ['stalin'],
    sentAt: '1934-08-03T12:00',
    receivedAt: '1934-08-03T18:30',
    decisionIds: ['d1', 'd2'],
    summary: 'Запрос о хлебозаготовках и о НКВД',
  },
  { type: 'RecordIntervention', interventionId: 'iv-1', decisionId: 'd1', memberId: 'stalin', origin: 'response', outcome: 'confirmed', messageIds: ['tg-1'] },
  { type: 'RecordIntervention', interventionId: 'iv-2', decisionId: 'd2', memberId: 'stalin', origin: 'initiative', outcome: 'modified' },
];

export const bodyEvents = (bodyId = 'pb'): BodyEvent[] => {
  const engine = new Engine();
  for (const c of bodyCommands(bodyId)) engine.execute(c, SYSTEM);
  return engine.log;
};

/** A live meeting that adopts and registers an item, for `handleCommand`. */
export const liveMeetingCommands = (): BodyCommand[] => [
  { type: 'ScheduleMeeting', meetingId: 'mt-live', date: '1934-08-01' },
  { type: 'OpenMeeting', meetingId: 'mt-live', chairId: 'kaganovich', attendees: ['kaganovich', 'molotov', 'voroshilov'] },
  { type: 'ProposeItem', itemId: 'it-live', title: 'О строительстве метро', initiatorId: 'kaganovich' },
  { type: 'PutItemToMeeting', itemId: 'it-live', meetingId: 'mt-live' },
  { type: 'CastVote', itemId: 'it-live', memberId: 'kaganovich', vote: 'for' },
  { type: 'CastVote', itemId: 'it-live', memberId: 'molotov', vote: 'for' },
  { type: 'CastVote', itemId: 'it-live', memberId: 'voroshilov', vote: 'against' },
  { type: 'CloseVoting', itemId: 'it-live' },
  { type: 'RegisterDecision', itemId: 'it-live', decisionId: 'd-live' },
  { type: 'CloseMeeting', meetingId: 'mt-live' },
];
