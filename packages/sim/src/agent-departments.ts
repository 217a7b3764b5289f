import { type ItemStatus, type MessageKind, quorumFor, type Vote } from '@politburo/core';
import { ballotOf } from './seat-rules.ts';
import { isAbsentDay } from './calendar.ts';
import type { Rng } from './random.ts';
import { CANDIDATES, DEPUTY, FULL, LEADER, PROPOSERS, SECRETARIAT, TOPICS } from './roster.ts';
import { pad, type Simulation } from './simulation.ts';

/** Departments and members: items arrive, are routed to a sitting or a poll, are voted on and registered. */

const CHANNELS: readonly MessageKind[] = ['letter', 'telephone', 'telegram'];

export function onDay(s: Simulation, day: number): void {
  const p = s.p;
  const base = day * 1440;
  const a = s.r.arrivals;
  const n = a.poisson(s.cal.rates[day - s.cal.firstDay]!);
  // Proposals arrive during office hours, 09:00–20:00.
  for (let i = 0; i < n; i++) s.push(base + 540 + a.int(660), { k: 'propose' });
  const absent = isAbsentDay(s.cal, day);
  if (absent) {
    const l = s.r.leader;
    const points = l.poisson(p.pointsPerDay);
    for (let i = 0; i < points; i++) s.push(base + 480 + l.int(960), { k: 'point' });
    for (const slot of s.telegramSlots) s.push(base + slot, { k: 'dispatch', kind: 'telegram' });
    s.push(base + p.courierHour * 60, { k: 'dispatch', kind: 'letter' });
  }
  // The leader reads his mail while away and for two days after (late arrivals).
  if (s.cal.absence && day >= s.cal.absence.from && day <= s.cal.absence.to + 2) {
    for (const slot of s.readingTimes) s.push(base + slot, { k: 'read' });
  }
  if (day < s.cal.lastDay) s.push(base + 1440, { k: 'day', day: day + 1 });
}

export function onPropose(s: Simulation): void {
  const p = s.p;
  const a = s.r.arrivals;
  const id = `i${pad(++s.nItem)}`;
  const initiator = PROPOSERS[a.int(PROPOSERS.length)]!;
  const importance = Math.round(a.beta1(p.importanceShape) * 1000) / 1000;
  const restricted = a.bernoulli(p.restrictedShare);
  const topic = TOPICS[a.int(TOPICS.length)]!;
  s.exec(
    { type: 'ProposeItem', itemId: id, title: `On ${topic} (${id})`, initiatorId: initiator, importance, restricted, synthetic: true },
    initiator,
  );
  if (s.absentAt(s.now)) {
    const d = s.r.deputy;
    const propensity = Math.min(1, p.referralScale * importance ** p.referralExponent);
    if (d.bernoulli(propensity)) {
      const kind = CHANNELS[d.weighted([p.deputyLetterShare, p.deputyTelephoneShare, 1 - p.deputyLetterShare - p.deputyTelephoneShare])]!;
      // Asked after the decision: the item takes its route now and is reported once registered.
      if (p.referAfterShare > 0 && d.bernoulli(p.referAfterShare)) {
        s.reportAfter.set(id, kind);
        route(s, id);
        return;
      }
      s.held.add(id);
      s.outbox[kind].push(id);
      // A telephone call is made at once; letters and ciphers wait for the courier or the cipher slot.
      if (kind === 'telephone') s.push(s.now + 5, { k: 'dispatch', kind });
      return;
    }
  }
  route(s, id);
}

/** Puts an open item to the next sitting or to a written poll. */
export function route(s: Simulation, itemId: string): void {
  const p = s.p;
  const it = s.body.items[itemId];
  if (!it || (it.status !== 'proposed' && it.status !== 'postponed')) return;
  if (s.held.has(itemId)) return;
  // "Без опроса": presiding in the leader's absence, the deputy may enter it on his visa alone.
  if (p.withoutPollShare > 0 && s.absentAt(s.now) && s.r.deputy.bernoulli(p.withoutPollShare)) {
    s.exec({ type: 'EnterWithoutPoll', itemId, decisionId: `d${pad(++s.nDecision)}` }, DEPUTY);
    return;
  }
  const gen = (s.gens.get(itemId) ?? 0) + 1;
  s.gens.set(itemId, gen);
  const rt = s.r.routing;
  const actor = s.steering();
  if (rt.bernoulli(p.meetingShare)) {
    const today = Math.floor(s.now / 1440);
    for (let i = s.nextMeeting; i < s.cal.meetingDays.length; i++) {
      const day = s.cal.meetingDays[i]!;
      if (day * 1440 + p.meetingHour * 60 <= s.now) continue;
      if (day - today <= p.maxMeetingWaitDays) {
        s.exec({ type: 'PutItemToMeeting', itemId, meetingId: s.meetingIds[i]! }, actor);
        return;
      }
      break;
    }
  }
  const deadline = s.now + Math.round(p.pollDeadlineHours * 60);
  s.exec({ type: 'CirculatePoll', itemId, deadline: s.instant(deadline) }, SECRETARIAT);
  const v = s.r.votes;
  const today = Math.floor(s.now / 1440);
  for (const m of FULL) {
    const voting = v.bernoulli(p.pollVoteProb);
    const delay = Math.max(1, Math.round(v.logNormal(p.voteDelayMedianHours * 60, p.voteDelaySigma)));
    if (!voting || (m === LEADER && isAbsentDay(s.cal, today))) continue;
    if (s.now + delay < deadline) s.push(s.now + delay, { k: 'vote', itemId, memberId: m, gen, candidate: false });
  }
  for (const m of CANDIDATES) {
    const opining = v.bernoulli(p.candidateOpinionProb);
    const delay = Math.max(1, Math.round(v.logNormal(p.voteDelayMedianHours * 60, p.voteDelaySigma)));
    if (opining && s.now + delay < deadline) s.push(s.now + delay, { k: 'vote', itemId, memberId: m, gen, candidate: true });
  }
  s.push(deadline, { k: 'deadline', itemId, gen });
}

export function ballot(s: Simulation, rng: Rng): Vote {
  return ballotOf(s.p, rng);
}

export function onVote(s: Simulation, itemId: string, memberId: string, gen: number, candidate: boolean): void {
  const it = s.body.items[itemId]!;
  const vote = ballot(s, s.r.votes);
  if (s.gens.get(itemId) !== gen || it.status !== 'polling') return;
  if (memberId === LEADER && s.absentAt(s.now)) return;
  if (candidate) {
    if (!it.opinions[memberId]) s.exec({ type: 'RecordOpinion', itemId, memberId, vote }, memberId);
    return;
  }
  if (it.votes[memberId]) return;
  s.exec({ type: 'CastVote', itemId, memberId, vote }, memberId);
  if (statusOf(s, itemId) === 'adopted') register(s, itemId);
}

export function onDeadline(s: Simulation, itemId: string, gen: number): void {
  const it = s.body.items[itemId]!;
  if (s.gens.get(itemId) !== gen || it.status !== 'polling') return;
  s.exec({ type: 'CloseVoting', itemId }, SECRETARIAT);
  if (statusOf(s, itemId) === 'adopted') register(s, itemId);
}

/** Read afresh after a command: the engine has moved the item on. */
export function statusOf(s: Simulation, itemId: string): ItemStatus {
  return s.body.items[itemId]!.status;
}

export function register(s: Simulation, itemId: string): void {
  s.exec({ type: 'RegisterDecision', itemId, decisionId: `d${pad(++s.nDecision)}` }, SECRETARIAT);
  const kind = s.reportAfter.get(itemId);
  if (kind === undefined) return;
  s.reportAfter.delete(itemId);
  // Reported only while the leader is still away; a telephone call goes at once.
  if (!s.absentAt(s.now)) return;
  s.reported.add(itemId);
  s.outbox[kind].push(itemId);
  if (kind === 'telephone') s.push(s.now + 5, { k: 'dispatch', kind });
}

export function onMeeting(s: Simulation, index: number): void {
  const p = s.p;
  const id = s.meetingIds[index]!;
  s.nextMeeting = index + 1;
  const today = Math.floor(s.now / 1440);
  const absent = isAbsentDay(s.cal, today);
  const chair = absent ? DEPUTY : LEADER;
  const mr = s.r.meetings;
  const attendees: string[] = [chair];
  if (chair !== DEPUTY) attendees.push(DEPUTY);
  const others = FULL.filter((m) => m !== LEADER && m !== DEPUTY);
  const stayed: string[] = [];
  for (const m of others) (mr.bernoulli(p.meetingAttendProb) ? attendees : stayed).push(m);
  // Top up to a quorum: the secretariat calls members in until the sitting can vote.
  while (attendees.length < quorumFor(s.body.settings.quorum, FULL.length) && stayed.length > 0) attendees.push(stayed.shift()!);
  const fullAttending = [...attendees];
  for (const m of CANDIDATES) if (mr.bernoulli(p.meetingAttendProb)) attendees.push(m);
  s.exec({ type: 'OpenMeeting', meetingId: id, chairId: chair, attendees }, chair);
  const v = s.r.votes;
  for (const itemId of [...s.body.meetings[id]!.agenda]) {
    const it = s.body.items[itemId]!;
    if (it.status !== 'on-agenda') continue;
    for (const m of fullAttending) {
      const vote = ballot(s, v);
      if (!it.votes[m]) s.exec({ type: 'CastVote', itemId, memberId: m, vote }, m);
    }
    s.exec({ type: 'CloseVoting', itemId }, chair);
    if (statusOf(s, itemId) === 'adopted') register(s, itemId);
  }
  s.exec({ type: 'CloseMeeting', meetingId: id }, chair);
}
