import type { SqlExecutor } from './sql-driver.ts';

/** Told to subscribers after a commit: which stream moved, and which global positions it took. */
export interface CommitNotice {
  streamId: string;
  /** The stream's version after the commit. */
  version: number;
  fromPosition: number;
  toPosition: number;
}

export type CommitListener = (notice: CommitNotice) => void;
export type Unsubscribe = () => void;

/**
 * How commits become notices, one implementation per adapter: PostgreSQL sends a
 * NOTIFY inside the transaction (delivered on commit, to every process listening);
 * SQLite tells local listeners after commit and notices other processes' commits by
 * polling the position counter.
 */
export interface CommitFeed {
  /** Inside the append's transaction, before commit. */
  inTransaction(tx: SqlExecutor, notice: CommitNotice): Promise<void>;
  /** After the commit succeeded. */
  afterCommit(notice: CommitNotice): void;
  subscribe(listener: CommitListener): Unsubscribe;
  close(): Promise<void>;
}

/** Calls each listener, keeping one listener's failure from silencing the rest. */
export const deliver = (listeners: ReadonlySet<CommitListener>, notice: CommitNotice): void => {
  for (const l of listeners) {
    try {
      l(notice);
    } catch (err) {
      console.error('politburo store: a commit listener failed', err);
    }
  }
};
