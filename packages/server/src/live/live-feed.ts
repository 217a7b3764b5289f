import type { Viewer } from '@politburo/core';
import type { EventStore, StoredEvent } from '@politburo/store';
import { type BodyEntry, activeOf, type BodyRepository } from '../bodies/body-repository.ts';
import { type AnyEvent, streams } from '../bodies/server-events.ts';
import { viewerOfAccount } from '../http/viewer.ts';
import { filterForViewer } from './event-filter.ts';

const BATCH = 500;
const PING_MS = 15_000;
/** A client this far behind is dropped rather than buffered without end; it reconnects with Last-Event-ID and catches up from the store. */
const MAX_PENDING_BYTES = 4 * 1024 * 1024;
const encoder = new TextEncoder();
const PING = encoder.encode(': ping\n\n');

/** Where one connection's bytes go: the SSE response. */
export interface Sink {
  write(chunk: Uint8Array): Promise<unknown>;
  close(): void;
}

/** One SSE client of one body: who he is (his login, or none) and the last position he was sent. */
export class LiveConnection {
  private queue: Uint8Array[] = [];
  private pending = 0;
  private draining = false;
  private ended = false;
  private resolveDone!: () => void;
  /** Settles when the connection is over (closed by the client, or dropped for falling behind). */
  readonly done = new Promise<void>((r) => (this.resolveDone = r));

  constructor(
    readonly username: string | null,
    public cursor: number,
    private readonly sink: Sink,
  ) {}

  /** Queues bytes without waiting, so that one slow reader never holds up the others. */
  send(chunk: Uint8Array): void {
    if (this.ended) return;
    this.queue.push(chunk);
    this.pending += chunk.byteLength;
    if (this.pending > MAX_PENDING_BYTES) this.end();
    else if (!this.draining) void this.drain();
  }

  private async drain(): Promise<void> {
    this.draining = true;
    while (this.queue.length && !this.ended) {
      // What piled up while the last write was in flight goes out as one write.
      const chunks = this.queue;
      this.queue = [];
      const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      await this.sink.write(bytes);
      this.pending -= bytes.byteLength;
    }
    this.draining = false;
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.queue = [];
    this.sink.close();
    this.resolveDone();
  }

  get isEnded(): boolean {
    return this.ended;
  }
}

/**
 * Reads the viewer through a proxy that notes whether the rule looked at anything but his
 * role: if not, the answer holds for every viewer of that role (the rule is a pure function
 * of what it read), so the event is filtered and serialised once per role, not per client.
 */
const filterNoting = (b: ReturnType<typeof activeOf>, v: Viewer, entry: BodyEntry, e: AnyEvent, realMs: number) => {
  let personal = false;
  const noted = new Proxy(v, {
    get: (t, k) => {
      if (k !== 'role') personal = true;
      return Reflect.get(t, k);
    },
    has: (t, k) => {
      personal = true;
      return Reflect.has(t, k);
    },
    ownKeys: (t) => {
      personal = true;
      return Reflect.ownKeys(t);
    },
    getOwnPropertyDescriptor: (t, k) => {
      personal = true;
      return Reflect.getOwnPropertyDescriptor(t, k);
    },
  });
  const msg = filterForViewer(b, noted, entry.latencies, e, realMs);
  return { msg, personal };
};

/**
 * One event's SSE frames, built at most once per viewer class: per role where the rule
 * reads only the role, per login where it reads more (mail). The frame is the bytes on the wire.
 */
export class Frames {
  private readonly byRole = new Map<string, { frame: Uint8Array | null; personal: boolean }>();
  private readonly byLogin = new Map<string | null, Uint8Array | null>();

  constructor(
    private readonly entry: BodyEntry,
    private readonly bodyId: string,
    private readonly se: StoredEvent,
    private readonly realMs: number,
  ) {}

  private frame(v: Viewer, noting: boolean): { frame: Uint8Array | null; personal: boolean } {
    const b = activeOf(this.entry);
    const e = this.se.event as AnyEvent;
    const { msg, personal } = noting ? filterNoting(b, v, this.entry, e, this.realMs) : { msg: filterForViewer(b, v, this.entry.latencies, e, this.realMs), personal: true };
    if (!msg) return { frame: null, personal };
    const data = JSON.stringify({ position: this.se.position, bodyId: this.bodyId, event: msg.event });
    return { frame: encoder.encode(`event: ${msg.type}\ndata: ${data}\nid: ${this.se.position}\n\n`), personal };
  }

  for(username: string | null, v: Viewer): Uint8Array | null {
    let shared = this.byRole.get(v.role);
    if (!shared) {
      shared = this.frame(v, true);
      this.byRole.set(v.role, shared);
      if (shared.personal) this.byLogin.set(username, shared.frame);
    }
    if (!shared.personal) return shared.frame;
    let own = this.byLogin.get(username);
    if (own === undefined) {
      own = this.frame(v, false).frame;
      this.byLogin.set(username, own);
    }
    return own;
  }
}

/** The viewers of one batch, one per login (role and mail are judged at the body clock's now). */
export class Viewers {
  private readonly cache = new Map<string | null, Viewer>();
  constructor(
    private readonly repo: BodyRepository,
    private readonly entry: BodyEntry,
  ) {}
  of(username: string | null): Viewer {
    let v = this.cache.get(username);
    if (!v) {
      v = viewerOfAccount(this.repo.now(this.entry), this.entry, username);
      this.cache.set(username, v);
    }
    return v;
  }
}

/**
 * The live stream of one body in this process: one store read per commit, whatever the
 * number of clients, and each event filtered and serialised once per viewer class. A client
 * that connects behind (Last-Event-ID) catches up from the store on his own, then joins.
 */
class BodyFeed {
  private readonly mine: Set<string>;
  private readonly live = new Set<LiveConnection>();
  private members = 0;
  private dirty = false;
  private pumping: Promise<void> | null = null;
  private readonly unsubscribe: () => void;
  private readonly ping: ReturnType<typeof setInterval>;

  constructor(
    private readonly repo: BodyRepository,
    private readonly store: EventStore,
    private readonly bodyId: string,
    private readonly realNow: () => number,
    /** The last position every live client has been given. */
    private cursor: number,
    private readonly onEmpty: () => void,
  ) {
    this.mine = new Set([streams.body(bodyId), streams.server(bodyId)]);
    this.unsubscribe = repo.onCommit((n) => {
      if (!this.mine.has(n.streamId)) return;
      this.dirty = true;
      this.pumping ??= this.pump()
        // a failed read (the store closing, say) ends the live clients: they reconnect with Last-Event-ID and lose nothing
        .catch(() => {
          for (const conn of this.live) conn.end();
        })
        .finally(() => (this.pumping = null));
    });
    this.ping = setInterval(() => {
      for (const conn of this.live) conn.send(PING);
    }, PING_MS);
    this.ping.unref();
  }

  private read(after: number): Promise<StoredEvent[]> {
    return this.store.readAll({ afterPosition: after, limit: BATCH, streamIds: [...this.mine] }) as Promise<StoredEvent[]>;
  }

  /** The entry folded at least up to `position`: the rule judges against the body as it now stands. */
  private async entryAt(position: number): Promise<BodyEntry> {
    const entry = await this.repo.get(this.bodyId);
    if (entry.position < position) await this.repo.refresh(entry);
    return entry;
  }

  private async pump(): Promise<void> {
    while (this.dirty) {
      this.dirty = false;
      const batch = await this.read(this.cursor);
      if (batch.length === BATCH) this.dirty = true;
      if (!batch.length) continue;
      const entry = await this.entryAt(batch.at(-1)!.position);
      // From here to the end of the batch nothing awaits, so a client joining sees the cursor move only between batches.
      const viewers = new Viewers(this.repo, entry);
      const realMs = this.realNow();
      for (const se of batch) {
        const frames = new Frames(entry, this.bodyId, se, realMs);
        for (const conn of this.live) {
          if (se.position <= conn.cursor) continue;
          conn.cursor = se.position;
          const frame = frames.for(conn.username, viewers.of(conn.username));
          if (frame) conn.send(frame);
        }
        this.cursor = se.position;
      }
    }
  }

  /** Set when its last client has left: a feed that no longer hears commits takes no one. */
  private disposed = false;

  /** A new client: caught up from the store to where the live clients are, then one of them; false if the feed has just been closed. */
  async join(conn: LiveConnection): Promise<boolean> {
    if (this.disposed) return false;
    this.members++;
    void conn.done.then(() => this.leave(conn));
    while (!conn.isEnded) {
      if (conn.cursor >= this.cursor) {
        this.live.add(conn);
        return true;
      }
      const batch = await this.read(conn.cursor);
      if (conn.isEnded) return true;
      const entry = await this.entryAt(batch.at(-1)?.position ?? 0);
      const viewers = new Viewers(this.repo, entry);
      const realMs = this.realNow();
      // Only what the live clients have been given; what lies beyond, the feed will send.
      const upTo = this.cursor;
      let past = false;
      for (const se of batch) {
        if (se.position > upTo) {
          past = true;
          break;
        }
        conn.cursor = se.position;
        const frame = new Frames(entry, this.bodyId, se, realMs).for(conn.username, viewers.of(conn.username));
        if (frame) conn.send(frame);
      }
      // A read that went past the feed's cursor held everything up to it; a short one may predate what the feed has sent since, so it is read again.
      if (past) conn.cursor = Math.max(conn.cursor, upTo);
    }
    return true;
  }

  private leave(conn: LiveConnection): void {
    this.live.delete(conn);
    if (--this.members > 0) return;
    this.disposed = true;
    this.unsubscribe();
    clearInterval(this.ping);
    this.onEmpty();
  }
}

const feedsOf = new WeakMap<BodyRepository, Map<string, Promise<BodyFeed>>>();

/** Joins a client to the body's feed in this process, making the feed with its first client. */
export const joinFeed = async (repo: BodyRepository, store: EventStore, bodyId: string, realNow: () => number, conn: LiveConnection): Promise<void> => {
  let feeds = feedsOf.get(repo);
  if (!feeds) {
    feeds = new Map();
    feedsOf.set(repo, feeds);
  }
  for (;;) {
    let feed = feeds.get(bodyId);
    if (!feed) {
      const made: Promise<BodyFeed> = repo.get(bodyId).then(
        (entry) =>
          new BodyFeed(repo, store, bodyId, realNow, entry.position, () => {
            if (feeds.get(bodyId) === made) feeds.delete(bodyId);
          }),
      );
      feeds.set(bodyId, made);
      made.catch(() => feeds.delete(bodyId));
      feed = made;
    }
    // the feed's last client may leave while this one waits for it: then a new feed is made
    if (await (await feed).join(conn)) return;
    if (feeds.get(bodyId) === feed) feeds.delete(bodyId);
  }
};
