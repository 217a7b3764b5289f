import { type Actor, type BodyCommand, Engine, fromMinutes, type ItemAnswer, type ItemStatus, type MessageKind, type Outcome, type RaisedPoint, type Vote } from '@politburo/core';
import { bodyToRecord } from '@politburo/importer';
import type { PolitburoRecord } from '@politburo/record';
import { buildCalendar, type Calendar, dateOfDay, isAbsentDay } from './calendar.ts';
import { EventQueue } from './event-queue.ts';
import { type Params, parseTimes, validateParams } from './params.ts';
import { type Rng, streamsFor } from './random.ts';

/**
 * The simulation: agents (departments and members, the deputy, the absent leader,
 * the channels, the secretariat) act on a seeded clock by issuing commands to the
 * same core `Engine` the application uses. The simulator keeps only its agents'
 * intentions (what is held back for the leader, what is in the out-tray); every fact
 * — items, votes, meetings, protocols, messages, interventions — is the engine's.
 */

/** The 1934 Politburo (elected 10 February 1934), with the head of the Special Sector as secretariat. */
export const MEMBERS_1934: ReadonlyArray<{ id: string; name: string; role: 'leader' | 'deputy' | 'member' | 'candidate' | 'secretariat' }> = [
  { id: 'stalin', name: 'I. V. Stalin', role: 'leader' },
  { id: 'kaganovich', name: 'L. M. Kaganovich', role: 'deputy' },
  { id: 'andreev', name: 'A. A. Andreev', role: 'member' },
  { id: 'voroshilov', name: 'K. E. Voroshilov', role: 'member' },
  { id: 'kalinin', name: 'M. I. Kalinin', role: 'member' },
  { id: 'kirov', name: 'S. M. Kirov', role: 'member' },
  { id: 'kosior', name: 'S. V. Kosior', role: 'member' },
  { id: 'kuibyshev', name: 'V. V. Kuibyshev', role: 'member' },
  { id: 'molotov', name: 'V. M. Molotov', role: 'member' },
  { id: 'ordzhonikidze', name: 'G. K. Ordzhonikidze', role: 'member' },
  { id: 'mikoyan', name: 'A. I. Mikoyan', role: 'candidate' },
  { id: 'petrovsky', name: 'G. I. Petrovsky', role: 'candidate' },
  { id: 'postyshev', name: 'P. P. Postyshev', role: 'candidate' },
  { id: 'rudzutak', name: 'Ya. E. Rudzutak', role: 'candidate' },
  { id: 'chubar', name: 'V. Ya. Chubar', role: 'candidate' },
  { id: 'poskrebyshev', name: 'A. N. Poskrebyshev', role: 'secretariat' },
];
export const LEADER = 'stalin';
export const DEPUTY = 'kaganovich';
const SECRETARIAT = 'poskrebyshev';
const FULL = MEMBERS_1934.filter((m) => m.role === 'leader' || m.role === 'deputy' || m.role === 'member').map((m) => m.id);
const CANDIDATES = MEMBERS_1934.filter((m) => m.role === 'candidate').map((m) => m.id);
/** Who puts items forward: every member and candidate but the leader (his own come as points). */
const PROPOSERS = [...FULL.filter((id) => id !== LEADER), ...CANDIDATES];
const QUORUM = Math.floor(FULL.length / 2) + 1;

const TOPICS = [
  'grain procurement',
  'the harvest campaign',
  'railway transport',
  'the Commissariat of Heavy Industry',
  'foreign trade',
  'the NKVD',
  'defence orders',
  'appointments',
  'the Comintern',
  'the press',
  'collective farms',
  'the food industry',
  'housing in Moscow',
  'the Far East',
  'foreign affairs',
  'finance and credit',
  'education',
  'the Writers’ Congress',
] as const;

const CHANNELS: readonly MessageKind[] = ['letter', 'telephone', 'telegram'];
const OTHER_OUTCOMES: readonly Outcome[] = ['modified', 'rejected', 'postponed'];

type SimEvent =
  | { k: 'day'; day: number }
  | { k: 'propose' }
  | { k: 'vote'; itemId: string; memberId: string; gen: number; candidate: boolean }
  | { k: 'deadline'; itemId: string; gen: number }
  | { k: 'meeting'; index: number }
  | { k: 'dispatch'; kind: MessageKind }
  | { k: 'deliver'; messageId: string }
  | { k: 'read' }
  | { k: 'point' }
  | { k: 'leaderSend'; kind: MessageKind; inReplyTo?: string; answers: ItemAnswer[]; points: RaisedPoint[] }
  | { k: 'wait'; itemId: string }
  | { k: 'route'; itemId: string }
  | { k: 'return' };

export interface SimulateOptions {
  preset?: string;
  /** Keep the engine's event log (off by default: the record is built from state). */
  keepLog?: boolean;
}

export interface SimulationResult {
  record: PolitburoRecord;
  engine: Engine;
  /** Commands the engine executed: the unit of the throughput benchmark. */
  commands: number;
}

const pad = (n: number, w = 5): string => String(n).padStart(w, '0');

class Simulation {
  readonly engine: Engine;
  readonly q = new EventQueue<SimEvent>();
  readonly cal: Calendar;
  readonly r: ReturnType<typeof streamsFor>;
  readonly horizon: number;
  readonly returnTime: number | null;
  now = 0;
  nowStr = '';
  commands = 0;
  private nItem = 0;
  private nDecision = 0;
  private nMessage = 0;
  private nPoint = 0;
  private nextMeeting = 0;
  private readonly meetingIds: string[] = [];
  private readonly gens = new Map<string, number>();
  /** Items the deputy holds back while he waits for the leader (insertion-ordered). */
  private readonly held = new Set<string>();
  private readonly answered = new Set<string>();
  private readonly afterReturn: string[] = [];
  private readonly outbox: Record<MessageKind, string[]> = { letter: [], telegram: [], telephone: [] };
  private readonly leaderInbox: string[] = [];
  private pendingPoints: RaisedPoint[] = [];
  private readonly telegramSlots: number[];
  private readonly readingTimes: number[];

  constructor(
    readonly p: Params,
    readonly seed: number,
    readonly options: SimulateOptions,
  ) {
    this.engine = new Engine(options.keepLog ?? false);
    this.cal = buildCalendar(p);
    this.r = streamsFor(seed);
    this.horizon = this.cal.lastDay * 1440 + 1439;
    this.returnTime = this.cal.absence ? (this.cal.absence.to + 1) * 1440 + 9 * 60 : null;
    this.telegramSlots = parseTimes(p.telegramSlots);
    this.readingTimes = parseTimes(p.readingTimes);
  }

  private setNow(t: number): void {
    if (t !== this.now || this.nowStr === '') {
      this.now = t;
      this.nowStr = fromMinutes(t);
    }
  }

  private exec(command: BodyCommand, actorId: string | null): void {
    const actor: Actor = actorId === null ? { kind: 'system' } : { kind: 'member', id: actorId };
    this.engine.execute(command, { now: this.nowStr, actor });
    this.commands++;
  }

  private get body() {
    return this.engine.body;
  }

  private push(t: number, e: SimEvent): void {
    if (t <= this.horizon) this.q.push(t, e);
  }

  private absentAt(t: number): boolean {
    return isAbsentDay(this.cal, Math.floor(t / 1440));
  }

  /** The member who steers today: the leader if present, else the deputy. */
  private steering(): string {
    return this.absentAt(this.now) ? DEPUTY : LEADER;
  }

  setUp(): void {
    const p = this.p;
    this.setNow(this.cal.firstDay * 1440);
    this.exec({ type: 'CreateBody', bodyId: 'politburo-sim', name: `Politburo (simulated ${p.year})` }, null);
    this.exec(
      {
        type: 'SetRecordMeta',
        meta: {
          synthetic: true,
          description: `Simulated Politburo record for ${p.year} (politburo sim, preset ${this.options.preset ?? 'custom'}, seed ${this.seed}).`,
          generator: 'politburo-sim',
          preset: this.options.preset ?? null,
          seed: this.seed,
          parameters: { ...p },
        },
      },
      null,
    );
    for (const m of MEMBERS_1934) this.exec({ type: 'AdmitMember', memberId: m.id, name: m.name, role: m.role }, null);
    if (this.cal.absence) {
      this.exec({ type: 'RecordAbsence', absenceId: 'holiday', memberId: LEADER, from: p.absenceFrom, to: p.absenceTo, location: 'south (Sochi, Gagra)', synthetic: true }, null);
    }
    this.cal.meetingDays.forEach((day, i) => {
      const id = `s${pad(i + 1, 3)}`;
      this.meetingIds.push(id);
      this.exec({ type: 'ScheduleMeeting', meetingId: id, date: dateOfDay(day) }, null);
      this.push(day * 1440 + p.meetingHour * 60, { k: 'meeting', index: i });
    });
    this.push(this.cal.firstDay * 1440, { k: 'day', day: this.cal.firstDay });
    if (this.returnTime !== null) this.push(this.returnTime, { k: 'return' });
  }

  run(): void {
    for (let e = this.q.pop(); e; e = this.q.pop()) {
      this.setNow(e.time);
      this.handle(e.item);
    }
  }

  private handle(e: SimEvent): void {
    switch (e.k) {
      case 'day':
        this.onDay(e.day);
        return;
      case 'propose':
        this.onPropose();
        return;
      case 'vote':
        this.onVote(e.itemId, e.memberId, e.gen, e.candidate);
        return;
      case 'deadline':
        this.onDeadline(e.itemId, e.gen);
        return;
      case 'meeting':
        this.onMeeting(e.index);
        return;
      case 'dispatch':
        this.onDispatch(e.kind);
        return;
      case 'deliver':
        this.onDeliver(e.messageId);
        return;
      case 'read':
        this.onRead();
        return;
      case 'point':
        this.onPoint();
        return;
      case 'leaderSend':
        this.onLeaderSend(e.kind, e.answers, e.points, e.inReplyTo);
        return;
      case 'wait':
        this.onWait(e.itemId);
        return;
      case 'route':
        this.route(e.itemId);
        return;
      case 'return':
        this.onReturn();
        return;
      default: {
        const unreachable: never = e;
        throw new Error(`unknown simulation event ${JSON.stringify(unreachable)}`);
      }
    }
  }

  // --- departments and members -----------------------------------------------------------
  private onDay(day: number): void {
    const p = this.p;
    const base = day * 1440;
    const a = this.r.arrivals;
    const n = a.poisson(this.cal.rates[day - this.cal.firstDay]!);
    // Proposals arrive during office hours, 09:00–20:00.
    for (let i = 0; i < n; i++) this.push(base + 540 + a.int(660), { k: 'propose' });
    const absent = isAbsentDay(this.cal, day);
    if (absent) {
      const l = this.r.leader;
      const points = l.poisson(p.pointsPerDay);
      for (let i = 0; i < points; i++) this.push(base + 480 + l.int(960), { k: 'point' });
      for (const s of this.telegramSlots) this.push(base + s, { k: 'dispatch', kind: 'telegram' });
      this.push(base + p.courierHour * 60, { k: 'dispatch', kind: 'letter' });
    }
    // The leader reads his mail while away and for two days after (late arrivals).
    if (this.cal.absence && day >= this.cal.absence.from && day <= this.cal.absence.to + 2) {
      for (const s of this.readingTimes) this.push(base + s, { k: 'read' });
    }
    if (day < this.cal.lastDay) this.push(base + 1440, { k: 'day', day: day + 1 });
  }

  private onPropose(): void {
    const p = this.p;
    const a = this.r.arrivals;
    const id = `i${pad(++this.nItem)}`;
    const initiator = PROPOSERS[a.int(PROPOSERS.length)]!;
    const importance = Math.round(a.beta1(p.importanceShape) * 1000) / 1000;
    const restricted = a.bernoulli(p.restrictedShare);
    const topic = TOPICS[a.int(TOPICS.length)]!;
    this.exec(
      { type: 'ProposeItem', itemId: id, title: `On ${topic} (${id})`, initiatorId: initiator, importance, restricted, synthetic: true },
      initiator,
    );
    if (this.absentAt(this.now)) {
      const d = this.r.deputy;
      const propensity = Math.min(1, p.referralScale * importance ** p.referralExponent);
      if (d.bernoulli(propensity)) {
        const kind = CHANNELS[d.weighted([p.deputyLetterShare, p.deputyTelephoneShare, 1 - p.deputyLetterShare - p.deputyTelephoneShare])]!;
        this.held.add(id);
        this.outbox[kind].push(id);
        // A telephone call is made at once; letters and ciphers wait for the courier or the cipher slot.
        if (kind === 'telephone') this.push(this.now + 5, { k: 'dispatch', kind });
        return;
      }
    }
    this.route(id);
  }

  /** Puts an open item to the next sitting or to a written poll. */
  private route(itemId: string): void {
    const p = this.p;
    const it = this.body.items[itemId];
    if (!it || (it.status !== 'proposed' && it.status !== 'postponed')) return;
    if (this.held.has(itemId)) return;
    const gen = (this.gens.get(itemId) ?? 0) + 1;
    this.gens.set(itemId, gen);
    const rt = this.r.routing;
    const actor = this.steering();
    if (rt.bernoulli(p.meetingShare)) {
      const today = Math.floor(this.now / 1440);
      for (let i = this.nextMeeting; i < this.cal.meetingDays.length; i++) {
        const day = this.cal.meetingDays[i]!;
        if (day * 1440 + p.meetingHour * 60 <= this.now) continue;
        if (day - today <= p.maxMeetingWaitDays) {
          this.exec({ type: 'PutItemToMeeting', itemId, meetingId: this.meetingIds[i]! }, actor);
          return;
        }
        break;
      }
    }
    const deadline = this.now + Math.round(p.pollDeadlineHours * 60);
    this.exec({ type: 'CirculatePoll', itemId, deadline: fromMinutes(deadline) }, SECRETARIAT);
    const v = this.r.votes;
    const today = Math.floor(this.now / 1440);
    for (const m of FULL) {
      const voting = v.bernoulli(p.pollVoteProb);
      const delay = Math.max(1, Math.round(v.logNormal(p.voteDelayMedianHours * 60, p.voteDelaySigma)));
      if (!voting || (m === LEADER && isAbsentDay(this.cal, today))) continue;
      if (this.now + delay < deadline) this.push(this.now + delay, { k: 'vote', itemId, memberId: m, gen, candidate: false });
    }
    for (const m of CANDIDATES) {
      const opining = v.bernoulli(p.candidateOpinionProb);
      const delay = Math.max(1, Math.round(v.logNormal(p.voteDelayMedianHours * 60, p.voteDelaySigma)));
      if (opining && this.now + delay < deadline) this.push(this.now + delay, { k: 'vote', itemId, memberId: m, gen, candidate: true });
    }
    this.push(deadline, { k: 'deadline', itemId, gen });
  }

  private ballot(rng: Rng): Vote {
    const u = rng.uniform();
    return u < this.p.againstProb ? 'against' : u < this.p.againstProb + this.p.abstainProb ? 'abstain' : 'for';
  }

  private onVote(itemId: string, memberId: string, gen: number, candidate: boolean): void {
    const it = this.body.items[itemId]!;
    const vote = this.ballot(this.r.votes);
    if (this.gens.get(itemId) !== gen || it.status !== 'polling') return;
    if (memberId === LEADER && this.absentAt(this.now)) return;
    if (candidate) {
      if (!it.opinions[memberId]) this.exec({ type: 'RecordOpinion', itemId, memberId, vote }, memberId);
      return;
    }
    if (it.votes[memberId]) return;
    this.exec({ type: 'CastVote', itemId, memberId, vote }, memberId);
    if (this.statusOf(itemId) === 'adopted') this.register(itemId);
  }

  private onDeadline(itemId: string, gen: number): void {
    const it = this.body.items[itemId]!;
    if (this.gens.get(itemId) !== gen || it.status !== 'polling') return;
    this.exec({ type: 'CloseVoting', itemId }, SECRETARIAT);
    if (this.statusOf(itemId) === 'adopted') this.register(itemId);
  }

  /** Read afresh after a command: the engine has moved the item on. */
  private statusOf(itemId: string): ItemStatus {
    return this.body.items[itemId]!.status;
  }

  private register(itemId: string): void {
    this.exec({ type: 'RegisterDecision', itemId, decisionId: `d${pad(++this.nDecision)}` }, SECRETARIAT);
  }

  private onMeeting(index: number): void {
    const p = this.p;
    const id = this.meetingIds[index]!;
    this.nextMeeting = index + 1;
    const today = Math.floor(this.now / 1440);
    const absent = isAbsentDay(this.cal, today);
    const chair = absent ? DEPUTY : LEADER;
    const mr = this.r.meetings;
    const attendees: string[] = [chair];
    if (chair !== DEPUTY) attendees.push(DEPUTY);
    const others = FULL.filter((m) => m !== LEADER && m !== DEPUTY);
    const stayed: string[] = [];
    for (const m of others) (mr.bernoulli(p.meetingAttendProb) ? attendees : stayed).push(m);
    // Top up to a quorum: the secretariat calls members in until the sitting can vote.
    while (attendees.length < QUORUM && stayed.length > 0) attendees.push(stayed.shift()!);
    const fullAttending = [...attendees];
    for (const m of CANDIDATES) if (mr.bernoulli(p.meetingAttendProb)) attendees.push(m);
    this.exec({ type: 'OpenMeeting', meetingId: id, chairId: chair, attendees }, chair);
    const v = this.r.votes;
    for (const itemId of [...this.body.meetings[id]!.agenda]) {
      const it = this.body.items[itemId]!;
      if (it.status !== 'on-agenda') continue;
      for (const m of fullAttending) {
        const vote = this.ballot(v);
        if (!it.votes[m]) this.exec({ type: 'CastVote', itemId, memberId: m, vote }, m);
      }
      this.exec({ type: 'CloseVoting', itemId }, chair);
      if (this.statusOf(itemId) === 'adopted') this.register(itemId);
    }
    this.exec({ type: 'CloseMeeting', meetingId: id }, chair);
  }

  // --- the deputy ------------------------------------------------------------------------
  private latency(kind: MessageKind): number {
    const c = this.r.channels;
    const p = this.p;
    const minutes =
      kind === 'letter'
        ? c.logNormal(p.letterMedianHours * 60, p.letterSigma)
        : kind === 'telegram'
          ? c.logNormal(p.telegramMedianHours * 60, p.telegramSigma)
          : c.logNormal(p.telephoneMedianMinutes, p.telephoneSigma);
    return Math.max(1, Math.round(minutes));
  }

  private send(fromId: string, kind: MessageKind, fields: { itemIds?: string[]; answers?: ItemAnswer[]; points?: RaisedPoint[]; inReplyTo?: string }, summary: string): string {
    const messageId = `m${pad(++this.nMessage, 4)}`;
    const toIds = [fromId === LEADER ? DEPUTY : LEADER];
    this.exec({ type: 'SendMessage', messageId, kind, fromId, toIds, summary, synthetic: true, ...fields }, fromId);
    this.push(this.now + this.latency(kind), { k: 'deliver', messageId });
    return messageId;
  }

  private onDispatch(kind: MessageKind): void {
    const items = this.outbox[kind].filter((id) => this.held.has(id));
    this.outbox[kind] = [];
    if (items.length === 0) return;
    this.send(DEPUTY, kind, { itemIds: items }, `Asks for the leader's view on ${items.length} item(s).`);
    const p = this.p;
    const wait = kind === 'letter' ? p.waitHoursLetter : kind === 'telegram' ? p.waitHoursTelegram : p.waitHoursTelephone;
    for (const id of items) this.push(this.now + Math.round(wait * 60), { k: 'wait', itemId: id });
  }

  /** No answer in time: let the decision go ahead, or postpone it until the leader is back. */
  private onWait(itemId: string): void {
    const stand = this.r.deputy.bernoulli(this.p.letStandProb);
    if (this.answered.has(itemId) || !this.held.has(itemId)) return;
    this.held.delete(itemId);
    if (stand) this.route(itemId);
    else this.afterReturn.push(itemId);
  }

  private onReturn(): void {
    const pending = [...this.held, ...this.afterReturn];
    this.held.clear();
    this.afterReturn.length = 0;
    this.outbox.letter = [];
    this.outbox.telegram = [];
    this.outbox.telephone = [];
    for (const id of pending) this.route(id);
  }

  private onDeliver(messageId: string): void {
    this.exec({ type: 'DeliverMessage', messageId }, null);
    const m = this.body.messages[messageId]!;
    if (m.toIds.includes(LEADER)) {
      this.leaderInbox.push(messageId);
      if (m.kind === 'telephone') this.push(this.now + 1, { k: 'read' });
      return;
    }
    this.exec({ type: 'ReadMessage', messageId, memberId: DEPUTY }, DEPUTY);
    for (const a of m.answers) {
      this.answered.add(a.itemId);
      const it = this.body.items[a.itemId]!;
      const wasHeld = this.held.delete(a.itemId);
      if (it.status === 'postponed') {
        if (this.returnTime !== null && this.now < this.returnTime) this.afterReturn.push(a.itemId);
        else this.route(a.itemId);
      } else if (it.status === 'proposed' && (wasHeld || this.afterReturn.includes(a.itemId))) {
        this.route(a.itemId);
      }
    }
    // The leader's own points go to the body at once.
    for (const pt of m.points) this.route(pt.itemId);
  }

  // --- the leader ------------------------------------------------------------------------
  private onPoint(): void {
    const l = this.r.leader;
    const id = `p${pad(++this.nPoint, 4)}`;
    const topic = TOPICS[l.int(TOPICS.length)]!;
    const point: RaisedPoint = { itemId: id, title: `On ${topic} (the leader's point ${id})`, restricted: l.bernoulli(this.p.restrictedShare) };
    if (this.p.leaderTelephone) {
      this.send(LEADER, 'telephone', { points: [point] }, 'Raises a point by telephone.');
      return;
    }
    this.pendingPoints.push(point);
  }

  private onRead(): void {
    const p = this.p;
    const l = this.r.leader;
    const inbox = this.leaderInbox.splice(0);
    let points = this.pendingPoints;
    this.pendingPoints = [];
    for (const messageId of inbox) {
      this.exec({ type: 'ReadMessage', messageId, memberId: LEADER }, LEADER);
      const m = this.body.messages[messageId]!;
      const answers: ItemAnswer[] = [];
      for (const itemId of m.itemIds) {
        const answering = l.bernoulli(p.answerProb);
        const confirm = l.bernoulli(p.confirmProb);
        const other = OTHER_OUTCOMES[l.weighted([p.modifyWeight, p.rejectWeight, p.postponeWeight])]!;
        if (!answering) continue;
        const outcome: Outcome = confirm ? 'confirmed' : other;
        answers.push(outcome === 'modified' ? { itemId, outcome, text: 'as amended by the leader' } : { itemId, outcome });
      }
      const kind: MessageKind = p.leaderTelephone
        ? 'telephone'
        : m.kind === 'letter'
          ? l.bernoulli(p.telegramForLetterProb)
            ? 'telegram'
            : 'letter'
          : m.kind;
      const draft = Math.max(1, Math.round(l.exponential(p.replyDraftMinutes)));
      if (answers.length === 0 && points.length === 0) continue;
      this.push(this.now + draft, { k: 'leaderSend', kind, inReplyTo: messageId, answers, points });
      points = [];
    }
    if (points.length > 0) {
      const draft = Math.max(1, Math.round(l.exponential(p.replyDraftMinutes)));
      this.push(this.now + draft, { k: 'leaderSend', kind: p.leaderTelephone ? 'telephone' : 'telegram', answers: [], points });
    }
  }

  private onLeaderSend(kind: MessageKind, answers: ItemAnswer[], points: RaisedPoint[], inReplyTo?: string): void {
    const summary = answers.length > 0 ? `Answers ${answers.length} item(s)${points.length ? ` and raises ${points.length} point(s)` : ''}.` : `Raises ${points.length} point(s).`;
    this.send(LEADER, kind, { answers, points, ...(inReplyTo ? { inReplyTo } : {}) }, summary);
  }
}

/** Runs one simulated year. Same parameters and seed → the same record, byte for byte. */
export const simulateRun = (params: Params, seed: number, options: SimulateOptions = {}): SimulationResult => {
  const sim = new Simulation(validateParams({ ...params }), seed, options);
  sim.setUp();
  sim.run();
  return { record: bodyToRecord(sim.engine.body), engine: sim.engine, commands: sim.commands };
};

/** `simulate(params, seed)` → the record of one simulated year. */
export const simulate = (params: Params, seed: number, options: SimulateOptions = {}): PolitburoRecord =>
  simulateRun(params, seed, options).record;
