import { GENESIS_HASH } from './event-hash.ts';
import type { EventMeta, EventStore, LogEvent } from './event-store.ts';

/**
 * One line of a backup: a stream's event with its version and metadata, and its link in
 * the log's chain (its position, its hash and the hash of the event before it in the
 * log), so that a restore can check the file before it writes anything.
 */
export interface BackupLine<E extends LogEvent = LogEvent> {
  version: number;
  event: E;
  meta: EventMeta;
  position: number;
  hash: string;
  previousHash: string;
}

/** A stream as JSON lines, oldest first, one event per line. */
export async function* exportStream(store: EventStore, streamId: string, batch = 5000): AsyncGenerator<string> {
  let last: { position: number; hash: string } | null = null;
  for (let from = 1; ; from += batch) {
    const events = await store.read(streamId, { fromVersion: from, limit: batch });
    for (const e of events) {
      // The event before this one in the log is mostly the stream's own previous event; otherwise it is looked up.
      let previousHash = GENESIS_HASH;
      if (last && last.position === e.position - 1) previousHash = last.hash;
      else if (e.position > 1) previousHash = (await store.readChain(e.position - 2, 1))[0]?.hash ?? GENESIS_HASH;
      const hash = e.hash ?? '';
      yield JSON.stringify({ version: e.version, event: e.event, meta: e.meta, position: e.position, hash, previousHash } satisfies BackupLine);
      last = { position: e.position, hash };
    }
    if (events.length < batch) return;
  }
}
