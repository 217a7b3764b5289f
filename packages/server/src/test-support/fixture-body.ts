import type { Role } from '@politburo/core';
import { TestClient } from './http-client.ts';

export const ROLE_MEMBERS: Record<Role, string> = {
  leader: 'stalin',
  deputy: 'kaganovich',
  member: 'molotov',
  candidate: 'chubar',
  secretariat: 'poskrebyshev',
  observer: 'visitor',
  external: 'gorky',
};
export const passwordOf = (role: string): string => `password-${role}`;
export const START = '1934-09-01T10:00';

export interface Fixture {
  bodyId: string;
  /** A logged-in client per role, plus `anonymous` (no session). */
  as: Record<Role | 'anonymous', TestClient>;
}

/**
 * A small body with one member and one account per role (usernames = role names),
 * the secretariat as founder, and a paused replay clock at 1934-09-01 10:00 so tests
 * decide when time passes. A second full member (`voroshilov`) keeps quorum sums easy.
 */
export const makeFixture = async (base: string, bodyId: string, settings: { hideResultsUntilClosed?: boolean } = {}): Promise<Fixture> => {
  const sec = await new TestClient(base).ready();
  const created = await sec.json('POST', '/api/bodies', {
    id: bodyId,
    name: `Test body ${bodyId}`,
    founder: { memberId: ROLE_MEMBERS.secretariat, name: 'A. N. Poskrebyshev', role: 'secretariat', username: 'secretariat', password: passwordOf('secretariat') },
    settings,
  });
  if (created.status !== 201) throw new Error(`create body: ${created.status} ${JSON.stringify(created.body)}`);
  const put = async (method: string, path: string, body: unknown) => {
    const r = await sec.json(method, path, body);
    if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`);
    return r;
  };
  await put('PUT', `/api/bodies/${bodyId}/clock`, { mode: 'replay', start: START, speed: 60, paused: true });
  const names: Record<string, string> = {
    stalin: 'I. V. Stalin',
    kaganovich: 'L. M. Kaganovich',
    molotov: 'V. M. Molotov',
    chubar: 'V. Ya. Chubar',
    visitor: 'A. Visitor',
    gorky: 'M. Gorky',
  };
  for (const role of ['leader', 'deputy', 'member', 'candidate', 'observer', 'external'] as const) {
    const id = ROLE_MEMBERS[role];
    await put('POST', `/api/bodies/${bodyId}/members`, { memberId: id, name: names[id], role, from: '1934-01-01' });
    await put('POST', `/api/bodies/${bodyId}/accounts`, { username: role, password: passwordOf(role), memberId: id });
  }
  await put('POST', `/api/bodies/${bodyId}/members`, { memberId: 'voroshilov', name: 'K. E. Voroshilov', role: 'member', from: '1934-01-01' });
  const as = { secretariat: sec, anonymous: await new TestClient(base).ready() } as Fixture['as'];
  for (const role of ['leader', 'deputy', 'member', 'candidate', 'observer', 'external'] as const) {
    as[role] = await new TestClient(base).login(bodyId, role, passwordOf(role));
  }
  return { bodyId, as };
};
