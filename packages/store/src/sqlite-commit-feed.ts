import { type CommitFeed, type CommitListener, type CommitNotice, deliver, type Unsubscribe } from './commit-feed.ts';
import type { SqlDriver } from './sql-driver.ts';

/**
 * Local commits are told to listeners at once. Other processes sharing the file are
 * noticed by polling the position counter while anyone listens: SQLite has no
 * cross-process notification, and a cheap poll of one row is the honest substitute.
 */
export class SqliteCommitFeed implements CommitFeed {
  private readonly listeners = new Set<CommitListener>();
  /** Positions this process committed and already told, not yet passed by the poll. */
  private local: Array<[from: number, to: number]> = [];
  private lastSeen: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private polling = false;

  constructor(
    private readonly driver: SqlDriver,
    private readonly intervalMs = 100,
  ) {}

  async inTransaction(): Promise<void> {}

  afterCommit(notice: CommitNotice): void {
    if (this.listeners.size === 0) return;
    this.local.push([notice.fromPosition, notice.toPosition]);
    deliver(this.listeners, notice);
  }

  subscribe(listener: CommitListener): Unsubscribe {
    this.listeners.add(listener);
    if (!this.timer) {
      this.timer = setInterval(() => void this.poll(), this.intervalMs);
      this.timer.unref();
      void this.poll();
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = undefined;
        this.lastSeen = undefined;
        this.local = [];
      }
    };
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const [row] = await this.driver.all<{ last: number }>('SELECT last FROM store_position WHERE id = 1');
      const last = Number(row?.last ?? 0);
      if (this.lastSeen === undefined) {
        this.lastSeen = last;
        return;
      }
      if (last <= this.lastSeen) return;
      const rows = await this.driver.all<{ position: number; stream_id: string; version: number }>(
        'SELECT position, stream_id, version FROM events WHERE position > ? AND position <= ? ORDER BY position',
        [this.lastSeen, last],
      );
      const isLocal = (p: number) => this.local.some(([f, t]) => f <= p && p <= t);
      let current: CommitNotice | undefined;
      const notices: CommitNotice[] = [];
      for (const r of rows) {
        if (isLocal(r.position)) continue;
        if (current && current.streamId === r.stream_id && current.toPosition === r.position - 1) {
          current.toPosition = r.position;
          current.version = r.version;
        } else {
          current = { streamId: r.stream_id, version: r.version, fromPosition: r.position, toPosition: r.position };
          notices.push(current);
        }
      }
      this.lastSeen = last;
      this.local = this.local.filter(([, t]) => t > last);
      for (const n of notices) deliver(this.listeners, n);
    } catch {
      // The file may be closing; the next tick tries again.
    } finally {
      this.polling = false;
    }
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.listeners.clear();
  }
}
