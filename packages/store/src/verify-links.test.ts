import { describe, expect, it } from 'vitest';
import { eventHash, GENESIS_HASH } from './event-hash.ts';
import { type StreamLink, verifyLinkSet } from './verify-log.ts';

/** A log of two streams interleaved (a a b a b), chained as the store chains it. */
const log = (): StreamLink[] => {
  const plan = ['a', 'a', 'b', 'a', 'b'];
  const versions = new Map<string, number>();
  let previous = GENESIS_HASH;
  return plan.map((s, i) => {
    const version = (versions.get(s) ?? 0) + 1;
    versions.set(s, version);
    const payload = { type: 'Noted', n: i };
    const meta = { actor: 'system' };
    const hash = eventHash(previous, { streamId: s, version, type: 'Noted', payload, meta });
    const row: StreamLink = { position: i + 1, streamId: s, version, type: 'Noted', data: JSON.stringify(payload), meta: JSON.stringify(meta), hash, previousHash: previous };
    previous = hash;
    return row;
  });
};
const split = (rows: StreamLink[]) => ['a', 'b'].map((streamId) => ({ streamId, rows: rows.filter((r) => r.streamId === streamId) }));

describe('verifyLinkSet (streams cut out of one log)', () => {
  it('passes an untouched set and gives each stream its head', () => {
    const rows = log();
    const r = verifyLinkSet(split(rows));
    expect(r.ok).toBe(true);
    expect(r.heads.get('a')).toEqual({ position: 4, hash: rows[3]!.hash });
    expect(r.heads.get('b')).toEqual({ position: 5, hash: rows[4]!.hash });
  });

  it('names the first bad position: an edited payload, a deleted event, a moved one, an event re-hashed alone', () => {
    const edited = log();
    edited[1]!.data = JSON.stringify({ type: 'Noted', n: 99 });
    expect(verifyLinkSet(split(edited)).problem).toMatchObject({ position: 2, streamId: 'a', message: expect.stringMatching(/hash does not match/) });

    const deleted = log().filter((r) => r.position !== 2);
    expect(verifyLinkSet(split(deleted)).problem).toMatchObject({ position: 4, streamId: 'a', message: expect.stringMatching(/version/) });

    const moved = log();
    moved[3]!.position = 1;
    expect(verifyLinkSet(split(moved)).problem?.position).toBe(1);

    // Event 3 (stream b) rewritten with its own hash recomputed: event 4 (stream a) was chained from the old one.
    const rehashed = log();
    const r3 = rehashed[2]!;
    r3.data = JSON.stringify({ type: 'Noted', n: 42 });
    r3.hash = eventHash(r3.previousHash!, { streamId: 'b', version: r3.version, type: 'Noted', payload: JSON.parse(r3.data), meta: JSON.parse(r3.meta) });
    expect(verifyLinkSet(split(rehashed)).problem).toMatchObject({ position: 4, streamId: 'a', message: expect.stringMatching(/not chained from the event before it/) });
  });
});
