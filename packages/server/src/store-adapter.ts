import type { BodyEvent } from '@politburo/core';
import { openStore, type Store } from '@politburo/store';
import { isServerEvent, type ServerEvent } from './bodies/server-events.ts';
import type { AnyEvent, EventStorePort, StoredEvent } from './ports.ts';

const KEY = 'politburoServer';

/**
 * The store's log holds body events, so the server's own facts ride inside the one
 * event type the register ignores (`RecordMetaSet`), on streams of their own, and are
 * unwrapped on the way out.
 */
const wrap = (e: AnyEvent): BodyEvent => (isServerEvent(e) ? { type: 'RecordMetaSet', meta: { [KEY]: e } } : e);

const unwrap = (e: BodyEvent): AnyEvent => {
  if (e.type === 'RecordMetaSet' && typeof e.meta[KEY] === 'object' && e.meta[KEY] !== null) return e.meta[KEY] as ServerEvent;
  return e;
};

const toPort = (s: { streamId: string; version: number; position: number; event: BodyEvent }): StoredEvent => ({
  streamId: s.streamId,
  version: s.version,
  position: s.position,
  event: unwrap(s.event),
});

export const adaptStore = (store: Store): EventStorePort & { raw: Store } => ({
  raw: store,
  dialect: store.dialect,
  append: async (streamId, events, options) => {
    const r = await store.append(streamId, events.map(wrap), options);
    return { version: r.version, positions: r.positions };
  },
  read: async (streamId, options) => (await store.read(streamId, options)).map(toPort),
  readAll: async (options) => (await store.readAll(options)).map(toPort),
  subscribe: (listener) => store.subscribe(listener),
  close: () => store.close(),
});

/** SQLite file path or postgres:// URL. */
export const openEventStore = async (url: string): Promise<EventStorePort & { raw: Store }> => adaptStore(await openStore(url));
