import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';
import { LoginRateLimiter } from './rate-limit.ts';
import { signSession, verifySession } from './session-cookie.ts';

describe('passwords (scrypt, per-user salt)', () => {
  it('verifies the right password only, with distinct salts', async () => {
    const a = await hashPassword('correct horse');
    const b = await hashPassword('correct horse');
    expect(a.salt).not.toBe(b.salt);
    expect(await verifyPassword('correct horse', a)).toBe(true);
    expect(await verifyPassword('wrong horse', a)).toBe(false);
  });
});

describe('signed session cookies', () => {
  const now = 1_000_000;
  it('round-trips, and refuses tampering, another secret, or expiry', () => {
    const v = signSession('s1', { bodyId: 'b', username: 'u', exp: now + 1000 });
    expect(verifySession('s1', v, now)).toMatchObject({ bodyId: 'b', username: 'u' });
    expect(verifySession('s2', v, now)).toBeNull();
    expect(verifySession('s1', `x${v}`, now)).toBeNull();
    expect(verifySession('s1', v, now + 2000)).toBeNull();
    expect(verifySession('s1', undefined, now)).toBeNull();
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
