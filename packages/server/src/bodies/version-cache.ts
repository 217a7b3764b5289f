import type { BodyEntry } from './body-repository.ts';

/**
 * A value derived from a body's state, kept until the body's stream moves on. `evolve`
 * updates state in place, so caches key on the entry and its version, never on the
 * state object.
 */
export const versionCache = <T>(compute: (entry: BodyEntry) => T): ((entry: BodyEntry) => T) => {
  const cache = new WeakMap<BodyEntry, { version: number; value: T }>();
  return (entry) => {
    const hit = cache.get(entry);
    if (hit && hit.version === entry.version) return hit.value;
    const value = compute(entry);
    cache.set(entry, { version: entry.version, value });
    return value;
  };
};
