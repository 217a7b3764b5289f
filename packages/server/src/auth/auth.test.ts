import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@politburo/store';
import { afterAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';
import { LoginRateLimiter } from './rate-limit.ts';
import { SESSION_CACHE_MS, SESSION_IDLE_MS, SESSION_TTL_MS, Sessions } from './sessions.ts';

describe('passwords (scrypt, per-user salt)', () => {
  it('verifies the right password only, with distinct salts', async () => {
    const a = await hashPassword('correct horse');
    const b = await hashPassword('correct horse');
    expect(a.salt).not.toBe(b.salt);
    expect(await verifyPassword('correct horse', a)).toBe(true);
    expect(await verifyPassword('wrong horse', a)).toBe(false);
  });
});

describe('sessions in the store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'politburo-sessions-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a login makes a new token each time; logout, expiry, idleness and a password change end it, in another process too', async () => {
    const file = join(dir, 's.db');
    const [a, b] = [await openStore(file), await openStore(file)];
    let now = 1_000_000;
    const inA = new Sessions(a.sessions, () => now);
    const inB = new Sessions(b.sessions, () => now);
    const one = await inA.start('pb', 'deputy');
    const two = await inA.start('pb', 'deputy');
    expect(one.token).not.toBe(two.token);
    expect(one.data.csrf).not.toBe(two.data.csrf);
    expect(await inB.resolve(one.token)).toMatchObject({ bodyId: 'pb', username: 'deputy', csrf: one.data.csrf });
    expect(await inB.resolve(`${one.token}x`)).toBeNull();
    // Logout in A: B believes its cache for a few seconds at most, then not.
    await inA.end(one.data);
    expect(await inA.resolve(one.token)).toBeNull();
    now += SESSION_CACHE_MS + 1;
    expect(await inB.resolve(one.token)).toBeNull();
    expect(await inB.resolve(two.token)).not.toBeNull();
    // A password change ends every session of the account.
    const three = await inB.start('pb', 'deputy');
    const other = await inB.start('pb', 'member');
    expect(await inA.endAccount('pb', 'deputy')).toBe(2);
    now += SESSION_CACHE_MS + 1;
    expect([await inB.resolve(two.token), await inB.resolve(three.token)]).toEqual([null, null]);
    expect(await inB.resolve(other.token)).not.toBeNull();
    // Idle for two hours, or twelve hours after login: over.
    now += SESSION_IDLE_MS + 1;
    expect(await inA.resolve(other.token)).toBeNull();
    const fresh = await inA.start('pb', 'member');
    for (let t = 0; t < 5; t++) {
      now += SESSION_IDLE_MS - 60_000;
      expect(await inA.resolve(fresh.token), `after ${t + 1} idle-length steps`).not.toBeNull();
    }
    now += SESSION_TTL_MS;
    expect(await inA.resolve(fresh.token)).toBeNull();
    await a.close();
    await b.close();
  });
});

describe('login rate limit', () => {
  it('allows `max` attempts per window per key', () => {
    const l = new LoginRateLimiter(3, 1000);
    expect([l.hit('k', 0), l.hit('k', 1), l.hit('k', 2)]).toEqual([0, 0, 0]);
    expect(l.hit('k', 3)).toBeGreaterThan(0);
    expect(l.hit('other', 3)).toBe(0);
    expect(l.hit('k', 1001)).toBe(0);
  });
});
