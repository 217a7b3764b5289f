import { canSeeRestricted, canSteer, dateOf, type Member, type Role, roleOn } from '@politburo/core';
import type { Context } from 'hono';
import { activeOf, type BodyEntry } from '../bodies/body-repository.ts';
import type { AppEnv } from './app-env.ts';
import { forbiddenProblem, unauthenticated } from './problem.ts';

/** Who is asking, as far as one body is concerned. */
export interface ViewerInfo {
  role: Role | 'anonymous';
  member: Member | null;
  username: string | null;
  seesRestricted: boolean;
}

export const ANONYMOUS: ViewerInfo = { role: 'anonymous', member: null, username: null, seesRestricted: false };

/** The session's member in this body, with his role on the body clock's date; anyone else is anonymous. */
export const viewerOf = (c: Context<AppEnv>, entry: BodyEntry): ViewerInfo => {
  const s = c.var.session;
  if (!s || s.bodyId !== entry.listing.bodyId) return ANONYMOUS;
  const account = entry.accounts.get(s.username);
  if (!account || entry.state.status !== 'active') return ANONYMOUS;
  const member = activeOf(entry).members[account.memberId];
  if (!member) return ANONYMOUS;
  const role = roleOn(member, dateOf(c.var.services.repo.now(entry)));
  if (!role) return { role: 'anonymous', member, username: s.username, seesRestricted: false };
  return { role, member, username: s.username, seesRestricted: canSeeRestricted(role) };
};

/** A logged-in member of this body (401 without a session for it). */
export const requireMemberViewer = (c: Context<AppEnv>, entry: BodyEntry): ViewerInfo & { member: Member; role: Role } => {
  const v = viewerOf(c, entry);
  if (!v.member) throw unauthenticated(`Log in to body "${entry.listing.bodyId}" first.`);
  if (v.role === 'anonymous') throw forbiddenProblem('Your membership of this body has ended.', 'NOT_ALLOWED');
  return v as ViewerInfo & { member: Member; role: Role };
};

export const requireSteeringViewer = (c: Context<AppEnv>, entry: BodyEntry): ViewerInfo & { member: Member; role: Role } => {
  const v = requireMemberViewer(c, entry);
  if (!canSteer(v.role)) throw forbiddenProblem(`A ${v.role} may not do this: it is for the leader, the deputy and the secretariat.`, 'NOT_ALLOWED');
  return v;
};

export const requireRole = (c: Context<AppEnv>, entry: BodyEntry, allowed: (role: Role) => boolean, what: string) => {
  const v = requireMemberViewer(c, entry);
  if (!allowed(v.role)) throw forbiddenProblem(`A ${v.role} may not ${what}.`, 'NOT_ALLOWED');
  return v;
};
