import { request, setCsrfToken } from './client.ts';
import type { Role, Schemas } from './types.ts';

/** The classroom's API (docs/classroom.md): teachers, classes, joining, the class clock, the teacher's events, the debrief. Types from the contract. */
export type Seat = Schemas['Seat'];
export type ClassView = Schemas['ClassView'];
export type ClassGroupView = ClassView['groups'][number];
export type Debrief = Schemas['Debrief'];
export type Spread = NonNullable<Debrief['simulated']['spreads'][keyof Debrief['simulated']['spreads']]>;
export type Joined = Omit<Schemas['ClassJoined'], 'csrfToken'>;

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
