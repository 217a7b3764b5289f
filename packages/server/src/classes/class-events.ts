import type { IsoDate } from '@politburo/core';

/**
 * A class's facts, on its own stream (`class-<classId>`) beside the bodies it runs, decided
 * by `classDecider`. A group is one body per run: a rewind starts a new run (a new
 * as-of copy), and earlier runs are kept for discussion. Students are pseudonyms; no
 * e-mail is ever asked for. Deleting a class erases this stream and its bodies' streams as
 * a unit (docs/classroom.md).
 */
export interface ClassGroup {
  groupId: string;
  name: string;
}

export interface ClassSettings {
  /** Each group keeps its own clock (the teacher can still set them); default: one clock for the class. */
  groupsRunAlone: boolean;
}

export type ClassEvent =
  | { type: 'ClassCreated'; classId: string; name: string; teacher: string; asOf: IsoDate; groups: ClassGroup[]; settings: ClassSettings; at: number }
  | { type: 'ClassRunStarted'; groupId: string; run: number; bodyId: string; at: number }
  | { type: 'ClassStudentJoined'; studentId: string; groupId: string; pseudonym: string; keyHash: string; at: number }
  | { type: 'ClassSeatTaken'; studentId: string; groupId: string; memberId: string; by: 'student' | 'teacher'; at: number }
  | { type: 'ClassLinkIssued'; tokenHash: string; groupId?: string; memberId?: string; at: number }
  | { type: 'ClassLinkUsed'; tokenHash: string; studentId: string; at: number }
  | { type: 'ClassClockSet'; groupId?: string; action: 'start' | 'pause' | 'speed' | 'rewind'; speed?: number; at: number }
  | { type: 'ClassSettingsChanged'; settings: ClassSettings; at: number }
  | { type: 'ClassEventInjected'; injectionId: string; groupIds: string[]; kind: InjectionKind; summary: string; at: number };

export const INJECTION_KINDS = ['leader-letter', 'harvest-fails', 'telephone-works'] as const;
export type InjectionKind = (typeof INJECTION_KINDS)[number];

export const classStream = (classId: string): string => `class-${classId}`;
/** Teachers' logins (`srv-teachers`): a username and a password hash each. */
export const TEACHERS_STREAM = 'srv-teachers';
export type TeacherEvent = { type: 'TeacherRegistered'; username: string; salt: string; hash: string };
/** The session of a teacher is kept under this pseudo-body (not a body id: ids are slugs). */
export const TEACHER_REALM = '@teachers';
