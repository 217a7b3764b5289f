import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const KEY_LENGTH = 64;
/** Node's defaults (N=16384, r=8, p=1): the OWASP-listed scrypt minimum. */
const scryptAsync = (password: string, salt: Buffer): Promise<Buffer> =>
  new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, KEY_LENGTH, (err, key) => (err ? reject(err) : resolve(key))));

export interface PasswordHash {
  salt: string;
  hash: string;
}

export const hashPassword = async (password: string): Promise<PasswordHash> => {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt);
  return { salt: salt.toString('base64'), hash: key.toString('base64') };
};

export const verifyPassword = async (password: string, stored: PasswordHash): Promise<boolean> => {
  const key = await scryptAsync(password, Buffer.from(stored.salt, 'base64'));
  const expected = Buffer.from(stored.hash, 'base64');
  return expected.length === key.length && timingSafeEqual(expected, key);
};

/** Compared when the username is unknown, so a miss costs the same as a wrong password. */
export const DUMMY_HASH: PasswordHash = { salt: 'AAAAAAAAAAAAAAAAAAAAAA==', hash: Buffer.alloc(KEY_LENGTH).toString('base64') };
