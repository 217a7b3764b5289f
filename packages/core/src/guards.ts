import type { CommandMeta } from './commands.ts';
import { rowOf } from './rows.ts';
import { conflict, forbidden, illegal, invalid, notFound } from './errors.ts';
import { canSteer, isFullMember, type Role } from './roles.ts';
import type { Body, BodyState, Member } from './state.ts';
import { dateOf, type IsoDate, isInstant, isIsoDate, withinDates } from './time.ts';

export const activeBody = (state: BodyState): Body => {
  if (state.status !== 'active') throw illegal('BODY_NOT_CREATED', 'There is no body yet: create one first.');
  return state.body;
};

export const requireMember = (b: Body, id: string, field: string): Member => {
  const m = rowOf(b.members, id);
  if (!m) throw notFound('UNKNOWN_MEMBER', `No member with id "${id}".`, field);
  return m;
};

/** The member's role on a date, from the dated role history. */
export const roleOn = (m: Member, date: IsoDate): Role | undefined => {
  if (m.retiredOn && date > m.retiredOn) return undefined;
  let found: Role | undefined;
  for (const span of m.roles) {
    if ((span.from === undefined || span.from <= date) && (span.to === undefined || date < span.to)) found = span.role;
  }
  return found ?? (m.roles.every((s) => s.from && s.from > date) ? undefined : m.role);
};

export const isAbsentOn = (b: Body, memberId: string, date: IsoDate): boolean => {
  for (const id in b.absences) {
    const a = b.absences[id]!;
    if (Object.hasOwn(b.absences, id) && a.memberId === memberId && withinDates(date, a.from, a.to)) return true;
  }
  return false;
};

export const fullMembersOn = (b: Body, date: IsoDate): Member[] =>
  Object.values(b.members).filter((m) => {
    const r = roleOn(m, date);
    return r !== undefined && isFullMember(r);
  });


/** System (importer, channel, scheduler) or a member whose role on `now` passes `allowed`. */
export const requireActor = (b: Body, meta: CommandMeta, allowed: (role: Role) => boolean, what: string): Member | undefined => {
  if (meta.actor.kind === 'system') return undefined;
  const m = rowOf(b.members, meta.actor.id);
  if (!m) throw forbidden('UNKNOWN_ACTOR', `Only members of the body may ${what}.`);
  const role = roleOn(m, dateOf(meta.now));
  if (!role || !allowed(role)) throw forbidden('NOT_ALLOWED', `A ${role ?? 'retired member'} may not ${what}.`);
  return m;
};

export const requireSteering = (b: Body, meta: CommandMeta, what: string): Member | undefined =>
  requireActor(b, meta, canSteer, what);

export const requireSystem = (meta: CommandMeta, what: string): void => {
  if (meta.actor.kind !== 'system') throw forbidden('SYSTEM_ONLY', `Only the system may ${what}.`);
};

export const requireDate = (value: string, field: string): void => {
  if (!isIsoDate(value)) throw invalid('BAD_DATE', `"${value}" is not a date (YYYY-MM-DD).`, field);
};
export const requireInstant = (value: string, field: string): void => {
  if (!isInstant(value)) throw invalid('BAD_TIME', `"${value}" is not a time (YYYY-MM-DDTHH:MM).`, field);
};
export const requireNonEmpty = (value: string, field: string): void => {
  if (!value?.trim()) throw invalid('EMPTY_FIELD', `${field} must not be empty.`, field);
};
/**
 * The one shape of an id, everywhere a new one enters: letters, digits, `-`, `_`, `.`
 * and `:`, at most 100 characters, and never the name of a built-in property (the
 * body's tables are plain objects: `__proto__` as a key would replace the prototype).
 */
export const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,100}$/;
// The pattern above, checked by character code: every new item, vote-bearing message and decision id passes here.
const isIdChar = (c: number): boolean => (c >= 48 && c <= 58) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45;
/** 0: not the pattern; 1: the pattern, letters and `_` only (could be a built-in name); 2: the pattern, with some other character. */
const idShape = (id: string): 0 | 1 | 2 => {
  if (typeof id !== 'string' || id.length < 1 || id.length > 100) return 0;
  let shape: 1 | 2 = 1;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (!isIdChar(c)) return 0;
    if (c <= 58) shape = 2; // `-`, `.`, a digit or `:`
  }
  return shape;
};
// Every built-in name is letters and `_` alone, so an id with a digit, `.`, `:` or `-` is
// never one, and skips the lookup on the prototype (a slow, megamorphic `in`).
export const isAllowedId = (id: string): boolean => {
  const shape = idShape(id);
  return shape === 2 || (shape === 1 && !(id in Object.prototype) && id !== '__proto__');
};

export const requireNewId = (existing: Record<string, unknown>, id: string, field: string, what: string): void => {
  requireNonEmpty(id, field);
  if (!isAllowedId(id)) {
    throw invalid('BAD_ID', `"${id.slice(0, 80)}" is not a usable ${what} id: 1–100 letters, digits, ".", "_", ":" or "-", and not a built-in name.`, field);
  }
  if (Object.hasOwn(existing, id)) throw conflict('DUPLICATE_ID', `A ${what} with id "${id}" already exists.`, field);
};

