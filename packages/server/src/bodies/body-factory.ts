import { type BodyEvent, type BodyState, dateOf, Engine, evolve, type Instant, initialState, type Role, roleOn } from '@politburo/core';
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../auth/password.ts';
import type { AccountsCommand } from './server-deciders.ts';

export const DEMO_ROLES: readonly Role[] = ['leader', 'deputy', 'member', 'candidate', 'secretariat', 'observer'];

export interface DemoAccount {
  username: string;
  password: string;
  role: Role;
  memberId: string;
  name: string;
  /** The member's name in Russian, where the record gives it. */
  nameRu?: string;
}

export const fold = (events: readonly BodyEvent[]): BodyState => events.reduce(evolve, initialState());

/** A copy's events: the same history, with the body's own id and name. */
export const copyEvents = (events: readonly BodyEvent[], bodyId: string, name: string): BodyEvent[] =>
  events.map((e) => (e.type === 'BodyCreated' ? { ...e, bodyId, name } : e));

/** The command that gives a member a login (the password is hashed here, at the edge). */
export const accountCommand = async (username: string, password: string, memberId: string, replace = false): Promise<AccountsCommand> => ({
  type: 'CreateAccount',
  account: { username, memberId, ...(await hashPassword(password)) },
  ...(replace ? { replace } : {}),
});

/**
 * One account per role for a demo copy: the first member holding the role on the
 * clock's date, or — where the history has nobody in that role (the 1934 record has
 * no secretariat or observer accounts) — a synthetic member admitted for the demo.
 */
export const seedDemo = async (
  events: readonly BodyEvent[],
  now: Instant,
  demoPassword: string | undefined,
): Promise<{ extraEvents: BodyEvent[]; accounts: DemoAccount[]; accountCommands: AccountsCommand[] }> => {
  const engine = new Engine(false);
  engine.state = fold(events);
  const extraEvents: BodyEvent[] = [];
  const accounts: DemoAccount[] = [];
  const today = dateOf(now);
  for (const role of DEMO_ROLES) {
    const body = engine.body;
    let member = Object.values(body.members)
      .filter((m) => roleOn(m, today) === role)
      .sort((a, b) => a.id.localeCompare(b.id))[0];
    if (!member) {
      const id = `demo-${role}`;
      const name = `${role[0]!.toUpperCase()}${role.slice(1)} (demo)`;
      extraEvents.push(...engine.execute({ type: 'AdmitMember', memberId: id, name, role, synthetic: true }, { now, actor: { kind: 'system' } }));
      member = engine.body.members[id]!;
    }
    accounts.push({ username: role, password: demoPassword ?? randomBytes(8).toString('base64url'), role, memberId: member.id, name: member.name, ...(member.nameRu ? { nameRu: member.nameRu } : {}) });
  }
  const accountCommands = await Promise.all(accounts.map((a) => accountCommand(a.username, a.password, a.memberId)));
  return { extraEvents, accounts, accountCommands };
};
