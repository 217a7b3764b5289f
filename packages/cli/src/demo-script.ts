import type { BodyCommand, CommandMeta } from '@politburo/core';

/**
 * The scripted demonstration: a small body in the summer of 1934 (synthetic names
 * by role, not the historical persons), a poll with ballots, a registered decision,
 * a telegram to the absent leader and his confirmation arriving hours later.
 */
export interface DemoStep {
  /** What the step does, as the catalogue's `cli.demo.step.<say>` words it (with `sayParams`). */
  say: string;
  sayParams?: Record<string, string>;
  command: BodyCommand;
  meta: CommandMeta;
}

const sys = (now: string): CommandMeta => ({ now, actor: { kind: 'system' } });
const as = (id: string, now: string): CommandMeta => ({ now, actor: { kind: 'member', id } });

export const demoScript = (bodyId = 'demo'): DemoStep[] => [
  { say: 'founded', command: { type: 'CreateBody', bodyId, name: 'Demo body (synthetic)' }, meta: sys('1934-08-01T09:00') },
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
    say: 'admitted',
    sayParams: { id, role },
    command: { type: 'AdmitMember', memberId: id, name, role, synthetic: true } as BodyCommand,
    meta: sys('1934-08-01T09:00'),
  })),
  {
    say: 'south',
    command: { type: 'RecordAbsence', absenceId: 'holiday', memberId: 'leader', from: '1934-08-01', to: '1934-10-31', location: 'Sochi' },
    meta: sys('1934-08-01T09:00'),
  },
  {
    say: 'proposes',
    command: { type: 'ProposeItem', itemId: 'item-1', title: 'On the grain procurement plan for the Urals', importance: 0.8, synthetic: true },
    meta: as('m1', '1934-08-02T10:00'),
  },
  {
    say: 'poll',
    command: { type: 'CirculatePoll', itemId: 'item-1', deadline: '1934-08-03T18:00' },
    meta: as('deputy', '1934-08-02T11:00'),
  },
  { say: 'deputyFor', command: { type: 'CastVote', itemId: 'item-1', memberId: 'deputy', vote: 'for' }, meta: as('deputy', '1934-08-02T12:00') },
  { say: 'm1For', command: { type: 'CastVote', itemId: 'item-1', memberId: 'm1', vote: 'for' }, meta: as('m1', '1934-08-02T13:00') },
  { say: 'm2For', command: { type: 'CastVote', itemId: 'item-1', memberId: 'm2', vote: 'for' }, meta: as('m2', '1934-08-02T15:30') },
  { say: 'm3Abstains', command: { type: 'CastVote', itemId: 'item-1', memberId: 'm3', vote: 'abstain' }, meta: as('m3', '1934-08-03T09:10') },
  {
    say: 'opinion',
    command: { type: 'RecordOpinion', itemId: 'item-1', memberId: 'cand', vote: 'against' },
    meta: as('cand', '1934-08-03T09:30'),
  },
  { say: 'closed', command: { type: 'CloseVoting', itemId: 'item-1' }, meta: sys('1934-08-03T18:00') },
  {
    say: 'registers',
    command: { type: 'RegisterDecision', itemId: 'item-1', decisionId: 'dec-1' },
    meta: as('sec', '1934-08-03T18:30'),
  },
  {
    say: 'second',
    command: { type: 'ProposeItem', itemId: 'item-2', title: 'On sending a commission to the Chelyabinsk region', importance: 0.9, synthetic: true },
    meta: as('deputy', '1934-08-04T10:00'),
  },
  {
    say: 'telegram',
    command: { type: 'SendMessage', messageId: 'tel-1', kind: 'telegram', fromId: 'deputy', toIds: ['leader'], itemIds: ['item-2'], summary: 'Request for approval: commission to Chelyabinsk', synthetic: true },
    meta: as('deputy', '1934-08-04T11:00'),
  },
  { say: 'delivered', command: { type: 'DeliverMessage', messageId: 'tel-1' }, meta: sys('1934-08-04T23:00') },
  {
    say: 'replies',
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
  { say: 'reaches', command: { type: 'DeliverMessage', messageId: 'tel-2' }, meta: sys('1934-08-05T12:20') },
];
