import { existsSync } from 'node:fs';
import { type Body, DomainError } from '@politburo/core';
import { type Bodies, openBodies, openEventStore } from '@politburo/server';
import type { Store } from '@politburo/store';

/** Opens a store; commands that only read refuse a SQLite file that is not there rather than create it. */
export const requireDatabase = (url: string): void => {
  if (!/^postgres(ql)?:\/\//.test(url) && !existsSync(url.replace(/^sqlite:(\/\/)?/, ''))) {
    throw new DomainError('DATABASE_NOT_FOUND', 'not-found', `No database file ${url}.`, [], { url });
  }
};

/** The bodies of a database, through the same service the server uses, for one command. */
export const withBodies = async <T>(url: string, work: (bodies: Bodies, store: Store) => Promise<T>, opts: { mustExist?: boolean } = {}): Promise<T> => {
  if (opts.mustExist) requireDatabase(url);
  const store = await openEventStore(url);
  try {
    const bodies = await openBodies(store);
    try {
      return await work(bodies, store);
    } finally {
      bodies.repo.stop();
    }
  } finally {
    await store.close();
  }
};

/** The body in a database: the one named, or the only one there is (the same list `serve` shows). */
export const resolveBodyId = async (bodies: Bodies, wanted: string | undefined): Promise<string> => {
  const ids = (await bodies.list()).map((l) => l.bodyId);
  if (wanted) {
    if (!ids.includes(wanted)) throw new DomainError('BODY_NOT_FOUND', 'not-found', `No body "${wanted}" in this database; it holds: ${ids.join(', ') || 'none'}.`, [], { bodyId: wanted, held: ids.join(', ') || 'none' });
    return wanted;
  }
  if (ids.length === 1) return ids[0]!;
  if (ids.length === 0) throw new DomainError('BODY_NOT_FOUND', 'not-found', 'This database holds no body yet: `politburo init` or `politburo import` one.', [], { bodyId: '', held: 'none' });
  throw new DomainError('BODY_AMBIGUOUS', 'validation', `This database holds several bodies (${ids.join(', ')}): choose one with --body.`, [], { held: ids.join(', ') });
};

export const loadBody = async (bodies: Bodies, bodyId: string): Promise<Body> => {
  const entry = await bodies.get(bodyId);
  if (entry.state.status !== 'active') throw new DomainError('BODY_NOT_FOUND', 'not-found', `No body "${bodyId}".`);
  return entry.state.body;
};
