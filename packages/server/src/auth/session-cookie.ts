import { createHmac, timingSafeEqual } from 'node:crypto';

export interface SessionData {
  bodyId: string;
  username: string;
  /** Expiry, epoch ms. */
  exp: number;
}

export const SESSION_COOKIE = 'pb_session';
export const CSRF_COOKIE = 'pb_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

const mac = (secret: string, payload: string): string => createHmac('sha256', secret).update(payload).digest('base64url');

/** `payload.mac`: the session lives in the signed cookie, so any process sharing the secret accepts it. */
export const signSession = (secret: string, data: SessionData): string => {
  const payload = Buffer.from(JSON.stringify(data)).toString('base64url');
  return `${payload}.${mac(secret, payload)}`;
};

export const verifySession = (secret: string, value: string | undefined, nowMs: number): SessionData | null => {
  if (!value) return null;
  const [payload, signature] = value.split('.');
  if (!payload || !signature) return null;
  const expected = Buffer.from(mac(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as SessionData;
    if (typeof data.exp !== 'number' || data.exp < nowMs) return null;
    if (typeof data.bodyId !== 'string' || typeof data.username !== 'string') return null;
    return data;
  } catch {
    return null;
  }
};
