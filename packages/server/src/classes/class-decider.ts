import { conflict, DomainError, notFound } from '@politburo/core';
import { corruptEvent, type Decider, type StoredEvent } from '@politburo/store';
import type { ClassEvent, ClassGroup, ClassSettings, InjectionKind } from './class-events.ts';

export interface Student {
  studentId: string;
  groupId: string;
  pseudonym: string;
  keyHash: string;
  memberId?: string;
}

export interface ClassState {
  created: { classId: string; name: string; teacher: string; asOf: string; groups: ClassGroup[]; settings: ClassSettings; at: number } | null;
  /** Every run of each group, oldest first: the last is the one being played. */
  runs: Map<string, Array<{ run: number; bodyId: string; at: number }>>;
  students: Map<string, Student>;
  links: Map<string, { groupId?: string; memberId?: string; used: boolean }>;
  injections: Array<{ injectionId: string; groupIds: string[]; kind: InjectionKind; summary: string; at: number }>;
  clock: Array<{ groupId?: string; action: string; speed?: number; at: number }>;
}

export type ClassCommand =
  | { type: 'CreateClass'; classId: string; name: string; teacher: string; asOf: string; groups: ClassGroup[]; settings: ClassSettings }
  | { type: 'StartRun'; groupId: string; bodyId: string }
  | { type: 'JoinStudent'; studentId: string; groupId: string; pseudonym: string; keyHash: string; memberId: string; tokenHash?: string }
  | { type: 'AssignSeat'; studentId: string; memberId: string }
  | { type: 'IssueLink'; tokenHash: string; groupId?: string; memberId?: string }
  | { type: 'SetClassClock'; groupId?: string; action: 'start' | 'pause' | 'speed' | 'rewind'; speed?: number }
  | { type: 'ChangeClassSettings'; settings: ClassSettings }
  | { type: 'InjectEvent'; injectionId: string; groupIds: string[]; kind: InjectionKind; summary: string };

/** What a class command is decided against besides its stream: the real time, and the seats of a group's body. */
export interface ClassMeta {
  nowMs: number;
  isSeat(groupId: string, memberId: string): boolean;
}

const TYPES: ClassEvent['type'][] = [
  'ClassCreated',
  'ClassRunStarted',
  'ClassStudentJoined',
  'ClassSeatTaken',
  'ClassLinkIssued',
  'ClassLinkUsed',
  'ClassClockSet',
  'ClassSettingsChanged',
  'ClassEventInjected',
];

const requireClass = (s: ClassState): NonNullable<ClassState['created']> => {
  if (!s.created) throw notFound('CLASS_NOT_FOUND', 'No such class.', 'classId');
  return s.created;
};
const requireGroup = (s: ClassState, groupId: string): void => {
  if (!requireClass(s).groups.some((g) => g.groupId === groupId)) throw notFound('GROUP_NOT_FOUND', `The class has no group "${groupId}".`, 'groupId');
};
const seatHolder = (s: ClassState, groupId: string, memberId: string): Student | undefined =>
  [...s.students.values()].find((st) => st.groupId === groupId && st.memberId === memberId);

const requireFreeSeat = (s: ClassState, meta: ClassMeta, groupId: string, memberId: string, studentId: string): void => {
  if (!meta.isSeat(groupId, memberId)) throw notFound('SEAT_UNKNOWN', `"${memberId}" is not a seat of this group.`, 'memberId');
  const holder = seatHolder(s, groupId, memberId);
  if (holder && holder.studentId !== studentId) throw conflict('SEAT_TAKEN', 'Another student already sits in this seat.', 'memberId');
};

export const classDecider: Decider<ClassCommand, ClassEvent, ClassState, ClassMeta> = {
  initialState: () => ({ created: null, runs: new Map(), students: new Map(), links: new Map(), injections: [], clock: [] }),
  evolve: (s, e) => {
    switch (e.type) {
      case 'ClassCreated': {
        const { type: _t, ...created } = e;
        s.created = created;
        return s;
      }
      case 'ClassRunStarted': {
        const runs = s.runs.get(e.groupId) ?? [];
        runs.push({ run: e.run, bodyId: e.bodyId, at: e.at });
        s.runs.set(e.groupId, runs);
        return s;
      }
      case 'ClassStudentJoined':
        s.students.set(e.studentId, { studentId: e.studentId, groupId: e.groupId, pseudonym: e.pseudonym, keyHash: e.keyHash });
        return s;
      case 'ClassSeatTaken': {
        const st = s.students.get(e.studentId);
        if (st) {
          st.memberId = e.memberId;
          st.groupId = e.groupId;
        }
        return s;
      }
      case 'ClassLinkIssued':
        s.links.set(e.tokenHash, { ...(e.groupId ? { groupId: e.groupId } : {}), ...(e.memberId ? { memberId: e.memberId } : {}), used: false });
        return s;
      case 'ClassLinkUsed': {
        const l = s.links.get(e.tokenHash);
        if (l) l.used = true;
        return s;
      }
      case 'ClassClockSet':
        s.clock.push({ ...(e.groupId ? { groupId: e.groupId } : {}), action: e.action, ...(e.speed !== undefined ? { speed: e.speed } : {}), at: e.at });
        return s;
      case 'ClassSettingsChanged':
        if (s.created) s.created.settings = e.settings;
        return s;
      case 'ClassEventInjected':
        s.injections.push({ injectionId: e.injectionId, groupIds: e.groupIds, kind: e.kind, summary: e.summary, at: e.at });
        return s;
    }
  },
  decide: (c, s, meta) => {
    const at = meta.nowMs;
    switch (c.type) {
      case 'CreateClass': {
        if (s.created) throw conflict('CLASS_EXISTS', `A class "${c.classId}" already exists.`, 'classId');
        if (c.groups.length < 1 || c.groups.length > 60) throw new DomainError('GROUPS_INVALID', 'validation', 'A class has 1 to 60 groups.', [{ field: 'groups', message: 'out of range' }]);
        return [{ type: 'ClassCreated', classId: c.classId, name: c.name, teacher: c.teacher, asOf: c.asOf, groups: c.groups, settings: c.settings, at }];
      }
      case 'StartRun': {
        requireGroup(s, c.groupId);
        const run = (s.runs.get(c.groupId)?.at(-1)?.run ?? 0) + 1;
        return [{ type: 'ClassRunStarted', groupId: c.groupId, run, bodyId: c.bodyId, at }];
      }
      case 'JoinStudent': {
        requireGroup(s, c.groupId);
        if (s.students.has(c.studentId)) throw conflict('STUDENT_EXISTS', 'This student has joined already.', 'studentId');
        if (c.pseudonym.length > 40) throw new DomainError('PSEUDONYM_INVALID', 'validation', 'A pseudonym has at most 40 characters.', [{ field: 'pseudonym', message: 'too long' }]);
        const out: ClassEvent[] = [];
        if (c.tokenHash !== undefined) {
          const link = s.links.get(c.tokenHash);
          if (!link) throw notFound('LINK_UNKNOWN', 'This link is not known for this class.', 'token');
          if (link.used) throw conflict('LINK_USED', 'This link has been used already; ask the teacher for a new one.', 'token');
          out.push({ type: 'ClassLinkUsed', tokenHash: c.tokenHash, studentId: c.studentId, at });
        }
        requireFreeSeat(s, meta, c.groupId, c.memberId, c.studentId);
        out.unshift({ type: 'ClassStudentJoined', studentId: c.studentId, groupId: c.groupId, pseudonym: c.pseudonym, keyHash: c.keyHash, at });
        out.push({ type: 'ClassSeatTaken', studentId: c.studentId, groupId: c.groupId, memberId: c.memberId, by: 'student', at });
        return out;
      }
      case 'AssignSeat': {
        const st = s.students.get(c.studentId);
        if (!st) throw notFound('STUDENT_UNKNOWN', 'No such student in this class.', 'studentId');
        requireFreeSeat(s, meta, st.groupId, c.memberId, c.studentId);
        return [{ type: 'ClassSeatTaken', studentId: c.studentId, groupId: st.groupId, memberId: c.memberId, by: 'teacher', at }];
      }
      case 'IssueLink':
        requireClass(s);
        if (c.groupId !== undefined) requireGroup(s, c.groupId);
        if (c.groupId !== undefined && c.memberId !== undefined && !meta.isSeat(c.groupId, c.memberId)) throw notFound('SEAT_UNKNOWN', `"${c.memberId}" is not a seat of this group.`, 'memberId');
        return [{ type: 'ClassLinkIssued', tokenHash: c.tokenHash, ...(c.groupId ? { groupId: c.groupId } : {}), ...(c.memberId ? { memberId: c.memberId } : {}), at }];
      case 'SetClassClock':
        requireClass(s);
        if (c.groupId !== undefined) requireGroup(s, c.groupId);
        if (c.speed !== undefined && !(c.speed > 0 && c.speed <= 100_000)) throw new DomainError('CLOCK_INVALID', 'validation', 'A replay clock runs at a speed above 0 (at most 100000).', [{ field: 'speed', message: 'out of range' }]);
        return [{ type: 'ClassClockSet', ...(c.groupId ? { groupId: c.groupId } : {}), action: c.action, ...(c.speed !== undefined ? { speed: c.speed } : {}), at }];
      case 'ChangeClassSettings':
        requireClass(s);
        return [{ type: 'ClassSettingsChanged', settings: c.settings, at }];
      case 'InjectEvent':
        for (const g of c.groupIds) requireGroup(s, g);
        return [{ type: 'ClassEventInjected', injectionId: c.injectionId, groupIds: c.groupIds, kind: c.kind, summary: c.summary, at }];
    }
  },
  decode: (stored: StoredEvent): ClassEvent => {
    if (!TYPES.includes(stored.event.type as ClassEvent['type'])) {
      throw corruptEvent(stored.position, stored.streamId, `"${stored.event.type}" does not belong on a class stream`);
    }
    return stored.event as ClassEvent;
  },
};

export const teacherDecider: Decider<
  { type: 'RegisterTeacher'; username: string; salt: string; hash: string },
  { type: 'TeacherRegistered'; username: string; salt: string; hash: string },
  Map<string, { salt: string; hash: string }>,
  undefined
> = {
  initialState: () => new Map(),
  evolve: (s, e) => s.set(e.username, { salt: e.salt, hash: e.hash }),
  decide: (c, s) => {
    if (!/^[A-Za-z0-9_.@-]{1,80}$/.test(c.username)) {
      throw new DomainError('USERNAME_INVALID', 'validation', 'A username is 1–80 letters, digits, dots, dashes, underscores or @.', [{ field: 'username', message: 'not allowed' }]);
    }
    if (s.has(c.username)) throw conflict('USERNAME_TAKEN', `The teacher's username "${c.username}" is taken.`, 'username');
    return [{ type: 'TeacherRegistered', username: c.username, salt: c.salt, hash: c.hash }];
  },
  decode: (stored: StoredEvent) => {
    if (stored.event.type !== 'TeacherRegistered') throw corruptEvent(stored.position, stored.streamId, `"${stored.event.type}" does not belong on the teachers' stream`);
    return stored.event as { type: 'TeacherRegistered'; username: string; salt: string; hash: string };
  },
};
