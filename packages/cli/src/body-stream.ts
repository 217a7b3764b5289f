import { existsSync } from 'node:fs';
import { DomainError, type Body, replay } from '@politburo/core';
import type { Store } from '@politburo/store';
import { openStore } from '@politburo/store';

/** A body's events live in stream `body-<id>` — the same naming the server uses. */
export const bodyStream = (bodyId: string): string => `body-${bodyId}`;

/** Opens a store; commands that only read refuse a SQLite file that is not there rather than create it. */
export const requireDatabase = (url: string): void => {
  if (!/^postgres(ql)?:\/\//.test(url) && !existsSync(url.replace(/^sqlite:(\/\/)?/, ''))) {
    throw new DomainError('DATABASE_NOT_FOUND', 'not-found', `No database file ${url}.`);
  }
};

export const withStore = async <T>(url: string, work: (store: Store) => Promise<T>, opts: { mustExist?: boolean } = {}): Promise<T> => {
  if (opts.mustExist) requireDatabase(url);
  const store = await openStore(url);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
};

/** The body in a database: the one named, or the only one there is. */
export const resolveBodyId = async (store: Store, wanted: string | undefined): Promise<string> => {
  const bodies = (await store.streams()).filter((s) => s.streamId.startsWith('body-')).map((s) => s.streamId.slice(5));
  if (wanted) {
    if (!bodies.includes(wanted)) throw new DomainError('BODY_NOT_FOUND', 'not-found', `No body "${wanted}" in this database; it holds: ${bodies.join(', ') || 'none'}.`);
    return wanted;
  }
  if (bodies.length === 1) return bodies[0]!;
  if (bodies.length === 0) throw new DomainError('BODY_NOT_FOUND', 'not-found', 'This database holds no body yet: `politburo init` or `politburo import` one.');
  throw new DomainError('BODY_AMBIGUOUS', 'validation', `This database holds several bodies (${bodies.join(', ')}): choose one with --body.`);
};

export const loadBody = async (store: Store, bodyId: string): Promise<Body> => {
  const state = replay((await store.read(bodyStream(bodyId))).map((e) => e.event));
  if (state.status !== 'active') throw new DomainError('BODY_NOT_FOUND', 'not-found', `No body "${bodyId}".`);
  return state.body;
};
