import fc from 'fast-check';
import { canonicalize } from 'json-canonicalize';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';
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
