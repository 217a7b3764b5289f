import type { EventStore, LogEvent, StoredEvent } from './event-store.ts';

/** How a stream's events fold into state: the `evolve` half of a decider. */
export interface Fold<E extends LogEvent, S> {
  initialState(): S;
  evolve(state: S, event: E): S;
  /**
   * Checks an event read back from the store before it is folded (the server's streams
   * accept only their own event types). Throws to refuse it; absent, events are trusted.
   */
  decode?(stored: StoredEvent): E;
}

/**
 * One stream folded into state in this process, kept between commands so that each
 * read or command folds only what is new. Work that must not interleave with another
 * on the same stream (a command's read–decide–append) runs through `exclusive`.
 */
export class FoldedStream<E extends LogEvent, S> {
  state: S;
  /** The stream version `state` reflects. */
  version = 0;
  /** The highest store position folded in. */
  position = 0;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    readonly store: EventStore,
    readonly streamId: string,
    readonly fold: Fold<E, S>,
  ) {
    this.state = fold.initialState();
  }

  /** Runs `fn` after every earlier exclusive task on this stream in this process has finished. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.tail.then(fn, fn);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Folds in the events appended since the last look (by anyone). Call inside `exclusive`. */
  async catchUp(): Promise<void> {
    const events = await this.store.read(this.streamId, { fromVersion: this.version + 1 });
    for (const stored of events) this.apply(stored);
  }

  /** Folds in one stored event, if it is the next one. */
  apply(stored: StoredEvent): void {
    if (stored.version !== this.version + 1) return;
    const event = this.fold.decode ? this.fold.decode(stored) : (stored.event as E);
    this.state = this.fold.evolve(this.state, event);
    this.version = stored.version;
    this.position = Math.max(this.position, stored.position);
  }

  /** Brings the state up to the stream's head, in turn with commands. */
  refresh(): Promise<void> {
    return this.exclusive(() => this.catchUp());
  }
}
