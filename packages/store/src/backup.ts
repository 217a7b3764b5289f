import type { EventMeta, EventStore, LogEvent } from './event-store.ts';

/** One line of a backup: a stream's event with its version and metadata. */
export interface BackupLine<E extends LogEvent = LogEvent> {
  version: number;
  event: E;
  meta: EventMeta;
}

/** A stream as JSON lines, oldest first, one event per line. */
export async function* exportStream(store: EventStore, streamId: string, batch = 5000): AsyncGenerator<string> {
  for (let from = 1; ; from += batch) {
    const events = await store.read(streamId, { fromVersion: from, limit: batch });
    for (const e of events) yield JSON.stringify({ version: e.version, event: e.event, meta: e.meta } satisfies BackupLine);
    if (events.length < batch) return;
  }
}
