import { call, http, setCsrfToken } from './client.ts';
import type { Role, Schemas } from './types.ts';

/** The classroom's API (docs/classroom.md): teachers, classes, joining, the class clock, the teacher's events, the debrief. Types from the contract. */
export type Seat = Schemas['Seat'];
export type ClassView = Schemas['ClassView'];
export type ClassGroupView = ClassView['groups'][number];
export type Debrief = Schemas['Debrief'];
export type Spread = NonNullable<Debrief['simulated']['spreads'][keyof Debrief['simulated']['spreads']]>;
export type Joined = Omit<Schemas['ClassJoined'], 'csrfToken'>;
/** What a teacher may inject into the groups' bodies (the contract's list). */
export const INJECTIONS = ['leader-letter', 'harvest-fails', 'telephone-works'] as const;
export type Injection = (typeof INJECTIONS)[number];

const c = (classId: string) => `/classes/${encodeURIComponent(classId)}`;
const inClass = (classId: string) => ({ params: { path: { classId } } });
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

/** Over the typed transport of client.ts: paths and bodies checked against the contract. */
export const classApi = {
  registerTeacher: (username: string, password: string) =>
    call<{ teacher: string; csrfToken: string }>(http.POST('/api/teachers', { body: { username, password } })).then(withToken),
  loginTeacher: (username: string, password: string) =>
    call<{ teacher: string; csrfToken: string }>(http.POST('/api/teachers/login', { body: { username, password } })).then(withToken),
  list: (): Promise<{ classes: Array<{ classId: string; name: string; groups: number; asOf: string }> }> => call(http.GET('/api/classes')),
  create: (input: { name: string; groups: number; asOf: string; groupsRunAlone?: boolean }): Promise<{ classId: string; code: string }> =>
    call(http.POST('/api/classes', { body: input })),
  get: (classId: string): Promise<ClassView> => call(http.GET('/api/classes/{classId}', inClass(classId))),
  join: (classId: string, input: { token?: string; pseudonym?: string; groupId?: string; role?: Role }) =>
    call<Joined & { csrfToken: string }>(http.POST('/api/classes/{classId}/join', { ...inClass(classId), body: input })).then(withToken),
  enter: (classId: string, studentId: string, key: string) =>
    call<{ bodyId: string; csrfToken: string }>(http.POST('/api/classes/{classId}/enter', { ...inClass(classId), body: { studentId, key } })).then(withToken),
  link: (classId: string, groupId?: string): Promise<{ token: string; path: string }> =>
    call(http.POST('/api/classes/{classId}/links', { ...inClass(classId), body: groupId ? { groupId } : {} })),
  clock: (classId: string, action: 'start' | 'pause' | 'speed' | 'rewind', speed?: number): Promise<{ ok: true }> =>
    call(http.POST('/api/classes/{classId}/clock', { ...inClass(classId), body: { action, ...(speed ? { speed } : {}) } })),
  assign: (classId: string, studentId: string, memberId: string): Promise<{ ok: true }> =>
    call(http.POST('/api/classes/{classId}/students/{studentId}/seat', { params: { path: { classId, studentId } }, body: { memberId } })),
  runAlone: (classId: string, groupsRunAlone: boolean): Promise<{ ok: true }> =>
    call(http.PATCH('/api/classes/{classId}/settings', { ...inClass(classId), body: { groupsRunAlone } })),
  inject: (classId: string, kind: Injection): Promise<{ injectionId: string }> => call(http.POST('/api/classes/{classId}/events', { ...inClass(classId), body: { kind } })),
  debrief: (classId: string): Promise<Debrief> => call(http.GET('/api/classes/{classId}/debrief', inClass(classId))),
  remove: (classId: string): Promise<{ bodies: number; events: number }> => call(http.DELETE('/api/classes/{classId}', inClass(classId))),
  urls: { csv: (classId: string) => `/api${c(classId)}/debrief.csv`, pdf: (classId: string) => `/api${c(classId)}/debrief.pdf` },
};
