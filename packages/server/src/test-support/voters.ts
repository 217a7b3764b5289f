import type { Role } from '@politburo/core';
import { hashPassword } from '../auth/password.ts';
import { CSRF_HEADER, SESSION_COOKIE } from '../auth/sessions.ts';
import type { Services } from '../services.ts';

export interface Voter {
  memberId: string;
  username: string;
  /** The headers of a logged-in browser: the session cookie and the CSRF token bound to it. */
  headers: Record<string, string>;
}

/**
 * Many members with a login and a session each (synthetic: `voter-1` …), made through the
 * ways the server writes: the core admits each member (`AdmitMember` through the one command
 * handler), the accounts decider makes each login, and the sessions service starts each
 * session, as a login does after it has checked the password. The password is hashed once
 * and that hash given to every login: scrypt costs ~50 ms a hash here, so a thousand
 * logins through `/api/auth/login` would spend a minute in the key derivation alone, and
 * the login rate limiter is not what is being tested.
 */
export const makeVoters = async (
  services: Services,
  bodyId: string,
  n: number,
  o: { by: string; role?: Role; prefix?: string; from?: string; onProgress?: (done: number) => void } = { by: 'poskrebyshev' },
): Promise<Voter[]> => {
  const { repo, sessions } = services;
  const prefix = o.prefix ?? 'voter';
  const { salt, hash } = await hashPassword(`${prefix}-password`);
  const out: Voter[] = [];
  for (let i = 1; i <= n; i++) {
    const memberId = `${prefix}-${i}`;
    await repo.execute(bodyId, { type: 'AdmitMember', memberId, name: `Voter ${i} (synthetic)`, role: o.role ?? 'member', from: o.from ?? '1934-01-01' }, { kind: 'member', id: o.by });
    await repo.account(bodyId, { type: 'CreateAccount', account: { username: memberId, memberId, salt, hash } }, `member:${o.by}`);
    const { token, data } = await sessions.start(bodyId, memberId);
    out.push({ memberId, username: memberId, headers: { cookie: `${SESSION_COOKIE}=${token}`, [CSRF_HEADER]: data.csrf } });
    o.onProgress?.(i);
  }
  return out;
};
