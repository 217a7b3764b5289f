import { type BodyCommand, type BodyEvent, Engine, replay, type Role } from '@politburo/core';
import { TestClient } from './http-client.ts';
import { type Fixture, makeFixture, passwordOf, ROLE_MEMBERS } from './fixture-body.ts';

/**
 * A body with a special folder, for the visibility matrix. Every restricted row's id, title
 * and text carries the marker `hush` (no public one does), so a leak is a substring:
 * restricted items, a restricted decision amending a public one and a public one amending a
 * restricted one, interventions and corrections on restricted rows, a meeting with a
 * restricted agenda entry, mail citing restricted items, an answer withdrawing, rewording and
 * postponing restricted items, a restricted point raised by mail, an answer amending a
 * restricted decision (a restricted amending item before the body). Archival rows come in
 * through a restore (the events a record import makes, decided by the core), live rows through
 * the API, so that the log holds every event type.
 */
export const MARK = /hush/i;

export interface SpecialFolderFixture extends Fixture {
  ids: {
    items: { open: string[]; restricted: string[] };
    decisions: { open: string[]; restricted: string[] };
    meetings: string[];
    messages: string[];
  };
}

const HISTORY_AT = '1934-09-01T09:00';

/** The archival part, decided by the core as an import would (system actor), after the body's own events. */
const archival = (events: BodyEvent[]): BodyEvent[] => {
  const engine = new Engine();
  engine.state = replay(structuredClone(events));
  const system = { now: HISTORY_AT, actor: { kind: 'system' as const } };
  const commands: BodyCommand[] = [
    { type: 'SetRecordMeta', meta: { description: 'Visibility fixture (synthetic)', synthetic: true } },
    { type: 'StartConvocation', convocation: '17' },
    { type: 'RegisterSource', source: { id: 'src-1', author: 'Test', title: 'Ordinary source', status: 'secondary' } },
    { type: 'RecordMeeting', meetingId: 'hist-mtg', date: '1934-07-01', chairId: ROLE_MEMBERS.leader, attendees: [ROLE_MEMBERS.leader, ROLE_MEMBERS.deputy] },
    { type: 'RecordDecision', decisionId: 'hist-pub', protocolNo: 1, itemNo: 1, date: '1934-07-01', mode: 'meeting', meetingId: 'hist-mtg', title: 'Ordinary archival decision', restricted: false, sourceId: 'src-1' },
    { type: 'RecordDecision', decisionId: 'hush-hist', protocolNo: 1, itemNo: 2, date: '1934-07-01', mode: 'meeting', meetingId: 'hist-mtg', title: 'HUSH archival decision', restricted: true, amendsId: 'hist-pub', synthetic: true },
    { type: 'RecordBallot', decisionId: 'hist-pub', memberId: ROLE_MEMBERS.member, vote: 'for' },
    { type: 'RecordBallot', decisionId: 'hush-hist', memberId: ROLE_MEMBERS.member, vote: 'against' },
    {
      type: 'RecordMessage',
      messageId: 'hist-msg',
      kind: 'letter',
      fromId: ROLE_MEMBERS.leader,
      toIds: [ROLE_MEMBERS.deputy],
      sentAt: '1934-07-02T10:00',
      receivedAt: '1934-07-04T10:00',
      decisionIds: ['hist-pub', 'hush-hist'],
      summary: 'Ordinary archival letter',
      synthetic: true,
    },
    { type: 'RecordIntervention', interventionId: 'hush-iv-hist', decisionId: 'hush-hist', memberId: ROLE_MEMBERS.leader, origin: 'response', outcome: 'modified', messageIds: ['hist-msg'], basis: 'HUSH basis' },
    { type: 'RecordIntervention', interventionId: 'iv-hist-pub', decisionId: 'hist-pub', memberId: ROLE_MEMBERS.leader, origin: 'response', outcome: 'confirmed', messageIds: ['hist-msg'] },
  ];
  for (const c of commands) engine.execute(c, system);
  return engine.log;
};

export const makeSpecialFolderFixture = async (base: string, bodyId: string, tick: () => Promise<unknown>): Promise<SpecialFolderFixture> => {
  const source = await makeFixture(base, `${bodyId}-source`);
  const backup = await source.as.secretariat.json<{ events: BodyEvent[] }>('GET', `/api/bodies/${bodyId}-source/backup`);
  if (backup.status !== 200) throw new Error(`backup: ${backup.status}`);
  const restored = await source.as.secretariat.json('POST', '/api/bodies/restore', {
    id: bodyId,
    // Events added to a backup break its chain: the file goes in as a format-1 backup, which carries none.
    backup: { ...backup.body, format: 'politburo-backup/1', chain: undefined, events: [...backup.body.events, ...archival(backup.body.events)] },
  });
  if (restored.status !== 201) throw new Error(`restore: ${restored.status} ${JSON.stringify(restored.body)}`);
  const as = { anonymous: await new TestClient(base).ready() } as Fixture['as'];
  for (const role of Object.keys(ROLE_MEMBERS) as Role[]) as[role] = await new TestClient(base).login(bodyId, role, passwordOf(role));

  const must = async (who: Role, method: string, path: string, body?: unknown) => {
    const r = await as[who].json(method, `/api/bodies/${bodyId}${path}`, body);
    if (r.status >= 300) throw new Error(`${who} ${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };
  const S = 'secretariat';
  await must(S, 'PATCH', '/settings', { quorum: { type: 'half-plus-one' } });
  await must(S, 'POST', '/members', { memberId: 'tgt', name: 'Target', role: 'candidate', from: '1934-01-01' });
  await must(S, 'POST', '/members/tgt/role', { role: 'observer', from: '1934-08-01' });
  await must(S, 'POST', '/members/tgt/retire', { on: '1934-09-01' });
  await must(S, 'POST', '/absences', { absenceId: 'abs-1', memberId: 'voroshilov', from: '1934-12-01', to: '1934-12-02', location: 'Sochi' });

  // four decisions by poll: open, restricted, open amending a restricted one, restricted amending an open one
  const adopt = async (itemId: string, title: string, restricted: boolean, decisionId: string, amendsId?: string) => {
    await must(S, 'POST', '/items', { itemId, title, text: `${title}: text`, restricted, ...(amendsId ? { amendsId } : {}) });
    await must(S, 'POST', `/items/${itemId}/poll`, { deadline: '1934-09-30T10:00' });
    await must('candidate', 'POST', `/items/${itemId}/opinions`, { vote: 'against' });
    for (const r of ['leader', 'deputy', 'member'] as const) await must(r, 'POST', `/items/${itemId}/votes`, { vote: 'for' });
    // the last full member's vote closes the poll
    await must(S, 'POST', `/items/${itemId}/votes`, { vote: 'for', memberId: 'voroshilov' });
    await must(S, 'POST', `/items/${itemId}/register`, { decisionId });
  };
  await adopt('pub-item', 'Ordinary item', false, 'd-pub');
  await adopt('hush-item', 'HUSH item', true, 'hush-d');
  await adopt('pub-amender', 'Ordinary amender', false, 'd-pub-amender', 'hush-d');
  await adopt('hush-amender', 'HUSH amender', true, 'hush-d-amender', 'd-pub');
  for (const d of ['d-pub', 'hush-d']) await must(S, 'POST', `/decisions/${d}/extracts`, { recipients: d.startsWith('hush') ? ['HUSH recipient'] : ['Gosplan'] });
  await must(S, 'POST', '/interventions', { interventionId: 'hush-iv', decisionId: 'hush-d', memberId: ROLE_MEMBERS.leader, origin: 'initiative', outcome: 'confirmed', basis: 'HUSH reason' });
  await must(S, 'POST', '/interventions', { interventionId: 'iv-pub', decisionId: 'd-pub', memberId: ROLE_MEMBERS.leader, origin: 'initiative', outcome: 'confirmed' });
  // an intervention on an open decision that concerns a restricted item: it belongs to the special folder
  await must(S, 'POST', '/interventions', { interventionId: 'hush-iv-mixed', decisionId: 'd-pub-amender', itemId: 'hush-item', memberId: ROLE_MEMBERS.deputy, origin: 'initiative', outcome: 'postponed' });
  await must(S, 'POST', '/corrections', { table: 'decisions', id: 'hush-hist', field: 'title', to: 'HUSH archival decision (corrected)', reason: 'HUSH transcription' });
  await must(S, 'POST', '/corrections', { table: 'decisions', id: 'hist-pub', field: 'title', to: 'Ordinary archival decision (corrected)', reason: 'Transcription' });
  await must(S, 'POST', '/corrections', { table: 'interventions', id: 'hush-iv-hist', field: 'basis', to: 'HUSH basis (corrected)', reason: 'HUSH transcription' });

  // a sitting with an open and a restricted item on its agenda
  await must(S, 'POST', '/meetings', { meetingId: 'mt', date: '1934-09-01' });
  for (const [itemId, title, restricted] of [
    ['pub-agenda', 'Ordinary agenda item', false],
    ['hush-agenda', 'HUSH agenda item', true],
  ] as const) {
    await must(S, 'POST', '/items', { itemId, title, restricted });
    await must(S, 'POST', '/meetings/mt/agenda', { itemId });
  }
  await must(S, 'POST', '/meetings/mt/open', { chairId: ROLE_MEMBERS.leader, attendees: [ROLE_MEMBERS.leader, ROLE_MEMBERS.deputy, ROLE_MEMBERS.member, 'voroshilov'] });
  await must(S, 'POST', '/meetings/mt/close', {});

  // mail: a request to the leader about open and restricted items, notes to the observer and the external
  for (const [itemId, title, restricted] of [
    ['pub-open', 'Ordinary open question', false],
    ['hush-open', 'HUSH open question', true],
    ['hush-modify', 'HUSH question to reword', true],
    ['hush-postpone', 'HUSH question to postpone', true],
  ] as const) {
    await must(S, 'POST', '/items', { itemId, title, restricted });
  }
  // ... and about a restricted decision already registered: his "modified" puts a restricted amending item before the body
  await must('deputy', 'POST', '/messages', {
    messageId: 'ask',
    kind: 'telephone',
    toIds: [ROLE_MEMBERS.leader],
    itemIds: ['pub-open', 'hush-open', 'hush-modify', 'hush-postpone'],
    decisionIds: ['hush-d-amender'],
    summary: 'Ordinary request',
  });
  await must(S, 'POST', '/messages', { messageId: 'to-obs', kind: 'telephone', toIds: [ROLE_MEMBERS.observer], itemIds: ['pub-item', 'hush-item'], decisionIds: ['d-pub', 'hush-d'], summary: 'Ordinary note' });
  await must(S, 'POST', '/messages', { messageId: 'to-ext', kind: 'telephone', toIds: [ROLE_MEMBERS.external], itemIds: ['pub-item', 'hush-item'], decisionIds: ['d-pub', 'hush-d'], summary: 'Ordinary note' });
  const deliver = async () => {
    await must(S, 'POST', '/clock/step', { minutes: 30 });
    await tick();
  };
  await deliver();
  await must('leader', 'POST', '/messages/ask/read', {});
  await must('observer', 'POST', '/messages/to-obs/read', {});
  await must('leader', 'POST', '/messages', {
    messageId: 'reply',
    kind: 'telephone',
    toIds: [ROLE_MEMBERS.deputy],
    inReplyTo: 'ask',
    summary: 'Ordinary answer',
    answers: [
      { itemId: 'pub-open', outcome: 'confirmed' },
      { itemId: 'hush-open', outcome: 'rejected' },
      { itemId: 'hush-modify', outcome: 'modified', text: 'HUSH new wording' },
      { itemId: 'hush-postpone', outcome: 'postponed' },
      { itemId: 'hush-amender', outcome: 'modified', text: 'HUSH amended wording' },
    ],
    points: [
      { itemId: 'hush-point', title: 'HUSH point', restricted: true },
      { itemId: 'pub-point', title: 'Ordinary point', restricted: false },
    ],
  });
  await deliver();
  await must(S, 'POST', '/clock/step', { minutes: 30 });

  return {
    bodyId,
    as,
    ids: {
      items: {
        open: ['pub-item', 'pub-amender', 'pub-open', 'pub-point'],
        restricted: ['hush-item', 'hush-amender', 'hush-open', 'hush-modify', 'hush-point', 'hush-agenda', 'amend-hush-d-amender-reply'],
      },
      decisions: { open: ['d-pub', 'd-pub-amender', 'hist-pub'], restricted: ['hush-d', 'hush-d-amender', 'hush-hist'] },
      meetings: ['mt', 'hist-mtg'],
      messages: ['ask', 'reply', 'to-obs', 'to-ext', 'hist-msg'],
    },
  };
};
