import { hash, randomBytes } from 'node:crypto';
import type { SessionTable } from '@politburo/store';
import { parse } from 'hono/utils/cookie';

export interface SessionData {
  bodyId: string;
  username: string;
  /** Absolute expiry, epoch ms. */
  exp: number;
  /** The CSRF token bound to this session. */
  csrf: string;
  /** The session token's hash (the row's key). */
  idHash: string;
}

export const SESSION_COOKIE = 'pb_session';
export const CSRF_COOKIE = 'pb_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';
/** A session ends 12 hours after login, or after 2 hours without a request. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** How long a process trusts what it last read of a session: a logout elsewhere takes at most this long to reach it. */
export const SESSION_CACHE_MS = 5_000;
const TOUCH_EVERY_MS = 60_000;

// One-shot: every request hashes its session token, and a Hash object per call was a measurable part of a cached read.
const hashOf = (token: string): string => hash('sha256', token, 'base64url');

/**
 * Sessions kept in the store (`sessions` table): a login makes a new random token (so
 * the id changes at every login), a logout or a password change revokes it for every
 * process, and each process caches what it read for a few seconds.
 */
export class Sessions {
  private readonly cache = new Map<string, { data: SessionData | null; lastSeen: number; readAt: number }>();

  constructor(
    private readonly table: SessionTable,
    private readonly realNow: () => number,
  ) {}

  async start(bodyId: string, username: string): Promise<{ token: string; data: SessionData }> {
    const token = randomBytes(32).toString('base64url');
    const now = this.realNow();
    const data: SessionData = { bodyId, username, exp: now + SESSION_TTL_MS, csrf: randomBytes(24).toString('base64url'), idHash: hashOf(token) };
    await this.table.create({ idHash: data.idHash, bodyId, username, csrf: data.csrf, createdAt: now, lastSeen: now, expiresAt: data.exp });
    this.cache.set(data.idHash, { data, lastSeen: now, readAt: now });
    return { token, data };
  }

  /** The session a request's `Cookie` header carries, if it is a live one: the one way every lane reads it. */
  ofCookies(cookieHeader: string | undefined | null): Promise<SessionData | null> {
    return this.resolve(cookieHeader ? parse(cookieHeader, SESSION_COOKIE)[SESSION_COOKIE] : undefined);
  }

  async resolve(token: string | undefined): Promise<SessionData | null> {
    if (!token || token.length > 200) return null;
    const idHash = hashOf(token);
    const now = this.realNow();
    let hit = this.cache.get(idHash);
    if (!hit || now - hit.readAt > SESSION_CACHE_MS) {
      const row = await this.table.get(idHash);
      hit = {
        data: row && !row.revoked ? { bodyId: row.bodyId, username: row.username, exp: row.expiresAt, csrf: row.csrf, idHash } : null,
        lastSeen: row?.lastSeen ?? 0,
        readAt: now,
      };
      this.cache.set(idHash, hit);
      if (this.cache.size > 10_000) this.cache.delete(this.cache.keys().next().value as string);
    }
    if (!hit.data || hit.data.exp <= now || hit.lastSeen + SESSION_IDLE_MS <= now) return null;
    if (now - hit.lastSeen > TOUCH_EVERY_MS) {
      hit.lastSeen = now;
      await this.table.touch(idHash, now);
    }
    return hit.data;
  }

  async end(session: SessionData): Promise<void> {
    await this.table.revoke(session.idHash);
    this.cache.delete(session.idHash);
  }

  /** Every session of an account, in every process (within the cache's few seconds). */
  async endAccount(bodyId: string, username: string): Promise<number> {
    for (const [k, v] of this.cache) if (v.data?.bodyId === bodyId && v.data.username === username) this.cache.delete(k);
    return this.table.revokeAccount(bodyId, username);
  }
}
