import { describe, expect, it } from 'vitest';
import type { BodyEvent } from './events.ts';
import { ROLES } from './roles.ts';
import type { Body } from './state.ts';
import { given } from './testing/decider-specification.ts';
import {
  CANDIDATES,
  DEPUTY,
  delivered,
  EXTERNAL,
  LEADER,
  M1,
  OBSERVER,
  proposed,
  registered,
  SECRETARIAT,
  scheduled,
  sent,
  standardBody,
  t,
} from './testing/fixtures.ts';
import {
  bodyAsSeenBy,
  decisionAsSeenBy,
  eventAsSeenBy,
  itemAsSeenBy,
  maySee,
  maySeeBallots,
  maySeeMessage,
  meetingAsSeenBy,
  messageAsSeenBy,
  rowOf,
  seesSpecialFolder,
  type Viewer,
  visibleDecision,
  visibleItem,
} from './visibility.ts';

/**
 * Given a body with a special folder (a restricted item, a restricted decision amending a
 * public one, an intervention on it, a correction of it, a meeting with a restricted agenda
 * entry, a message citing both), when a viewer looks, then he sees exactly his share.
 */
const NOW = t('18:00');
const MEMBER_OF: Record<(typeof ROLES)[number], string> = {
  leader: LEADER,
  deputy: DEPUTY,
  member: M1,
  candidate: CANDIDATES[0],
  secretariat: SECRETARIAT,
  observer: OBSERVER,
  external: EXTERNAL,
};
const viewer = (role: Viewer['role'], now = NOW): Viewer => ({ role, memberId: role === 'anonymous' ? null : MEMBER_OF[role], now });
const OUTSIDERS = (['observer', 'external', 'anonymous'] as const).map((r) => viewer(r));
const INSIDERS = (['leader', 'deputy', 'member', 'candidate', 'secretariat'] as const).map((r) => viewer(r));

const history: BodyEvent[] = [
  ...standardBody(),
  proposed('pub'),
  proposed('hush', { restricted: true, title: 'Hush item' }),
  registered('d-pub', 1, 1, { title: 'Public decision' }),
  registered('d-hush', 1, 2, { title: 'Hush decision', restricted: true, amendsId: 'd-pub' }),
  { type: 'InterventionRecorded', intervention: { id: 'iv-hush', decisionId: 'd-hush', memberId: LEADER, origin: 'initiative', outcome: 'confirmed', messageIds: [] }, at: t('21:30') },
  { type: 'InterventionRecorded', intervention: { id: 'iv-pub', decisionId: 'd-pub', memberId: LEADER, origin: 'initiative', outcome: 'confirmed', messageIds: [] }, at: t('21:30') },
  {
    type: 'RecordCorrected',
    correction: { target: { table: 'decisions', id: 'd-hush' }, field: 'title', from: 'Hush decision', to: 'Hush decision (fixed)', authorId: SECRETARIAT, reason: 'typo', at: t('21:40') },
  },
  scheduled('mtg'),
  { type: 'ItemPutToMeeting', itemId: 'pub', meetingId: 'mtg', at: t('09:00') },
  { type: 'ItemPutToMeeting', itemId: 'hush', meetingId: 'mtg', at: t('09:00') },
  sent({ id: 'to-observer', fromId: DEPUTY, toIds: [OBSERVER], itemIds: ['pub', 'hush'], decisionIds: ['d-pub', 'd-hush'], points: [{ itemId: 'hush-point', title: 'Hush point', restricted: true }] }, t('09:00')),
  delivered('to-observer', t('10:00')),
  sent({ id: 'to-leader', fromId: DEPUTY, toIds: [LEADER], inReplyTo: 'to-observer' }, t('11:00')),
];
const body = (): Body => {
  const s = given(history).state();
  if (s.status !== 'active') throw new Error('no body');
  return s.body;
};

describe('the special folder', () => {
  it('is open to full members, candidates and the secretariat, and to nobody else', () => {
    expect(ROLES.filter((r) => seesSpecialFolder({ role: r }))).toEqual(['leader', 'deputy', 'member', 'candidate', 'secretariat']);
    expect(seesSpecialFolder({ role: 'anonymous' })).toBe(false);
  });

  it('given restricted rows, when an outsider asks for them, then they do not exist; an insider sees them', () => {
    const b = body();
    for (const v of OUTSIDERS) {
      expect(maySee(b, v, { table: 'items', id: 'hush' }), v.role).toBe(false);
      expect(maySee(b, v, { table: 'decisions', id: 'd-hush' }), v.role).toBe(false);
      expect(maySee(b, v, { table: 'interventions', id: 'iv-hush' }), v.role).toBe(false);
      expect(visibleItem(b, v, 'hush')).toBeUndefined();
      expect(visibleDecision(b, v, 'd-hush')).toBeUndefined();
      expect(maySee(b, v, { table: 'items', id: 'pub' })).toBe(true);
      expect(maySee(b, v, { table: 'interventions', id: 'iv-pub' })).toBe(true);
    }
    for (const v of INSIDERS) {
      expect(visibleDecision(b, v, 'd-hush')?.title, v.role).toBe('Hush decision (fixed)');
      expect(maySee(b, v, { table: 'interventions', id: 'iv-hush' })).toBe(true);
    }
  });

  it('given a prototype name as id, when anyone asks, then there is no such row', () => {
    const b = body();
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(rowOf(b.items, id)).toBeUndefined();
      for (const table of ['items', 'decisions', 'interventions', 'correspondence', 'meetings', 'members'] as const) {
        expect(maySee(b, viewer('leader'), { table, id }), `${table}/${id}`).toBe(false);
      }
    }
  });

  it('given a restricted decision amending a public one, when an outsider reads the public one, then no link leads to it', () => {
    const b = body();
    expect(b.decisions['d-pub']!.amendedBy).toEqual(['d-hush']);
    for (const v of OUTSIDERS) expect(decisionAsSeenBy(b, v, b.decisions['d-pub']!).amendedBy).toEqual([]);
    for (const v of INSIDERS) expect(decisionAsSeenBy(b, v, b.decisions['d-pub']!).amendedBy).toEqual(['d-hush']);
    // and the other direction: a public item amending a restricted decision
    const item = { id: 'x', amendsId: 'd-hush', revokesId: 'd-pub' };
    expect(itemAsSeenBy(b, viewer('external'), item)).toEqual({ id: 'x', revokesId: 'd-pub' });
    expect(itemAsSeenBy(b, viewer('member'), item)).toBe(item);
  });

  it('given a meeting with a restricted agenda entry, when an outsider reads it, then the entry is gone', () => {
    const b = body();
    expect(meetingAsSeenBy(b, viewer('anonymous'), b.meetings.mtg!).agenda).toEqual(['pub']);
    expect(meetingAsSeenBy(b, viewer('candidate'), b.meetings.mtg!).agenda).toEqual(['pub', 'hush']);
  });

  it('given a message citing restricted rows, when its outsider recipient reads it, then the citations are gone', () => {
    const b = body();
    const seen = messageAsSeenBy(b, viewer('observer'), b.messages['to-observer']!);
    expect(seen).toMatchObject({ itemIds: ['pub'], decisionIds: ['d-pub'], answers: [], points: [] });
    expect(messageAsSeenBy(b, viewer('deputy'), b.messages['to-observer']!).points).toHaveLength(1);
  });

  it('given the whole body, when an outsider takes his view of it, then no restricted id or title is left in it', () => {
    const b = body();
    for (const v of OUTSIDERS) {
      const text = JSON.stringify(bodyAsSeenBy(b, v));
      expect(text, v.role).not.toMatch(/hush/i);
      expect(text).toContain('Public decision');
    }
    for (const v of INSIDERS) expect(JSON.stringify(bodyAsSeenBy(b, v))).toContain('Hush decision');
    // totals are the caller's: the body itself is untouched
    expect(Object.keys(b.decisions)).toHaveLength(2);
  });
});

describe('mail', () => {
  it('given a message, when anyone looks, then only the sender, the delivered recipient and the steering roles see it', () => {
    const b = body();
    const m = b.messages['to-observer']!;
    const who = [...ROLES, 'anonymous' as const].filter((r) => maySeeMessage(viewer(r), m));
    expect(who).toEqual(['leader', 'deputy', 'secretariat', 'observer']);
    // before delivery, the recipient does not see it
    expect(maySeeMessage(viewer('observer', t('09:30')), m)).toBe(false);
  });

  it('given a reply to mail the viewer may not see, when he reads the reply, then it does not say what it answers', () => {
    const b = body();
    const reply = { ...b.messages['to-leader']!, toIds: [M1], receivedAt: t('12:00') };
    expect(maySeeMessage(viewer('member'), reply)).toBe(true);
    expect(messageAsSeenBy(b, viewer('member'), reply).inReplyTo).toBeUndefined();
    expect(messageAsSeenBy(b, viewer('deputy'), reply).inReplyTo).toBe('to-observer');
  });
});

describe('ballots', () => {
  it('given a poll open under hideResultsUntilClosed, then only the secretariat sees how each voted', () => {
    const b = { ...body(), settings: { ...body().settings, hideResultsUntilClosed: true } };
    expect(ROLES.filter((r) => maySeeBallots(b, { role: r }, { status: 'polling' }))).toEqual(['secretariat']);
    expect(maySeeBallots(b, { role: 'member' }, { status: 'adopted' })).toBe(true);
  });
});

describe('events', () => {
  const b = body();
  const seenBy = (v: Viewer) => history.map((e) => eventAsSeenBy(b, v, e)).filter((e) => e !== null);

  it('given the log, when an outsider follows it, then no event of the special folder reaches him', () => {
    for (const v of OUTSIDERS) {
      const text = JSON.stringify(seenBy(v));
      expect(text, v.role).not.toMatch(/hush/i);
      expect(text).toContain('Public decision');
    }
  });

  it('given the log, when an insider follows it, then he gets the special folder too', () => {
    for (const v of INSIDERS) expect(JSON.stringify(seenBy(v)), v.role).toContain('Hush decision');
  });

  it('given mail, when it leaves, then its recipient is not told; when it arrives, he is', () => {
    const types = (v: Viewer) => seenBy(v).filter((e) => e.type.startsWith('Message')).map((e) => e.type);
    expect(types(viewer('observer'))).toEqual(['MessageDelivered']);
    expect(types(viewer('deputy'))).toEqual(['MessageSent', 'MessageDelivered', 'MessageSent']);
    expect(types(viewer('anonymous'))).toEqual([]);
  });
});
