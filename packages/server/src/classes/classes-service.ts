import { type BodyCommand, DomainError, dateOf, forbidden, isDomainError, isFullMember, isIsoDate, notFound, roleOn, type Role } from '@politburo/core';
import { readRecord } from '@politburo/record';
import { scenarioPath } from '@politburo/scenarios';
import { presetParams } from '@politburo/sim';
import { FoldedStream, handleCommand, type SessionTable } from '@politburo/store';
import { createHash, randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { bodyNow } from '../clock/body-clock.ts';
import type { Bodies } from '../bodies/bodies-service.ts';
import { accountCommand } from '../bodies/body-factory.ts';
import { activeOf, type BodyEntry } from '../bodies/body-repository.ts';
import { type ClassCommand, classDecider, type ClassState, type Student, teacherDecider } from './class-decider.ts';
import { type ClassEvent, classStream, type InjectionKind, TEACHERS_STREAM } from './class-events.ts';
import { seatSteps } from './seat-agents.ts';

const SEAT_ROLES: readonly Role[] = ['leader', 'deputy', 'member', 'candidate'];
const sha = (s: string): string => createHash('sha256').update(s).digest('base64url');
/** A class code: short, no look-alike letters, typed by a student from the board. */
const newCode = (): string => {
  const abc = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(8);
  return Array.from(bytes, (b) => abc[b % abc.length]).join('');
};

export interface Seat {
  memberId: string;
  name: string;
  /** The member's name in Russian, where the record gives it. */
  nameRu?: string;
  role: Role;
  /** The student in it, by pseudonym; absent: the model's agent plays it. */
  student?: { studentId: string; pseudonym: string };
}

export interface NewClass {
  name: string;
  groups: number;
  asOf: string;
  groupsRunAlone?: boolean;
}

/**
 * Classes: a teacher's groups, each a copy of 1934 as of a date, played by students in
 * the seats and by the simulator's agents in the rest. Every fact goes through a decider
 * (the class's, the body's, the accounts') and the one command handler; a class's own
 * facts are on its stream, the groups' on their bodies'.
 */
type JoinInput = { classId: string; token?: string | undefined; pseudonym?: string | undefined; groupId?: string | undefined; role?: Role | undefined; memberId?: string | undefined };

export class Classes {
  readonly teachers: FoldedStream<{ type: 'TeacherRegistered'; username: string; salt: string; hash: string }, Map<string, { salt: string; hash: string }>>;
  private readonly folds = new Map<string, FoldedStream<ClassEvent, ClassState>>();
  /** Group body → class, for the privacy rule; rebuilt from the class streams. */
  private readonly bodyClass = new Map<string, string>();
  private scanned: Promise<void> | null = null;

  constructor(
    readonly bodies: Bodies,
    private readonly sessions: SessionTable,
    readonly realNow: () => number = Date.now,
  ) {
    this.teachers = new FoldedStream(bodies.repo.store, TEACHERS_STREAM, teacherDecider);
    bodies.repo.onCommit((n) => {
      if (n.streamId.startsWith('class-')) void this.refresh(n.streamId.slice(6)).catch(() => undefined);
    });
  }

  private get store() {
    return this.bodies.repo.store;
  }

  // --- teachers ---------------------------------------------------------------------

  async registerTeacher(username: string, password: string): Promise<void> {
    if (password.length < 8) throw new DomainError('PASSWORD_TOO_SHORT', 'validation', 'A password has at least 8 characters.', [{ field: 'password', message: 'too short' }]);
    const h = await hashPassword(password);
    await handleCommand(this.teachers, teacherDecider, { type: 'RegisterTeacher', username, ...h }, undefined, { audit: { actor: `teacher:${username}` }, realNow: this.realNow });
  }

  async checkTeacher(username: string, password: string): Promise<boolean> {
    await this.teachers.refresh();
    const t = this.teachers.state.get(username);
    return t ? verifyPassword(password, t) : false;
  }

  // --- reading a class ------------------------------------------------------------------

  private fold(classId: string): FoldedStream<ClassEvent, ClassState> {
    let f = this.folds.get(classId);
    if (!f) {
      f = new FoldedStream(this.store, classStream(classId), classDecider);
      this.folds.set(classId, f);
    }
    return f;
  }

  private async refresh(classId: string): Promise<ClassState> {
    const f = this.fold(classId);
    await f.refresh();
    for (const runs of f.state.runs.values()) for (const r of runs) this.bodyClass.set(r.bodyId, classId);
    return f.state;
  }

  async get(classId: string): Promise<ClassState & { created: NonNullable<ClassState['created']> }> {
    const s = await this.refresh(classId);
    if (!s.created) {
      this.folds.delete(classId);
      throw notFound('CLASS_NOT_FOUND', `No class "${classId}".`, 'classId');
    }
    return s as ClassState & { created: NonNullable<ClassState['created']> };
  }

  private scan(): Promise<void> {
    this.scanned ??= (async () => {
      for (const { streamId } of await this.store.streams()) if (streamId.startsWith('class-')) await this.refresh(streamId.slice(6));
    })();
    return this.scanned;
  }

  /** The class a body is a group of, if any (bodies of a class are private to it). */
  async classOfBody(bodyId: string): Promise<string | undefined> {
    await this.scan();
    return this.bodyClass.get(bodyId);
  }

  async listFor(teacher: string): Promise<Array<{ classId: string; name: string; groups: number; asOf: string }>> {
    await this.scan();
    const out = [];
    for (const classId of new Set(this.bodyClass.values())) {
      const s = (await this.refresh(classId)).created;
      if (s && s.teacher === teacher) out.push({ classId, name: s.name, groups: s.groups.length, asOf: s.asOf });
    }
    return out;
  }

  currentBody(s: ClassState, groupId: string): string {
    const run = s.runs.get(groupId)?.at(-1);
    if (!run) throw notFound('GROUP_NOT_FOUND', `The class has no group "${groupId}".`, 'groupId');
    return run.bodyId;
  }

  async seats(s: ClassState, groupId: string): Promise<Seat[]> {
    const entry = await this.bodies.repo.get(this.currentBody(s, groupId));
    const date = s.created!.asOf;
    const b = activeOf(entry);
    const taken = new Map([...s.students.values()].filter((st) => st.groupId === groupId && st.memberId).map((st) => [st.memberId!, st]));
    return Object.values(b.members)
      .map((m) => ({ m, role: roleOn(m, date) }))
      .filter((x): x is { m: typeof x.m; role: Role } => x.role !== undefined && SEAT_ROLES.includes(x.role) && !x.m.synthetic)
      .sort((x, y) => SEAT_ROLES.indexOf(x.role) - SEAT_ROLES.indexOf(y.role) || x.m.id.localeCompare(y.m.id))
      .map(({ m, role }) => {
        const st = taken.get(m.id);
        return { memberId: m.id, name: m.name, ...(m.nameRu ? { nameRu: m.nameRu } : {}), role, ...(st ? { student: { studentId: st.studentId, pseudonym: st.pseudonym } } : {}) };
      });
  }

  private async decide(classId: string, command: ClassCommand, actor: string, seatsOf?: Map<string, Set<string>>): Promise<ClassState> {
    const f = this.fold(classId);
    const { state } = await handleCommand(f, classDecider, command, { nowMs: this.realNow(), isSeat: (g, m) => seatsOf?.get(g)?.has(m) ?? false }, { audit: { actor }, realNow: this.realNow });
    await this.refresh(classId);
    return state;
  }

  private async seatSets(s: ClassState): Promise<Map<string, Set<string>>> {
    const out = new Map<string, Set<string>>();
    for (const g of s.created!.groups) out.set(g.groupId, new Set((await this.seats(s, g.groupId)).map((x) => x.memberId)));
    return out;
  }

  // --- making a class -------------------------------------------------------------------

  /** N groups, each an as-of copy of 1934 whose clock waits, paused, for the teacher. */
  async create(teacher: string, input: NewClass): Promise<string> {
    if (!isIsoDate(input.asOf)) throw new DomainError('BAD_DATE', 'validation', `asOf "${input.asOf}" is not a date (YYYY-MM-DD).`, [{ field: 'asOf', message: 'expected YYYY-MM-DD' }]);
    const classId = newCode();
    const groups = Array.from({ length: input.groups }, (_, i) => ({ groupId: `g${i + 1}`, name: `Group ${i + 1}` }));
    await this.decide(classId, { type: 'CreateClass', classId, name: input.name, teacher, asOf: input.asOf, groups, settings: { groupsRunAlone: input.groupsRunAlone ?? false } }, `teacher:${teacher}`);
    for (const g of groups) await this.startRun(classId, g.groupId, `teacher:${teacher}`);
    return classId;
  }

  /** A new run of a group: a fresh as-of copy, its students' logins carried over; earlier runs stay. */
  private async startRun(classId: string, groupId: string, actor: string): Promise<string> {
    const s = await this.get(classId);
    const bodyId = `g-${randomBytes(6).toString('hex')}`;
    // A neutral name: the index keeps a deleted class's body ids, and nothing else of it.
    await this.bodies.copy('1934', { id: bodyId, name: 'A class group (1934 replay)', asOf: s.created.asOf, forClass: true });
    this.bodyClass.set(bodyId, classId);
    for (const st of s.students.values()) {
      if (st.groupId === groupId && st.memberId) await this.bodies.repo.account(bodyId, await accountCommand(usernameOf(st), randomBytes(18).toString('base64url'), st.memberId), actor);
    }
    await this.decide(classId, { type: 'StartRun', groupId, bodyId }, actor);
    return bodyId;
  }

  // --- students -------------------------------------------------------------------------

  async issueLink(classId: string, teacher: string, groupId?: string, memberId?: string): Promise<string> {
    const s = await this.requireTeacher(classId, teacher);
    const token = randomBytes(18).toString('base64url');
    await this.decide(classId, { type: 'IssueLink', tokenHash: sha(token), ...(groupId ? { groupId } : {}), ...(memberId ? { memberId } : {}) }, `teacher:${teacher}`, await this.seatSets(s));
    return token;
  }

  /**
   * A student joins with the class code (or a one-time link): a pseudonym if he likes, a
   * group and a seat if he picks them (else the emptiest group, the first free seat from the
   * leader down). He gets a login on his group's body and a key that lets him in again.
   */
  async join(input: JoinInput) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.joinOnce(input);
      } catch (err) {
        // The free seat picked for him was taken by another student joining at the same moment (the
        // class decider refused it): pick again from the state that join left. A seat he asked for is his answer.
        const picked = input.token === undefined && input.memberId === undefined;
        if (picked && attempt < 20 && isDomainError(err) && err.code === 'SEAT_TAKEN') continue;
        throw err;
      }
    }
  }

  private async joinOnce(input: JoinInput) {
    const s = await this.get(input.classId);
    const link = input.token !== undefined ? s.links.get(sha(input.token)) : undefined;
    if (input.token !== undefined && !link) throw notFound('LINK_UNKNOWN', 'This link is not known for this class.', 'token');
    if (link?.used) throw new DomainError('LINK_USED', 'conflict', 'This link has been used already; ask the teacher for a new one.', [{ field: 'token', message: 'used' }]);
    const groupId = link?.groupId ?? input.groupId ?? this.emptiestGroup(s);
    const seats = await this.seats(s, groupId);
    const wanted = link?.memberId ?? input.memberId;
    const seat = wanted
      ? seats.find((x) => x.memberId === wanted)
      : seats.find((x) => !x.student && (input.role === undefined || x.role === input.role));
    if (!seat) throw new DomainError('NO_FREE_SEAT', 'conflict', input.role ? `No free ${input.role}'s seat in this group.` : 'No free seat in this group.', [{ field: input.role ? 'role' : 'groupId', message: 'no free seat' }]);
    const studentId = `s${randomBytes(5).toString('hex')}`;
    const key = randomBytes(24).toString('base64url');
    const pseudonym = input.pseudonym?.trim() || `Student ${s.students.size + 1}`;
    const state = await this.decide(
      input.classId,
      { type: 'JoinStudent', studentId, groupId, pseudonym, keyHash: sha(key), memberId: seat.memberId, ...(input.token !== undefined ? { tokenHash: sha(input.token) } : {}) },
      `student:${studentId}`,
      await this.seatSets(s),
    );
    const student = state.students.get(studentId)!;
    const bodyId = this.currentBody(state, groupId);
    await this.bodies.repo.account(bodyId, await accountCommand(usernameOf(student), randomBytes(18).toString('base64url'), seat.memberId), `student:${studentId}`);
    return { studentId, key, groupId, bodyId, username: usernameOf(student), memberId: seat.memberId, role: seat.role };
  }

  private emptiestGroup(s: ClassState): string {
    const count = (g: string) => [...s.students.values()].filter((st) => st.groupId === g).length;
    return [...s.created!.groups].sort((a, b) => count(a.groupId) - count(b.groupId))[0]!.groupId;
  }

  /** A student back in (after a rewind, a new seat, or another day): his key gives his group's current body and login. */
  async enter(classId: string, studentId: string, key: string) {
    const s = await this.get(classId);
    const st = s.students.get(studentId);
    if (!st || st.keyHash !== sha(key)) throw forbidden('NOT_A_STUDENT', 'This key does not let anyone into this class.');
    const bodyId = this.currentBody(s, st.groupId);
    const entry = await this.bodies.repo.get(bodyId);
    const account = entry.accounts.get(usernameOf(st));
    if (!account || account.memberId !== st.memberId) {
      await this.bodies.repo.account(bodyId, await accountCommand(usernameOf(st), randomBytes(18).toString('base64url'), st.memberId!), `student:${studentId}`);
    }
    return { bodyId, username: usernameOf(st), groupId: st.groupId, memberId: st.memberId };
  }

  /** The teacher puts a student in a seat; his login follows him (a new username for the new seat). */
  async assign(classId: string, teacher: string, studentId: string, memberId: string): Promise<void> {
    const s = await this.requireTeacher(classId, teacher);
    const before = s.students.get(studentId);
    const old = before ? usernameOf(before) : undefined;
    const state = await this.decide(classId, { type: 'AssignSeat', studentId, memberId }, `teacher:${teacher}`, await this.seatSets(s));
    const st = state.students.get(studentId)!;
    const bodyId = this.currentBody(state, st.groupId);
    // His sessions in the old seat end: he comes back in with his key, into the new one.
    if (old) await this.sessions.revokeAccount(bodyId, old);
    await this.bodies.repo.account(bodyId, await accountCommand(usernameOf(st), randomBytes(18).toString('base64url'), memberId), `teacher:${teacher}`);
  }

  async requireTeacher(classId: string, teacher: string) {
    const s = await this.get(classId);
    if (s.created.teacher !== teacher) throw notFound('CLASS_NOT_FOUND', `No class "${classId}".`, 'classId');
    return s;
  }

  // --- the clock ----------------------------------------------------------------------------

  /**
   * One clock for the class: start, pause and speed apply to every group's body at once
   * (or to one group, where the class lets groups run on their own); rewind starts a new
   * run of each group from the copy's date, earlier runs kept.
   */
  async clock(classId: string, teacher: string, input: { action: 'start' | 'pause' | 'speed' | 'rewind'; speed?: number | undefined; groupId?: string | undefined }): Promise<void> {
    const s = await this.requireTeacher(classId, teacher);
    if (input.groupId !== undefined && !s.created.settings.groupsRunAlone) {
      throw new DomainError('CLASS_CLOCK_SHARED', 'illegal-state', 'This class runs on one clock: set it for all groups, or let groups run on their own first.', [{ field: 'groupId', message: 'one clock for the class' }]);
    }
    const actor = `teacher:${teacher}`;
    await this.decide(classId, { type: 'SetClassClock', action: input.action, ...(input.speed !== undefined ? { speed: input.speed } : {}), ...(input.groupId ? { groupId: input.groupId } : {}) }, actor);
    const groups = input.groupId ? [input.groupId] : s.created.groups.map((g) => g.groupId);
    for (const g of groups) {
      if (input.action === 'rewind') {
        await this.startRun(classId, g, actor);
        continue;
      }
      const bodyId = this.currentBody(await this.get(classId), g);
      const entry = await this.bodies.repo.get(bodyId);
      const c = entry.clock;
      const realNow = this.realNow();
      const now = bodyNow(c, realNow);
      const speed = input.speed ?? (c.mode === 'replay' ? c.speed : 60);
      const paused = input.action === 'pause' ? true : input.action === 'start' ? false : c.mode === 'replay' ? c.paused : true;
      await this.bodies.repo.configure(bodyId, { type: 'SetClock', clock: { mode: 'replay', anchorBody: now, anchorReal: realNow, speed, paused } }, actor);
    }
  }

  async setGroupsRunAlone(classId: string, teacher: string, groupsRunAlone: boolean): Promise<void> {
    await this.requireTeacher(classId, teacher);
    await this.decide(classId, { type: 'ChangeClassSettings', settings: { groupsRunAlone } }, `teacher:${teacher}`);
  }

  // --- the teacher's events ----------------------------------------------------------------

  /**
   * An event the teacher puts into groups' bodies, through the body's own commands and
   * labelled as the teacher's in the log (`teacher:<name>`) and on the class stream:
   * a letter from the leader (the archival letter of that day or the next one found in the
   * 1934 correspondence, arriving now), a harvest failure put before the body (a synthetic
   * item), or a telephone line to the leader (the telephone channel at 1 minute).
   */
  async inject(classId: string, teacher: string, kind: InjectionKind, groupIds?: string[]): Promise<string> {
    const s = await this.requireTeacher(classId, teacher);
    const groups = groupIds ?? s.created.groups.map((g) => g.groupId);
    const injectionId = `t${randomBytes(4).toString('hex')}`;
    const label = `teacher:${teacher}`;
    let summary = '';
    for (const g of groups) {
      const bodyId = this.currentBody(s, g);
      const entry = await this.bodies.repo.get(bodyId);
      const b = activeOf(entry);
      const now = this.bodies.repo.now(entry);
      if (kind === 'telephone-works') {
        summary = 'The telephone line to the leader works from today (the telephone channel takes a minute).';
        await this.bodies.repo.configure(bodyId, { type: 'SetLatencies', latencies: { telephone: 1 } }, label, { label });
        continue;
      }
      const commands: BodyCommand[] = [];
      if (kind === 'harvest-fails') {
        summary = 'The harvest fails in Kazakhstan: the grain procurement plan is before the body.';
        commands.push({
          type: 'ProposeItem',
          itemId: `${injectionId}-harvest`,
          title: 'Harvest failure in Kazakhstan: grain procurement and relief',
          text: "The teacher's event (synthetic): reports from Kazakhstan say the harvest has failed; the procurement plan and relief are put before the Politburo.",
          synthetic: true,
        });
      } else {
        const letter = await this.archivalLetter(dateOf(now));
        if (!letter) throw notFound('NO_LETTER', `No letter of the leader's from ${dateOf(now)} on is in the 1934 correspondence.`, 'kind');
        summary = `A letter from the leader (archival, ${letter.date}): ${letter.summary}`;
        const deputy = Object.values(b.members).find((m) => roleOn(m, dateOf(now)) === 'deputy');
        const messageId = `${injectionId}-letter`;
        commands.push(
          {
            type: 'SendMessage',
            messageId,
            kind: 'letter',
            fromId: letter.fromId,
            toIds: [deputy?.id ?? 'kaganovich'],
            summary: `The teacher's event: the leader's letter of ${letter.date} (${letter.id}${letter.archiveRef ? `, ${letter.archiveRef}` : ''}) arrives: ${letter.summary}`,
            ...(letter.sourceId ? { sourceId: letter.sourceId } : {}),
          },
          { type: 'DeliverMessage', messageId },
        );
      }
      for (const command of commands) await this.bodies.repo.execute(bodyId, command, { kind: 'system' }, { label });
    }
    await this.decide(classId, { type: 'InjectEvent', injectionId, groupIds: groups, kind, summary }, label);
    return injectionId;
  }

  private letters: Promise<Array<{ id: string; date: string; fromId: string; summary: string; archiveRef?: string; sourceId?: string }>> | null = null;

  private async archivalLetter(from: string) {
    this.letters ??= readRecord(scenarioPath('1934')).then((r) =>
      r.correspondence
        .filter((c) => c.from_id === 'stalin' && c.sent_at && !c.synthetic)
        .map((c) => ({ id: c.id, date: c.sent_at!.slice(0, 10), fromId: c.from_id, summary: c.summary, ...(c.archive_ref ? { archiveRef: c.archive_ref } : {}), ...(c.source_id ? { sourceId: c.source_id } : {}) }))
        .sort((a, b) => a.date.localeCompare(b.date)),
    );
    return (await this.letters).find((l) => l.date >= from);
  }

  // --- the empty chairs -------------------------------------------------------------------------

  /** One pass of the model's agents over every class group's current run (the scheduler's tick calls it). */
  async tick(): Promise<number> {
    await this.scan();
    const p = presetParams('1934');
    let done = 0;
    for (const classId of new Set(this.bodyClass.values())) {
      const s = await this.refresh(classId);
      if (!s.created) continue;
      for (const g of s.created.groups) {
        const bodyId = s.runs.get(g.groupId)?.at(-1)?.bodyId;
        if (!bodyId || !(await this.bodies.repo.exists(bodyId))) continue;
        const entry = await this.bodies.repo.get(bodyId);
        if (entry.clock.mode !== 'replay' || entry.clock.paused) continue;
        done += await this.runSeats(s, g.groupId, entry, p);
      }
    }
    return done;
  }

  private async runSeats(s: ClassState, groupId: string, entry: BodyEntry, p: ReturnType<typeof presetParams>): Promise<number> {
    const b = activeOf(entry);
    const date = s.created!.asOf;
    const taken = new Set([...s.students.values()].filter((st) => st.groupId === groupId && st.memberId).map((st) => st.memberId!));
    const empty = new Set(
      Object.values(b.members)
        .filter((m) => {
          const r = roleOn(m, date);
          return r !== undefined && (isFullMember(r) || r === 'candidate') && !m.synthetic && !taken.has(m.id);
        })
        .map((m) => m.id),
    );
    const leader = Object.values(b.members).find((m) => roleOn(m, date) === 'leader')?.id;
    let done = 0;
    for (const step of seatSteps(entry.listing.bodyId, b, empty, leader, this.bodies.repo.now(entry), p)) {
      try {
        await this.bodies.repo.execute(entry.listing.bodyId, step.command, { kind: 'member', id: step.memberId }, { label: `agent:${step.memberId}` });
        done++;
      } catch (err) {
        // Overtaken (the poll closed, another process cast it first): the model has nothing to add.
        if (!isDomainError(err)) throw err;
      }
    }
    return done;
  }

  // --- deleting -------------------------------------------------------------------------------------

  /**
   * A class and all its data, in one action: every run's body (its events, clock,
   * logins, invitations, signatures), its students' sessions, and the class's own stream,
   * each erased as a unit by the store (which keeps only positions and hashes, so the chain
   * still verifies). The index keeps each opaque body id with its delisting.
   */
  async delete(classId: string, teacher: string): Promise<{ bodies: number; events: number }> {
    const s = await this.requireTeacher(classId, teacher);
    let events = 0;
    let bodies = 0;
    for (const runs of s.runs.values()) {
      for (const r of runs) {
        await this.sessions.deleteBody(r.bodyId);
        events += await this.bodies.repo.erase(r.bodyId, `teacher:${teacher}`);
        this.bodyClass.delete(r.bodyId);
        bodies++;
      }
    }
    events += await this.store.eraseStreams([classStream(classId)]);
    this.folds.delete(classId);
    return { bodies, events };
  }
}

export const usernameOf = (st: Pick<Student, 'studentId' | 'memberId'>): string => `${st.studentId}.${st.memberId ?? 'seat'}`;
