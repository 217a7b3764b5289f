import type { SqlDialect } from './sql-dialect.ts';
import type { SqlDriver } from './sql-driver.ts';

/**
 * Login sessions, kept in the store so that every process sees a logout, an expiry or
 * a password change. Rows are keyed by the SHA-256 of the session token (a stolen
 * database does not hold live tokens). They are state of the HTTP edge, not facts of a
 * body: they live beside the log, not in it, and are never chained or backed up.
 */
export interface SessionRow {
  idHash: string;
  bodyId: string;
  username: string;
  /** The CSRF token bound to this session. */
  csrf: string;
  createdAt: number;
  lastSeen: number;
  expiresAt: number;
  revoked: boolean;
}

export interface SessionTable {
  create(row: Omit<SessionRow, 'revoked'>): Promise<void>;
  get(idHash: string): Promise<SessionRow | undefined>;
  touch(idHash: string, lastSeen: number): Promise<void>;
  revoke(idHash: string): Promise<void>;
  /** Ends every session of an account (a password change or reset); returns how many. */
  revokeAccount(bodyId: string, username: string): Promise<number>;
  /** Drops rows expired before `nowMs`. */
  purge(nowMs: number): Promise<number>;
  /** Drops every session row of a body (its streams are being erased). */
  deleteBody(bodyId: string): Promise<number>;
}

interface Row {
  id_hash: string;
  body_id: string;
  username: string;
  csrf: string;
  created_at: number | string;
  last_seen: number | string;
  expires_at: number | string;
  revoked: number | string;
}

export class SqlSessions implements SessionTable {
  constructor(
    private readonly driver: SqlDriver,
    private readonly d: SqlDialect,
  ) {}

  async create(r: Omit<SessionRow, 'revoked'>): Promise<void> {
    await this.driver.run(
      this.d.compile('INSERT INTO sessions (id_hash, body_id, username, csrf, created_at, last_seen, expires_at, revoked) VALUES (?, ?, ?, ?, ?, ?, ?, 0)'),
      [r.idHash, r.bodyId, r.username, r.csrf, r.createdAt, r.lastSeen, r.expiresAt],
    );
  }

  async get(idHash: string): Promise<SessionRow | undefined> {
    const [r] = await this.driver.all<Row>(this.d.compile('SELECT * FROM sessions WHERE id_hash = ?'), [idHash]);
    if (!r) return undefined;
    return {
      idHash: r.id_hash,
      bodyId: r.body_id,
      username: r.username,
      csrf: r.csrf,
      createdAt: Number(r.created_at),
      lastSeen: Number(r.last_seen),
      expiresAt: Number(r.expires_at),
      revoked: Number(r.revoked) === 1,
    };
  }

  async touch(idHash: string, lastSeen: number): Promise<void> {
    await this.driver.run(this.d.compile('UPDATE sessions SET last_seen = ? WHERE id_hash = ? AND last_seen < ?'), [lastSeen, idHash, lastSeen]);
  }

  async revoke(idHash: string): Promise<void> {
    await this.driver.run(this.d.compile('UPDATE sessions SET revoked = 1 WHERE id_hash = ?'), [idHash]);
  }

  revokeAccount(bodyId: string, username: string): Promise<number> {
    return this.driver.run(this.d.compile('UPDATE sessions SET revoked = 1 WHERE body_id = ? AND username = ? AND revoked = 0'), [bodyId, username]);
  }

  deleteBody(bodyId: string): Promise<number> {
    return this.driver.run(this.d.compile('DELETE FROM sessions WHERE body_id = ?'), [bodyId]);
  }

  purge(nowMs: number): Promise<number> {
    return this.driver.run(this.d.compile('DELETE FROM sessions WHERE expires_at < ?'), [nowMs]);
  }
}
