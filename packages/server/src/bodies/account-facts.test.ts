import { isDomainError } from '@politburo/core';
import { describe, expect, it } from 'vitest';
import { type AccountsCommand, type AccountsState, accountCommandOf, accountsDecider } from './server-deciders.ts';

const meta = { bodyId: 'b', hasMember: (id: string) => id === 'molotov' || id === 'stalin' };
const run = (commands: AccountsCommand[]): AccountsState => {
  let state = accountsDecider.initialState();
  for (const c of commands) for (const e of accountsDecider.decide(c, state, meta)) state = accountsDecider.evolve(state, e);
  return state;
};
const create = (username: string, memberId: string, replace = false): AccountsCommand => ({ type: 'CreateAccount', account: { username, memberId, salt: 's', hash: `h-${memberId}` }, replace });
const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (err) {
    return isDomainError(err) ? err.code : 'not a DomainError';
  }
  return undefined;
};

/** The account's own facts beside its login: mail settings and the calendar token, decided like the login itself. */
describe('the accounts decider: mail settings and calendar tokens', () => {
  it('keeps an account its settings and token across a new password; revoking drops the token alone', () => {
    const hash = 'a'.repeat(64);
    const set: AccountsCommand[] = [create('m', 'molotov'), { type: 'SetAccountPrefs', username: 'm', prefs: { email: 'm@example.org', mail: 'digest' } }, { type: 'IssueCalendarToken', username: 'm', tokenHash: hash }];
    expect(run([...set, create('m', 'molotov', true)]).get('m')).toMatchObject({ email: 'm@example.org', mail: 'digest', calendarTokenHash: hash, hash: 'h-molotov' });
    const revoked = run([...set, { type: 'RevokeCalendarToken', username: 'm' }]).get('m');
    expect(revoked?.calendarTokenHash).toBeUndefined();
    expect(revoked?.email).toBe('m@example.org');
  });

  it('refuses settings for an unknown login, a malformed address, and mail without an address', () => {
    const state = run([create('m', 'molotov')]);
    expect(codeOf(() => accountsDecider.decide({ type: 'SetAccountPrefs', username: 'x', prefs: { email: null, mail: 'off' } }, state, meta))).toBe('UNKNOWN_ACCOUNT');
    expect(codeOf(() => accountsDecider.decide({ type: 'SetAccountPrefs', username: 'm', prefs: { email: 'no at sign', mail: 'each' } }, state, meta))).toBe('EMAIL_INVALID');
    expect(codeOf(() => accountsDecider.decide({ type: 'SetAccountPrefs', username: 'm', prefs: { email: null, mail: 'each' } }, state, meta))).toBe('EMAIL_MISSING');
    expect(codeOf(() => accountsDecider.decide({ type: 'IssueCalendarToken', username: 'x', tokenHash: 'a'.repeat(64) }, state, meta))).toBe('UNKNOWN_ACCOUNT');
    // revoking what was never issued appends nothing
    expect(accountsDecider.decide({ type: 'RevokeCalendarToken', username: 'm' }, state, meta)).toEqual([]);
  });

  it('decides every account event again from its command (a restore)', () => {
    const commands: AccountsCommand[] = [create('m', 'molotov'), { type: 'SetAccountPrefs', username: 'm', prefs: { email: 'm@example.org', mail: 'each' } }, { type: 'IssueCalendarToken', username: 'm', tokenHash: 'b'.repeat(64) }, { type: 'RevokeCalendarToken', username: 'm' }];
    let state = accountsDecider.initialState();
    const events = commands.flatMap((c) => {
      const es = accountsDecider.decide(c, state, meta);
      for (const e of es) state = accountsDecider.evolve(state, e);
      return es;
    });
    expect(run(events.map(accountCommandOf))).toEqual(state);
  });
});
