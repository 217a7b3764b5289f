import { canSteer, dateOf, type Instant, type Member, type Role, roleOn, rowOf, type Viewer } from '@politburo/core';
import type { Context } from 'hono';
import { activeOf, type BodyEntry } from '../bodies/body-repository.ts';
import type { SessionData } from '../auth/sessions.ts';
import type { Services } from '../services.ts';
import type { AppEnv } from './app-env.ts';
import { forbiddenProblem, unauthenticated } from './problem.ts';

/**
 * Who is asking, as far as one body is concerned: the core's `Viewer` (role, member id, the
 * body clock's now — what he may see is the core's rule) plus the session's member and username.
 */
export interface ViewerInfo extends Viewer {
  member: Member | null;
  username: string | null;
}

/** The session's member in this body, with his role on the body clock's date; anyone else is anonymous. */
export const viewerOf = (c: Context<AppEnv>, entry: BodyEntry): ViewerInfo => viewerOfSession(c.get('services'), entry, c.get('session'));

/** `viewerOf` for a session however it was resolved (the Hono chain, or the pre-serialised read lane). */
export const viewerOfSession = (services: Pick<Services, 'repo'>, entry: BodyEntry, session: SessionData | null): ViewerInfo =>
  viewerOfAccount(services.repo.now(entry), entry, loginIn(session, entry.listing.bodyId));

/** A session's login when it is a login of this body, else null. */
export const loginIn = (s: SessionData | null, bodyId: string): string | null => (s && s.bodyId === bodyId ? s.username : null);

/** The session's login when it is a login of this body, else null. */
// c.get, not c.var: Hono builds a fresh object of all variables for every c.var (measurable on every read).
export const sessionUsername = (c: Context<AppEnv>, bodyId: string): string | null => loginIn(c.get('session'), bodyId);

/** The member behind one login of this body (a session's, or a calendar token's), as the core's `Viewer`. */
export const viewerOfAccount = (now: Instant, entry: BodyEntry, username: string | null): ViewerInfo => {
  const anonymous: ViewerInfo = { role: 'anonymous', memberId: null, now, member: null, username: null };
  const account = username === null ? undefined : entry.accounts.get(username);
  if (!account || entry.state.status !== 'active') return anonymous;
  const member = rowOf(activeOf(entry).members, account.memberId);
  if (!member) return anonymous;
  // A retired member keeps his session but reads as anonymous (his mail included).
  const role = roleOn(member, dateOf(now));
  if (!role) return { ...anonymous, member, username: account.username };
  return { role, memberId: member.id, now, member, username: account.username };
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

/** The opening lines of every read: the body's entry, its state and who is looking. */
export const readBody = async (c: Context<AppEnv>, bodyId: string) => {
  const entry = await c.get('services').repo.get(bodyId);
  return { entry, b: activeOf(entry), v: viewerOf(c, entry) };
};
