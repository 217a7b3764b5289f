import fc from 'fast-check';
import { canonicalize } from 'json-canonicalize';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';
import { eventHash, GENESIS_HASH, linkHash } from './event-hash.ts';
import { bodyEvents } from './test-body.ts';

/** What the chain hashed before: the library's output for the value as JSON stores it. */
const library = (v: unknown): string => canonicalize(JSON.parse(JSON.stringify(v)));

describe('canonicalJson', () => {
  it('writes what json-canonicalize writes for every event of a body', () => {
    for (const e of bodyEvents()) expect(canonicalJson(e)).toBe(library(e));
  });

  it('writes what json-canonicalize writes for any JSON value, parsed or not', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(canonicalJson(v)).toBe(canonicalize(v));
        expect(canonicalJson(v)).toBe(library(v));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads odd values as JSON.stringify stores them', () => {
    const odd: unknown[] = [
      { b: 1, a: [undefined, () => 1, null, -0, 1e21, 'é\u2028"\\\ud800'] },
      { toJSON: 'data, not a method', z: 1, a: 2 },
      { '\u00e9': 1, e: 2, E: 3, '10': 4, '9': 5, '': 6, __proto__x: 7 },
      { at: new Date(0), skipped: undefined, fn: () => 1 },
      [[], {}, [{}]],
    ];
    for (const v of odd) expect(canonicalJson(v)).toBe(library(v));
  });
});

describe('linkHash', () => {
  it('is the link eventHash computes, for every event of a body and any meta', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.string(), fc.nat(), (meta, streamId, version) => {
        let previous = GENESIS_HASH;
        for (const e of bodyEvents().slice(0, 5)) {
          const full = eventHash(previous, { streamId, version, type: e.type, payload: e, meta });
          expect(linkHash(previous, JSON.stringify(streamId), version, e.type, canonicalJson(e), canonicalJson(meta))).toBe(full);
          previous = full;
        }
      }),
      { numRuns: 200 },
    );
  });
});
