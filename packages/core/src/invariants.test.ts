import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, BodyCommand, CommandMeta } from './commands.ts';
import { decide } from './decide.ts';
import { isDomainError } from './errors.ts';
import type { BodyEvent } from './events.ts';
import { evolve, replay } from './evolve.ts';
import { roleOn } from './guards.ts';
import { isFullMember } from './roles.ts';
import type { Body, BodyState, Decision } from './state.ts';
import { delivered, sent, standardBody } from './testing/fixtures.ts';
import { addMinutes, dateOf, withinDates } from './time.ts';
import { bodyAsSeenBy } from './visibility.ts';

/**
 * Random command sequences against the small standard body (leader away in Sochi from
 * 1934-08-01 to 10-15). Most commands are refused — that is the point: whatever the
 * decider accepts, in whatever order, must leave the invariants of the issue intact.
 */
const PEOPLE = ['stalin', 'kaganovich', 'molotov', 'voroshilov', 'kalinin', 'mikoyan', 'chubar', 'poskrebyshev', 'observer', 'gorky'] as const;
const STEERING = ['poskrebyshev', 'kaganovich', 'stalin'] as const;
// Restricted items are named so that any leak of one into an observer's view is visible in its JSON.
const ITEMS = ['open-0', 'open-1', 'open-2', 'open-3', 'hid-0', 'hid-1'] as const;
const POINTS = ['open-p0', 'hid-p1'] as const;
const ALL_ITEMS = [...ITEMS, ...POINTS];
const MEETINGS = ['m0', 'm1', 'm2', 'm3'] as const;
const MESSAGES = ['g0', 'g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'g7'] as const;
const DECISIONS = ['d0', 'd1', 'd2', 'd3', 'd4', 'd5'] as const;
const START = '1934-07-29T08:00';

const person = fc.constantFrom(...PEOPLE);
const voter = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PEOPLE.slice(1, 5)) }, { weight: 1, arbitrary: person });
/** Who may sit in a meeting: everybody of the body (the leader is refused while away). */
const ATTENDING = ['stalin', 'kaganovich', 'molotov', 'voroshilov', 'kalinin', 'mikoyan', 'chubar', 'poskrebyshev', 'observer'];
/** Mostly nothing, sometimes a value. */
const rarely = <T,>(a: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: a });
const itemId = fc.constantFrom(...ALL_ITEMS);
const meetingId = fc.constantFrom(...MEETINGS);
const messageId = fc.constantFrom(...MESSAGES);
const decisionId = fc.constantFrom(...DECISIONS);

const vote = fc.constantFrom('for' as const, 'against' as const, 'abstain' as const);
const actor: fc.Arbitrary<Actor> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<Actor>({ kind: 'system' }) },
  { weight: 3, arbitrary: fc.constantFrom(...STEERING).map((id): Actor => ({ kind: 'member', id })) },
  { weight: 1, arbitrary: person.map((id): Actor => ({ kind: 'member', id })) },
);

/** A step: a command built without looking at the state (references come from small pools), or a clock jump. */
type Step = { kind: 'command'; command: BodyCommand; actor: Actor; minutes: number; k: number } | { kind: 'wait'; minutes: number };

const command: fc.Arbitrary<BodyCommand> = fc.oneof(
  {
    weight: 1,
    arbitrary:
  fc.record({ meetingId, days: fc.integer({ min: 0, max: 2 }) }).map(({ meetingId, days }) => ({ type: 'ScheduleMeeting', meetingId, date: `+${days}` }) as BodyCommand),
  },
  {
    weight: 2,
    arbitrary:
  fc
    .record({ meetingId, attendees: fc.subarray([...ATTENDING], { minLength: 1 }), chair: fc.nat() })
    .map(({ meetingId, attendees, chair }) => ({ type: 'OpenMeeting', meetingId, attendees, chairId: attendees[chair % Math.max(1, attendees.length)] ?? 'kaganovich' }) as BodyCommand),
  },
  {
    weight: 1,
    arbitrary:
  meetingId.map((meetingId): BodyCommand => ({ type: 'CloseMeeting', meetingId })),
  },
  {
    weight: 1,
    arbitrary:
  fc
    .record({ itemId: fc.constantFrom(...ITEMS), amends: rarely(decisionId), revokes: rarely(decisionId) })
    .map(({ itemId, amends, revokes }) => ({
      type: 'ProposeItem',
      itemId,
      title: `Question ${itemId}`,
      restricted: itemId.startsWith('hid-'),
      ...(amends ? { amendsId: amends } : {}),
      ...(revokes ? { revokesId: revokes } : {}),
    }) as BodyCommand),
  },
  {
    weight: 2,
    arbitrary:
  fc.record({ itemId, meetingId }).map((c): BodyCommand => ({ type: 'PutItemToMeeting', ...c })),
  },
  {
    weight: 3,
    arbitrary:
  fc.record({ itemId, hours: fc.integer({ min: 6, max: 72 }) }).map(({ itemId, hours }) => ({ type: 'CirculatePoll', itemId, deadline: `+${hours * 60}` }) as BodyCommand),
  },
  {
    weight: 10,
    arbitrary:
  fc.record({ itemId, memberId: voter, vote, via: rarely(messageId) }).map(({ via, ...c }): BodyCommand => ({ type: 'CastVote', ...c, ...(via ? { viaMessageId: via } : {}) })),
  },
  {
    weight: 1,
    arbitrary:
  fc.record({ itemId, memberId: person, vote }).map((c): BodyCommand => ({ type: 'RecordOpinion', ...c })),
  },
  {
    weight: 2,
    arbitrary:
  itemId.map((itemId): BodyCommand => ({ type: 'CloseVoting', itemId })),
  },
  {
    weight: 3,
    arbitrary:
  fc.record({ itemId, decisionId }).map((c): BodyCommand => ({ type: 'RegisterDecision', ...c })),
  },
  {
    weight: 1,
    arbitrary:
  decisionId.map((decisionId): BodyCommand => ({ type: 'SendExtract', decisionId, recipients: ['NKVD'] })),
  },
  {
    weight: 3,
    arbitrary:
  fc
    .record({
      messageId,
      kind: fc.constantFrom('letter' as const, 'telegram' as const, 'telephone' as const),
      fromId: person,
      toIds: fc.subarray([...PEOPLE], { minLength: 1, maxLength: 3 }),
      itemIds: fc.subarray([...ALL_ITEMS], { maxLength: 2 }),
      inReplyTo: rarely(messageId),
      answers: fc.array(fc.record({ itemId, outcome: fc.constantFrom('confirmed' as const, 'modified' as const, 'rejected' as const, 'postponed' as const) }), { maxLength: 1 }),
      points: fc.subarray([...POINTS], { maxLength: 1 }),
    })
    .map(({ inReplyTo, answers, points, ...c }): BodyCommand => ({
      type: 'SendMessage',
      ...c,
      summary: 'ciphered telegram',
      ...(inReplyTo ? { inReplyTo } : {}),
      answers: answers.map((a) => (a.outcome === 'modified' ? { ...a, text: 'reworded' } : a)),
      points: points.map((p) => ({ itemId: p, title: `Point ${p}`, restricted: p.startsWith('hid-') })),
    })),
  },
  {
    weight: 3,
    arbitrary:
  messageId.map((messageId): BodyCommand => ({ type: 'DeliverMessage', messageId })),
  },
  {
    weight: 1,
    arbitrary:
  fc.record({ messageId, memberId: person }).map((c): BodyCommand => ({ type: 'ReadMessage', ...c })),
  },
  {
    weight: 1,
    arbitrary:
  fc
    .record({ memberId: fc.constantFrom('molotov', 'mikoyan', 'chubar', 'kalinin'), role: fc.constantFrom('member' as const, 'candidate' as const), days: fc.integer({ min: 0, max: 3 }) })
    .map(({ memberId, role, days }) => ({ type: 'ChangeRole', memberId, role, from: `+${days}` }) as BodyCommand),
  },
  {
    weight: 1,
    arbitrary:
  fc.constantFrom('17', '18').map((convocation): BodyCommand => ({ type: 'StartConvocation', convocation })),
  },
  {
    weight: 1,
    arbitrary:
  fc
    .record({ withoutPoll: fc.boolean(), answerRoute: fc.constantFrom('poll' as const, 'register' as const) })
    .map((settings): BodyCommand => ({ type: 'ChangeSettings', settings })),
  },
  {
    weight: 1,
    arbitrary:
  fc.record({ itemId, decisionId }).map((c): BodyCommand => ({ type: 'EnterWithoutPoll', ...c })),
  },
);

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ kind: fc.constant('command' as const), command, actor, minutes: fc.integer({ min: 0, max: 30 }), k: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wait' as const), minutes: fc.integer({ min: 60, max: 3 * 1440 }) }) },
);

/**
 * Relative times in the generated commands ("+N") are resolved against the clock, and most
 * references are steered to rows in a state where the command can apply, so that the run
 * reaches polls, ballots, registrations and deliveries instead of refusing everything.
 */
const resolve = (c: BodyCommand, now: string, b: Body, k: number): BodyCommand => {
  const days = (s: string) => dateOf(addMinutes(now, Number(s.slice(1)) * 1440));
  const steer = k % 5 !== 0;
  const pick = <T extends string>(current: T, candidates: T[]): T => (steer && candidates.length > 0 ? candidates[k % candidates.length]! : current);
  const items = (...statuses: string[]) => {
    const found = Object.values(b.items).filter((i) => statuses.includes(i.status)).map((i) => i.id);
    return found.length > 0 ? found : Object.keys(b.items);
  };
  const meetings = (...statuses: string[]) => Object.values(b.meetings).filter((m) => statuses.includes(m.status) && (m.status !== 'scheduled' || m.date === dateOf(now))).map((m) => m.id);
  const decisions = Object.keys(b.decisions);
  switch (c.type) {
    case 'ScheduleMeeting':
      return { ...c, date: days(c.date) };
    case 'ChangeRole':
      return { ...c, from: days(c.from) };
    case 'CirculatePoll':
      return { ...c, itemId: pick(c.itemId, items('proposed', 'postponed')), deadline: addMinutes(now, Number(c.deadline.slice(1))) };
    case 'PutItemToMeeting':
      return { ...c, itemId: pick(c.itemId, items('proposed', 'postponed')), meetingId: pick(c.meetingId, meetings('scheduled', 'open')) };
    case 'OpenMeeting':
      return { ...c, meetingId: pick(c.meetingId, meetings('scheduled')) };
    case 'CloseMeeting':
      return { ...c, meetingId: pick(c.meetingId, meetings('open')) };
    case 'CastVote':
    case 'RecordOpinion':
    case 'CloseVoting':
      return { ...c, itemId: pick(c.itemId, items('polling', 'on-agenda')) };
    case 'RegisterDecision':
      return { ...c, itemId: pick(c.itemId, items('adopted')), decisionId: steer ? `d-${decisions.length}` : c.decisionId };
    case 'EnterWithoutPoll':
      return { ...c, itemId: pick(c.itemId, items('proposed', 'postponed')), decisionId: steer ? `d-${decisions.length}` : c.decisionId };
    case 'SendExtract':
      return { ...c, decisionId: pick(c.decisionId, decisions) };
    case 'ProposeItem':
      return {
        ...c,
        ...(c.amendsId ? { amendsId: pick(c.amendsId, decisions) } : {}),
        ...(c.revokesId ? { revokesId: pick(c.revokesId, decisions) } : {}),
      };
    case 'DeliverMessage':
      return { ...c, messageId: pick(c.messageId, Object.values(b.messages).filter((m) => !m.receivedAt).map((m) => m.id)) };
    case 'ReadMessage': {
      const mine = Object.values(b.messages).filter((m) => m.receivedAt && m.toIds.length > 0);
      const m = mine[k % Math.max(1, mine.length)];
      return steer && m ? { ...c, messageId: m.id, memberId: m.toIds[k % m.toIds.length]! } : c;
    }
    case 'SendMessage': {
      // An answer comes mostly from someone asked about an item already registered.
      const askedOnDecision = Object.values(b.messages).filter((m) => m.receivedAt && m.itemIds.some((i) => b.items[i]?.status === 'registered'));
      const q = askedOnDecision[k % Math.max(1, askedOnDecision.length)];
      const fromId = steer && c.answers?.length && q ? q.toIds[0]! : c.fromId;
      const toIds = c.toIds.filter((id) => id !== fromId).length > 0 ? c.toIds.filter((id) => id !== fromId) : [q?.fromId ?? 'kaganovich'];
      const asked = Object.values(b.messages).filter((m) => m.toIds.includes(fromId) && m.receivedAt);
      // Answers go mostly to items he was asked about, registered ones first (the answer then acts on a decision).
      const about = [...new Set(asked.flatMap((m) => m.itemIds))].sort((x, y) => Number(b.items[y]?.status === 'registered') - Number(b.items[x]?.status === 'registered'));
      const answers = c.answers?.map((a) => ({ ...a, itemId: steer && about.length > 0 ? about[(k >> 3) % Math.min(2, about.length)]! : a.itemId, text: 'reworded' }));
      const itemIds = steer ? c.itemIds?.filter((i) => b.items[i]) : c.itemIds;
      return { ...c, fromId, toIds, ...(itemIds ? { itemIds } : {}), ...(answers ? { answers } : {}), ...(c.inReplyTo ? { inReplyTo: pick(c.inReplyTo, asked.map((m) => m.id)) } : {}) };
    }
    default:
      return c;
  }
};

/** Mostly, the person a command speaks for asks himself (or the channel delivers). */
const actorFor = (c: BodyCommand, actor: Actor): Actor => {
  switch (c.type) {
    case 'DeliverMessage':
      return { kind: 'system' };
    case 'SendMessage':
      return { kind: 'member', id: c.fromId };
    case 'ReadMessage':
    case 'CastVote':
    case 'RecordOpinion':
      return actor.kind === 'system' ? actor : { kind: 'member', id: c.memberId };
    default:
      return actor;
  }
};

const active = (s: BodyState): Body => {
  if (s.status !== 'active') throw new Error('no body');
  return s.body;
};
const withoutBackReferences = (d: Decision) => {
  const { amendedBy: _a, revokedBy: _r, extracts: _e, ...rest } = d;
  return rest;
};

interface Run {
  state: BodyState;
  log: BodyEvent[];
  accepted: number;
  /** decision id → its snapshot when registered. */
  registered: Map<string, ReturnType<typeof withoutBackReferences>>;
  /** convocation → protocol number → item numbers issued, in order. */
  numbering: Map<string, Map<number, number[]>>;
  convocation: string;
}

function checkInvariants(run: Run, events: BodyEvent[], now: string): void {
  const b = active(run.state);

  // Gapless numbering of app-made protocols, per convocation, never reused.
  for (const e of events) {
    if (e.type === 'ConvocationStarted') run.convocation = e.convocation;
    const protocols = run.numbering.get(run.convocation) ?? new Map<number, number[]>();
    run.numbering.set(run.convocation, protocols);
    if (e.type === 'DecisionRegistered' && !e.historical) {
      const items = protocols.get(e.decision.protocolNo) ?? [];
      items.push(e.decision.itemNo);
      protocols.set(e.decision.protocolNo, items);
    }
    if (e.type === 'MeetingClosed' && !protocols.has(e.protocolNo)) protocols.set(e.protocolNo, []);
  }
  for (const protocols of run.numbering.values()) {
    const numbers = [...protocols.keys()].sort((a, z) => a - z);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    for (const items of protocols.values()) expect(items).toEqual(items.map((_, i) => i + 1));
  }

  // One counted vote per full member, none from a candidate (or anyone else without a vote):
  // a ballot is a full member's when cast, and a tally counts only those full on its day.
  for (const e of events) {
    if (e.type === 'VoteCast') {
      const role = roleOn(b.members[e.ballot.memberId]!, dateOf(e.ballot.at));
      expect(role && isFullMember(role), `${e.ballot.memberId} (${role}) cast a vote on ${e.itemId}`).toBe(true);
    }
    if (e.type === 'OpinionRecorded') expect(roleOn(b.members[e.ballot.memberId]!, dateOf(e.ballot.at))).toBe('candidate');
    if (e.type === 'VotingClosed') {
      const it = b.items[e.itemId]!;
      const counted = Object.values(it.votes).filter((v) => isFullMember(roleOn(b.members[v.memberId]!, dateOf(e.at)) ?? 'observer'));
      expect(new Set(counted.map((v) => v.memberId)).size).toBe(counted.length);
      expect(e.participants).toBe(counted.length);
      expect(e.for + e.against + e.abstain).toBe(e.participants);
      expect(e.participants).toBeLessThanOrEqual(e.fullMembers);
      expect(e.for).toBe(counted.filter((v) => v.vote === 'for').length);
      expect(e.against).toBe(counted.filter((v) => v.vote === 'against').length);
    }
  }
  for (const it of Object.values(b.items)) {
    for (const [memberId, ballot] of Object.entries(it.votes)) {
      expect(ballot.memberId).toBe(memberId);
      if (ballot.viaMessageId) {
        const m = b.messages[ballot.viaMessageId]!;
        expect(m.receivedAt !== undefined && m.receivedAt <= ballot.at, `vote by undelivered ${m.id}`).toBe(true);
      }
    }
  }

  // Nothing read, answered or acted on before delivery.
  for (const m of Object.values(b.messages)) {
    if (m.readBy.length > 0) expect(m.receivedAt).toBeDefined();
    if (m.inReplyTo) {
      const asked = b.messages[m.inReplyTo]!;
      expect(asked.receivedAt !== undefined && asked.receivedAt <= m.sentAt!, `${m.id} answers undelivered ${asked.id}`).toBe(true);
    }
  }
  const deliveredNow = new Set(events.flatMap((e) => (e.type === 'MessageDelivered' ? [e.messageId] : [])));
  for (const e of events) {
    if (e.type === 'MessageRead') expect(b.messages[e.messageId]!.receivedAt! <= e.at).toBe(true);
    if (e.type === 'ItemWithdrawn' || e.type === 'ItemPostponed' || e.type === 'ItemModified') expect(deliveredNow.size).toBeGreaterThan(0);
    if (e.type === 'InterventionRecorded') {
      for (const id of e.intervention.messageIds) {
        const m = b.messages[id]!;
        expect(m.receivedAt !== undefined && m.receivedAt <= now, `intervention ${e.intervention.id} on undelivered ${id}`).toBe(true);
      }
    }
  }

  // Nobody attends a meeting on a day he is away.
  for (const mtg of Object.values(b.meetings)) {
    for (const who of mtg.attendees ?? []) {
      const away = Object.values(b.absences).some((a) => a.memberId === who && withinDates(mtg.date, a.from, a.to));
      expect(away, `${who} attended ${mtg.id} while away`).toBe(false);
    }
  }

  // Registered decisions never change, but for back-references.
  for (const e of events) {
    if (e.type === 'DecisionRegistered') {
      expect(run.registered.has(e.decision.id)).toBe(false);
      run.registered.set(e.decision.id, structuredClone(withoutBackReferences(b.decisions[e.decision.id]!)));
    }
  }
  for (const [id, snapshot] of run.registered) expect(withoutBackReferences(b.decisions[id]!)).toEqual(snapshot);

  // No live decision amends or revokes a decision revoked before it was registered.
  const order = [...run.registered.keys()];
  for (const e of events) {
    if (e.type !== 'DecisionRegistered' || e.historical) continue;
    for (const target of [e.decision.amendsId, e.decision.revokesId]) {
      const revoker = target ? b.decisions[target]?.revokedBy : undefined;
      if (revoker && revoker !== e.decision.id) expect(order.indexOf(revoker), `${e.decision.id} acts on ${target}, revoked by ${revoker}`).toBeGreaterThan(order.indexOf(e.decision.id));
    }
    // Without a poll: on a visa, never at a sitting.
    if (e.decision.mode === 'without-poll') expect(e.decision.visaById && !e.decision.meetingId).toBeTruthy();
  }
  // An item an answer made names a delivered answer of its initiator on the decision it acts on.
  for (const it of Object.values(b.items)) {
    if (!it.answerMessageId) continue;
    const m = b.messages[it.answerMessageId]!;
    expect(m.receivedAt !== undefined && m.fromId === it.initiatorId).toBe(true);
    const target = b.decisions[(it.amendsId ?? it.revokesId ?? it.reconsidersId)!]!;
    expect(m.answers.some((a) => a.itemId === target.itemId)).toBe(true);
  }

  // The special folder never reaches an observer.
  const seen = JSON.stringify(bodyAsSeenBy(b, { role: 'observer', memberId: 'observer', now }));
  expect(seen.includes('hid-'), 'a restricted item leaked into the observer view').toBe(false);
  for (const d of Object.values(b.decisions)) {
    if (d.restricted) expect(seen.includes(`"${d.id}"`), `restricted decision ${d.id} leaked`).toBe(false);
  }
}

function play(steps: Step[]): Run {
  const prelude: BodyEvent[] = [
    ...standardBody(),
    ...(['open-0', 'hid-0'] as const).map(
      (id): BodyEvent => ({ type: 'ItemProposed', item: { id, title: `Question ${id}`, restricted: id.startsWith('hid-'), initiatorId: 'kaganovich' }, at: START }),
    ),
    // open-0 is registered as 1/1 and the leader has been asked about it and hid-0: his answers then act on a decision.
    { type: 'DecisionRegistered', decision: { id: 'd-pre', itemId: 'open-0', protocolNo: 1, itemNo: 1, date: '1934-07-29', mode: 'poll', title: 'Question open-0', restricted: false }, historical: false, at: START },
    sent({ id: 'g-asked', fromId: 'kaganovich', toIds: ['stalin'], itemIds: ['open-0', 'hid-0'] }, START),
    delivered('g-asked', START),
  ];
  const state = replay(structuredClone(prelude));
  const run: Run = {
    state,
    log: [...prelude],
    accepted: 0,
    registered: new Map([['d-pre', structuredClone(withoutBackReferences(active(state).decisions['d-pre']!))]]),
    numbering: new Map([['17', new Map([[1, [1]]])]]),
    convocation: '17',
  };
  let now = START;
  for (const s of steps) {
    now = addMinutes(now, s.minutes);
    if (s.kind === 'wait') continue;
    const meta: CommandMeta = { now, actor: s.actor };
    let events: BodyEvent[];
    try {
      const c = resolve(s.command, now, active(run.state), s.k);
    events = decide(c, run.state, s.k % 5 === 0 ? meta : { now, actor: actorFor(c, s.actor) });
    } catch (e) {
      if (isDomainError(e)) continue;
      throw e;
    }
    run.accepted++;
    for (const e of events) {
      run.state = evolve(run.state, e);
      run.log.push(e);
    }
    checkInvariants(run, events, now);
  }
  return run;
}

describe('invariants under random command sequences', () => {
  it('hold after every accepted command, and replay reproduces the state', () => {
    let accepted = 0;
    let decisions = 0;
    let answerItems = 0;
    let withoutPoll = 0;
    const kinds = new Map<string, number>();
    fc.assert(
      fc.property(fc.array(step, { minLength: 60, maxLength: 100 }), (steps) => {
        const run = play(steps);
        accepted += run.accepted;
        for (const e of run.log) kinds.set(e.type, (kinds.get(e.type) ?? 0) + 1);
        decisions += run.registered.size;
        for (const e of run.log) {
          if (e.type === 'ItemProposed' && e.item.answerMessageId) answerItems++;
          if (e.type === 'DecisionRegistered' && e.decision.mode === 'without-poll') withoutPoll++;
        }
        expect(replay(structuredClone(run.log))).toEqual(run.state);
      }),
      // A fixed seed in CI, so the vacuity checks below cannot flake; POLITBURO_PROPERTY_SEED explores others.
      { numRuns: 200, seed: Number(process.env.POLITBURO_PROPERTY_SEED ?? 1934) },
    );
    // The generator must reach the interesting states, or the properties hold vacuously.
    expect(accepted).toBeGreaterThan(2000);
    expect(decisions).toBeGreaterThan(0);
    for (const kind of ['VoteCast', 'VotingClosed', 'MessageDelivered', 'MeetingOpened', 'InterventionRecorded']) expect(kinds.get(kind) ?? 0).toBeGreaterThan(0);
    expect(answerItems, 'no answer on a registered decision made an item').toBeGreaterThan(0);
    expect(withoutPoll, 'no decision was entered without a poll').toBeGreaterThan(0);
  });
});
