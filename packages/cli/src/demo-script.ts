import type { BodyCommand, CommandMeta } from '@politburo/core';

/**
 * The scripted demonstration: a small body in the summer of 1934 (synthetic names
 * by role, not the historical persons), a poll with ballots, a registered decision,
 * a telegram to the absent leader and his confirmation arriving hours later.
 */
export interface DemoStep {
  say: string;
  command: BodyCommand;
  meta: CommandMeta;
}

const sys = (now: string): CommandMeta => ({ now, actor: { kind: 'system' } });
const as = (id: string, now: string): CommandMeta => ({ now, actor: { kind: 'member', id } });

export const demoScript = (bodyId = 'demo'): DemoStep[] => [
  { say: 'A body is founded (synthetic demo).', command: { type: 'CreateBody', bodyId, name: 'Demo body (synthetic)' }, meta: sys('1934-08-01T09:00') },
  ...(
    [
      ['leader', 'The Leader', 'leader'],
      ['deputy', 'The Deputy', 'deputy'],
      ['m1', 'Member One', 'member'],
      ['m2', 'Member Two', 'member'],
      ['m3', 'Member Three', 'member'],
      ['cand', 'A Candidate', 'candidate'],
      ['sec', 'The Secretariat', 'secretariat'],
    ] as const
  ).map(([id, name, role]) => ({
    say: `${name} is admitted as ${role}.`,
    command: { type: 'AdmitMember', memberId: id, name, role, synthetic: true } as BodyCommand,
    meta: sys('1934-08-01T09:00'),
  })),
  {
    say: 'The leader goes south: away 1934-08-01..1934-10-31 at Sochi.',
    command: { type: 'RecordAbsence', absenceId: 'holiday', memberId: 'leader', from: '1934-08-01', to: '1934-10-31', location: 'Sochi' },
    meta: sys('1934-08-01T09:00'),
  },
  {
    say: 'Member One proposes an item on grain procurement.',
    command: { type: 'ProposeItem', itemId: 'item-1', title: 'On the grain procurement plan for the Urals', importance: 0.8, synthetic: true },
    meta: as('m1', '1934-08-02T10:00'),
  },
  {
    say: 'The deputy puts it to a written poll, deadline the next evening.',
    command: { type: 'CirculatePoll', itemId: 'item-1', deadline: '1934-08-03T18:00' },
    meta: as('deputy', '1934-08-02T11:00'),
  },
  { say: 'The deputy votes for.', command: { type: 'CastVote', itemId: 'item-1', memberId: 'deputy', vote: 'for' }, meta: as('deputy', '1934-08-02T12:00') },
  { say: 'Member One votes for.', command: { type: 'CastVote', itemId: 'item-1', memberId: 'm1', vote: 'for' }, meta: as('m1', '1934-08-02T13:00') },
  { say: 'Member Two votes for.', command: { type: 'CastVote', itemId: 'item-1', memberId: 'm2', vote: 'for' }, meta: as('m2', '1934-08-02T15:30') },
  { say: 'Member Three abstains.', command: { type: 'CastVote', itemId: 'item-1', memberId: 'm3', vote: 'abstain' }, meta: as('m3', '1934-08-03T09:10') },
  {
    say: 'The candidate gives his opinion (consultative: recorded, not counted).',
    command: { type: 'RecordOpinion', itemId: 'item-1', memberId: 'cand', vote: 'against' },
    meta: as('cand', '1934-08-03T09:30'),
  },
  { say: 'The deadline passes; the poll is closed.', command: { type: 'CloseVoting', itemId: 'item-1' }, meta: sys('1934-08-03T18:00') },
  {
    say: 'The secretariat registers the decision in the protocol.',
    command: { type: 'RegisterDecision', itemId: 'item-1', decisionId: 'dec-1' },
    meta: as('sec', '1934-08-03T18:30'),
  },
  {
    say: 'The deputy proposes a second, weightier item and telegraphs the leader for his view.',
    command: { type: 'ProposeItem', itemId: 'item-2', title: 'On sending a commission to the Chelyabinsk region', importance: 0.9, synthetic: true },
    meta: as('deputy', '1934-08-04T10:00'),
  },
  {
    say: 'Cipher telegram, Moscow → Sochi.',
    command: { type: 'SendMessage', messageId: 'tel-1', kind: 'telegram', fromId: 'deputy', toIds: ['leader'], itemIds: ['item-2'], summary: 'Request for approval: commission to Chelyabinsk', synthetic: true },
    meta: as('deputy', '1934-08-04T11:00'),
  },
  { say: 'Twelve hours later the telegram is delivered in the south.', command: { type: 'DeliverMessage', messageId: 'tel-1' }, meta: sys('1934-08-04T23:00') },
  {
    say: 'The leader replies: "agree" — confirmed unchanged.',
    command: {
      type: 'SendMessage',
      messageId: 'tel-2',
      kind: 'telegram',
      fromId: 'leader',
      toIds: ['deputy'],
      inReplyTo: 'tel-1',
      itemIds: ['item-2'],
      answers: [{ itemId: 'item-2', outcome: 'confirmed' }],
      summary: 'Agree.',
      synthetic: true,
    },
    meta: as('leader', '1934-08-05T00:20'),
  },
  { say: 'The reply reaches Moscow; the intervention is recorded.', command: { type: 'DeliverMessage', messageId: 'tel-2' }, meta: sys('1934-08-05T12:20') },
];
