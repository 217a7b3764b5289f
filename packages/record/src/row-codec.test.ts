import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { problemSentence } from './record-problem.ts';
import { makeRowDecoder } from './row-codec.ts';
import { tableSpec } from './table-specs.ts';

const decisions = tableSpec('decisions');
const HEADER = decisions.columns.map((c) => c.name);

describe('makeRowDecoder (compiled per header)', () => {
  it('keeps header names out of the code: hostile names land in extra, verbatim, and run nothing', () => {
    const hostile = ['x"]; globalThis.pwned = 1; //', "y'); globalThis.pwned = 2; ('", '__proto__', 'constructor', 'a\\', '\u2028'];
    const d = makeRowDecoder(decisions, [...HEADER, ...hostile]);
    const cells = [...HEADER.map(() => ''), ...hostile.map((_, i) => `v${i}`)];
    const row = d.decode(cells, () => {});
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(row.extra).toEqual(hostile.map((name, i) => [name, `v${i}`]));
  });

  it('decodes any order and subset of the columns as the column kinds say, by name', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(HEADER, { minLength: 1 }),
        fc.record({ no: fc.nat(99999), restricted: fc.boolean(), initiator: fc.constantFrom('', 'M1') }),
        (header, v) => {
          const byName: Record<string, string> = { id: 'd1', protocol_no: String(v.no), restricted: v.restricted ? 'TRUE' : 'false', initiator_id: v.initiator, title: 'a, "b"' };
          const problems: string[] = [];
          const row = makeRowDecoder(decisions, header).decode(
            header.map((n) => byName[n] ?? ''),
            (column) => problems.push(column),
          );
          if (header.includes('protocol_no')) expect(row.protocol_no).toBe(v.no);
          if (header.includes('restricted')) expect(row.restricted).toBe(v.restricted);
          if (header.includes('title')) expect(row.title).toBe('a, "b"');
          // An empty optional cell is no key at all; a missing required column takes its default (reported as a header problem, not here).
          expect('initiator_id' in row).toBe(header.includes('initiator_id') && v.initiator !== '');
          if (!header.includes('restricted')) expect(row.restricted).toBe(false);
          expect(problems.filter((c) => c === 'protocol_no' || c === 'restricted')).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reports a bad cell under its column through the callback, and reads only the columns asked for', () => {
    const problems: Array<[string, string]> = [];
    const d = makeRowDecoder(decisions, HEADER, ['id', 'protocol_no']);
    const row = d.decode(
      HEADER.map((n) => (n === 'protocol_no' ? 'x1' : n === 'id' ? 'd9' : 'ignored')),
      (column, problem) => problems.push([column, problemSentence(problem, 'en')]),
    );
    expect(Object.keys(row).sort()).toEqual(['id', 'protocol_no']);
    expect(row.protocol_no).toBeNaN();
    expect(problems).toEqual([['protocol_no', "'x1' is not a whole number"]]);
  });
});
