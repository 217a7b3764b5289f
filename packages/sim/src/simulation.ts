import { type Actor, type BodyCommand, type BodyEvent, type CommandMeta, Engine, fromDays, type ItemAnswer, type MessageKind, type RaisedPoint } from '@politburo/core';
import { buildCalendar, type Calendar, dateOfDay, isAbsentDay } from './calendar.ts';
import { EventQueue } from './event-queue.ts';
import { type Params, parseTimes } from './params.ts';
import { streamsFor } from './random.ts';
import { DEPUTY, LEADER, MEMBERS_1934 } from './roster.ts';

/**
 * The simulation: agents (departments and members, the deputy, the absent leader,
 * the channels, the secretariat) act on a seeded clock by issuing commands to the
 * same core `Engine` the application uses. The simulator keeps only its agents'
 * intentions (what is held back for the leader, what is in the out-tray); every fact
 * — items, votes, meetings, protocols, messages, interventions — is the engine's.
 *
 * This file holds the clock, the queue and the agents' shared memory; each agent's
 * behaviour is in its own file (agent-departments.ts, agent-deputy.ts, agent-leader.ts),
 * and simulate.ts hands each event to its agent (so the agents import this file, never the reverse).
 */

export type SimEvent =
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

const SYSTEM: Actor = { kind: 'system' };

export const pad = (n: number, w = 5): string => String(n).padStart(w, '0');

export class Simulation {
  readonly engine: Engine;
  readonly q = new EventQueue<SimEvent>();
  readonly cal: Calendar;
  readonly r: ReturnType<typeof streamsFor>;
  readonly horizon: number;
  readonly returnTime: number | null;
  now = 0;
  nowStr = '';
  private nowDay = Number.NaN;
  /** The character codes of today's date, `YYYY-MM-DD`. */
  private nowDate: number[] = [];
  private readonly actors = new Map<string, Actor>();
  commands = 0;
  nItem = 0;
  nDecision = 0;
  nMessage = 0;
  nPoint = 0;
  nextMeeting = 0;
  readonly meetingIds: string[] = [];
  readonly gens = new Map<string, number>();
  /** Items the deputy holds back while he waits for the leader (insertion-ordered). */
  readonly held = new Set<string>();
  /** Items the deputy will report to the leader once registered, by the channel he chose. */
  readonly reportAfter = new Map<string, MessageKind>();
  /** Registered decisions waiting in the out-tray to be reported. */
  readonly reported = new Set<string>();
  readonly answered = new Set<string>();
  readonly afterReturn: string[] = [];
  readonly outbox: Record<MessageKind, string[]> = { letter: [], telegram: [], telephone: [] };
  readonly leaderInbox: string[] = [];
  pendingPoints: RaisedPoint[] = [];
  readonly telegramSlots: number[];
  readonly readingTimes: number[];

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

  setNow(t: number): void {
    if (t !== this.now || this.nowStr === '') {
      this.now = t;
      this.nowStr = this.instant(t);
    }
  }

  /**
   * Minutes since the epoch as the core's `YYYY-MM-DDTHH:MM`, made flat from character
   * codes: a template literal of 16 characters is a rope, and the core reads the characters
   * of the time of every command (its time check, its date), which made V8 flatten a fresh
   * rope on every event (a third of a microsecond each).
   */
  instant(t: number): string {
    const day = Math.floor(t / 1440);
    const d = this.dateCodes(day);
    const m = t - day * 1440;
    const hh = Math.floor(m / 60);
    const mm = m % 60;
    return String.fromCharCode(d[0]!, d[1]!, d[2]!, d[3]!, d[4]!, d[5]!, d[6]!, d[7]!, d[8]!, d[9]!, 84, 48 + Math.floor(hh / 10), 48 + (hh % 10), 58, 48 + Math.floor(mm / 10), 48 + (mm % 10));
  }

  /** The character codes of a day's date, made once per day of the year (the clock's day kept at hand). */
  private dateCodes(day: number): number[] {
    if (day === this.nowDay) return this.nowDate;
    let codes = this.dates.get(day);
    if (codes === undefined) {
      const date = fromDays(day);
      codes = Array.from({ length: 10 }, (_, i) => date.charCodeAt(i));
      this.dates.set(day, codes);
    }
    if (day === Math.floor(this.now / 1440)) {
      this.nowDay = day;
      this.nowDate = codes;
    }
    return codes;
  }

  private readonly dates = new Map<number, number[]>();

  // One meta for every command, refilled each time: the core reads it and keeps only its fields' values.
  private readonly meta: CommandMeta = { now: '', actor: SYSTEM };

  exec(command: BodyCommand, actorId: string | null): BodyEvent[] {
    const meta = this.meta;
    meta.now = this.nowStr;
    meta.actor = actorId === null ? SYSTEM : this.memberActor(actorId);
    const events = this.engine.execute(command, meta);
    this.commands++;
    return events;
  }

  private memberActor(id: string): Actor {
    let a = this.actors.get(id);
    if (!a) {
      a = { kind: 'member', id };
      this.actors.set(id, a);
    }
    return a;
  }

  get body() {
    return this.engine.body;
  }

  push(t: number, e: SimEvent): void {
    if (t <= this.horizon) this.q.push(t, e);
  }

  absentAt(t: number): boolean {
    return isAbsentDay(this.cal, Math.floor(t / 1440));
  }

  /** The member who steers today: the leader if present, else the deputy. */
  steering(): string {
    return this.absentAt(this.now) ? DEPUTY : LEADER;
  }

  setUp(): void {
    const p = this.p;
    this.setNow(this.cal.firstDay * 1440);
    // The body allows the route without a poll only where the model uses it.
    this.exec({ type: 'CreateBody', bodyId: 'politburo-sim', name: `Politburo (simulated ${p.year})`, ...(p.withoutPollShare > 0 ? { settings: { withoutPoll: true } } : {}) }, null);
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

  /** Runs the queue to the end of the year, each event handed to its agent by `handle` (simulate.ts). */
  run(handle: (s: Simulation, e: SimEvent) => void): void {
    for (let e = this.q.pop(); e; e = this.q.pop()) {
      this.setNow(e.time);
      handle(this, e.item);
    }
  }
}
