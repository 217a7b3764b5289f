import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { makeRowDecoder } from './row-codec.ts';
import { tableSpec } from './table-specs.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heap = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const decisions = tableSpec('decisions');
const HEADER = decisions.columns.map((c) => c.name);
const at = (name: string) => HEADER.indexOf(name);

/**
 * Rows kept after the read (`kept`) must not hold the text they were cut from: a title sliced
 * from a megabyte chunk kept the chunk alive as long as the row. Forty chunks of 1 MiB, fifty
 * rows of each kept: their cells as slices hold ~40 MiB; as strings of their own, next to nothing.
 */
describe('decoded rows that outlive the read', () => {
  const rowsFrom = (kept: boolean) => {
    const decoder = makeRowDecoder(decisions, HEADER, undefined, kept);
    const rows: unknown[] = [];
    for (let k = 0; k < 40; k++) {
      const chunk = `${k}`.padEnd(1 << 20, 'x');
      for (let i = 0; i < 50; i++) {
        const cells = HEADER.map(() => '');
        cells[at('id')] = `d${k}-${i}`;
        cells[at('protocol_no')] = '1';
        cells[at('item_no')] = String(i + 1);
        cells[at('date')] = '1934-08-01';
        cells[at('mode')] = 'poll';
        cells[at('restricted')] = 'false';
        cells[at('title')] = chunk.slice(i * 100, i * 100 + 40);
        rows.push(decoder.decode(cells, () => {}));
      }
    }
    return rows;
  };

  it('hold strings of their own, not the chunks their cells were sliced from', () => {
    const base = heap();
    const sliced = rowsFrom(false);
    const withChunks = heap() - base;
    sliced.length = 0;
    const base2 = heap();
    const own = rowsFrom(true);
    const withoutChunks = heap() - base2;
    expect(own).toHaveLength(2000);
    expect(withChunks).toBeGreaterThan(30 * 2 ** 20);
    expect(withoutChunks).toBeLessThan(4 * 2 ** 20);
    expect((own[7] as { title: string }).title).toBe('x'.repeat(40));
  });
});
