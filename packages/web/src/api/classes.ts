import { request, setCsrfToken } from './client.ts';
import type { Clock, Role } from './types.ts';

/** The classroom's API (docs/classroom.md): teachers, classes, joining, the class clock, the teacher's events, the debrief. */
export interface Seat {
  memberId: string;
  name: string;
  role: Role;
  student?: { studentId: string; pseudonym: string };
}
export interface ClassGroupView {
  groupId: string;
  name: string;
  bodyId: string;
  runs: Array<{ run: number; bodyId: string }>;
  clock: Clock;
  seats: Seat[];
}
export interface ClassView {
  classId: string;
  name: string;
  asOf: string;
  settings: { groupsRunAlone: boolean };
  you: { teacher: true } | { teacher: false; studentId: string; groupId: string };
  code?: string;
  students?: Array<{ studentId: string; groupId: string; pseudonym: string; memberId?: string }>;
  injections?: Array<{ injectionId: string; kind: string; summary: string }>;
  groups: ClassGroupView[];
}
export interface Spread {
  mean: number | null;
  p5: number | null;
  p95: number | null;
}
export interface Debrief {
  classId: string;
  name: string;
  asOf: string;
  keys: string[];
  quoted: Array<{ key: string; label: string; value: number; sourceIds: string[] }>;
  archive: Record<string, number>;
  simulated: { runs: number; preset: string; spreads: Record<string, Spread> };
  groups: Array<{
    groupId: string;
    name: string;
    run: number;
    runs: number;
    bodyId: string;
    now: string;
    figures: Record<string, number | null>;
    played: { decisions: number; messages: number; waiting: { referred: number; waited: number; didNotWait: number; open: number } };
  }>;
  injections: Array<{ injectionId: string; kind: string; summary: string }>;
}
export interface Joined {
  studentId: string;
  key: string;
  groupId: string;
  bodyId: string;
  memberId: string;
  role: Role;
}

const c = (classId: string) => `/classes/${encodeURIComponent(classId)}`;
const withToken = <T extends { csrfToken: string }>(r: T): T => {
  setCsrfToken(r.csrfToken);
  return r;
};
const KEYS = 'politburo.classKeys';

/** A student's keys, by class, kept in this browser: they let him back in after a rewind. */
export const studentKeys = {
  all: (): Record<string, { studentId: string; key: string }> => JSON.parse(localStorage.getItem(KEYS) ?? '{}') as Record<string, { studentId: string; key: string }>,
  save: (classId: string, studentId: string, key: string): void => localStorage.setItem(KEYS, JSON.stringify({ ...studentKeys.all(), [classId]: { studentId, key } })),
};

export const classApi = {
  registerTeacher: (username: string, password: string) => request<{ teacher: string; csrfToken: string }>('POST', '/teachers', { username, password }).then(withToken),
  loginTeacher: (username: string, password: string) => request<{ teacher: string; csrfToken: string }>('POST', '/teachers/login', { username, password }).then(withToken),
  list: () => request<{ classes: Array<{ classId: string; name: string; groups: number; asOf: string }> }>('GET', '/classes'),
  create: (input: { name: string; groups: number; asOf: string; groupsRunAlone?: boolean }) => request<{ classId: string; code: string }>('POST', '/classes', input),
  get: (classId: string) => request<ClassView>('GET', c(classId)),
  join: (classId: string, input: { token?: string; pseudonym?: string; groupId?: string; role?: Role }) =>
    request<Joined & { csrfToken: string }>('POST', `${c(classId)}/join`, input).then(withToken),
  enter: (classId: string, studentId: string, key: string) => request<{ bodyId: string; csrfToken: string }>('POST', `${c(classId)}/enter`, { studentId, key }).then(withToken),
  link: (classId: string, groupId?: string) => request<{ token: string; path: string }>('POST', `${c(classId)}/links`, groupId ? { groupId } : {}),
  clock: (classId: string, action: 'start' | 'pause' | 'speed' | 'rewind', speed?: number) => request<{ ok: true }>('POST', `${c(classId)}/clock`, { action, ...(speed ? { speed } : {}) }),
  assign: (classId: string, studentId: string, memberId: string) => request<{ ok: true }>('POST', `${c(classId)}/students/${encodeURIComponent(studentId)}/seat`, { memberId }),
  runAlone: (classId: string, groupsRunAlone: boolean) => request<{ ok: true }>('PATCH', `${c(classId)}/settings`, { groupsRunAlone }),
  inject: (classId: string, kind: string) => request<{ injectionId: string }>('POST', `${c(classId)}/events`, { kind }),
  debrief: (classId: string) => request<Debrief>('GET', `${c(classId)}/debrief`),
  remove: (classId: string) => request<{ bodies: number; events: number }>('DELETE', c(classId)),
  urls: { csv: (classId: string) => `/api${c(classId)}/debrief.csv`, pdf: (classId: string) => `/api${c(classId)}/debrief.pdf` },
};
