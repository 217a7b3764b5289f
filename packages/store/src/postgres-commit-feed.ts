import pg from 'pg';
import { type CommitFeed, type CommitListener, type CommitNotice, deliver, type Unsubscribe } from './commit-feed.ts';
import type { SqlExecutor } from './sql-driver.ts';

const isNotice = (v: unknown): v is CommitNotice =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as CommitNotice).streamId === 'string' &&
  typeof (v as CommitNotice).version === 'number' &&
  typeof (v as CommitNotice).fromPosition === 'number' &&
  typeof (v as CommitNotice).toPosition === 'number';

/**
 * LISTEN/NOTIFY: each append sends a NOTIFY in its transaction, which PostgreSQL
 * delivers on commit to every listening session — this process's own and every
 * other process's on the database. Listeners hear about their own commits that way
 * too, so there is one path for all. A lost connection is re-established; notices
 * sent meanwhile are lost, so consumers catch up with `readAll` from their position.
 */
export class PostgresCommitFeed implements CommitFeed {
  private readonly listeners = new Set<CommitListener>();
  private client: pg.Client | undefined;
  private closed = false;

  private constructor(
    private readonly config: pg.ClientConfig,
    readonly channel: string,
  ) {}

  static async open(config: pg.ClientConfig, channel: string): Promise<PostgresCommitFeed> {
    const feed = new PostgresCommitFeed(config, channel);
    await feed.connect();
    return feed;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client(this.config);
    client.on('notification', (msg) => {
      if (msg.channel !== this.channel || !msg.payload) return;
      const notice: unknown = JSON.parse(msg.payload);
      if (isNotice(notice)) deliver(this.listeners, notice);
    });
    client.on('error', () => this.reconnect(client));
    client.on('end', () => this.reconnect(client));
    await client.connect();
    await client.query(`LISTEN "${this.channel}"`);
    this.client = client;
  }

  private reconnect(failed: pg.Client, delayMs = 500): void {
    if (this.closed || this.client !== failed) return;
    this.client = undefined;
    failed.removeAllListeners();
    failed.end().catch(() => undefined);
    setTimeout(() => {
      if (this.closed) return;
      this.connect().catch(() => {
        const placeholder = new pg.Client(this.config);
        this.client = placeholder;
        this.reconnect(placeholder, Math.min(delayMs * 2, 10_000));
      });
    }, delayMs).unref();
  }

  async inTransaction(tx: SqlExecutor, notice: CommitNotice): Promise<void> {
    await tx.run('SELECT pg_notify($1, $2)', [this.channel, JSON.stringify(notice)]);
  }

  afterCommit(): void {}

  subscribe(listener: CommitListener): Unsubscribe {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    const client = this.client;
    this.client = undefined;
    if (client) {
      client.removeAllListeners();
      await client.end().catch(() => undefined);
    }
  }
}
