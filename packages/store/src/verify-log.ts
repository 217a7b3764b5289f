import { createPrivateKey, createPublicKey, sign, verify as verifySignature } from 'node:crypto';
import { DomainError } from '@politburo/core';
import { eventHash, GENESIS_HASH } from './event-hash.ts';
import type { ChainRow, EventStore } from './event-store.ts';

export interface ChainHead {
  position: number;
  hash: string;
}

export interface VerifyResult {
  ok: boolean;
  events: number;
  head: ChainHead | null;
  /** The first thing wrong, at the first position where it shows. */
  problem?: { position: number; streamId?: string; message: string };
}

/** One link of the chain: the row parses, says its type, and its hash follows from the one before. */
const checkLink = (previous: string, r: ChainRow): { hash: string; problem?: undefined } | { problem: string } => {
  let payload: unknown;
  let meta: unknown;
  try {
    payload = JSON.parse(r.data);
    meta = JSON.parse(r.meta);
  } catch {
    return { problem: 'its stored JSON does not parse (an edited byte)' };
  }
  if ((payload as { type?: unknown } | null)?.type !== r.type) return { problem: `its type column says "${r.type}" but its data says otherwise` };
  const hash = eventHash(previous, { streamId: r.streamId, version: r.version, type: r.type, payload, meta });
  if (r.hash !== hash) return { problem: r.hash === null ? 'it has no hash' : 'its hash does not match its content and the chain before it (an edit, or an event moved)' };
  return { hash };
};

/**
 * Walks the whole log in position order and checks every link: positions without a
 * gap up to the store's counter, each stream's versions 1, 2, 3…, the stored JSON
 * parses and says its type, and each hash is the previous one's chained with the
 * event's canonical form. Reports the first bad position; never throws on damage.
 */
export const verifyLog = async (store: EventStore, options: { onProgress?: (done: number, total: number) => void; pageSize?: number } = {}): Promise<VerifyResult> => {
  const total = await store.lastPosition();
  const erased = await store.erasedLinks();
  const versions = new Map<string, number>();
  let previous = GENESIS_HASH;
  let expected = 1;
  let head: ChainHead | null = null;
  const fail = (position: number, message: string, streamId?: string): VerifyResult => ({
    ok: false,
    events: expected - 1,
    head,
    problem: { position, message, ...(streamId ? { streamId } : {}) },
  });
  for (;;) {
    const rows = await store.readChain(expected - 1, options.pageSize ?? 2000);
    if (rows.length === 0) break;
    for (const r of rows) {
      // An erased stream's events left their hashes: the chain goes on from the last of them.
      for (let h = erased.get(expected); h !== undefined && expected < r.position; h = erased.get(expected)) {
        previous = h;
        head = { position: expected, hash: h };
        expected++;
      }
      if (r.position > total) return fail(r.position, `event ${r.position} lies beyond the last position the store handed out (${total}): the store never handed out that position; it was slipped in`, r.streamId);
      if (r.position !== expected) return fail(expected, r.position > expected ? `event ${expected} is missing (the next one stored is ${r.position})` : `position ${r.position} appears twice`);
      const version = (versions.get(r.streamId) ?? 0) + 1;
      if (r.version !== version) return fail(r.position, `stream "${r.streamId}" jumps to version ${r.version}, expected ${version} (an event deleted, inserted or moved)`, r.streamId);
      const link = checkLink(previous, r);
      if (link.problem !== undefined) return fail(r.position, link.problem, r.streamId);
      const hash = link.hash;
      versions.set(r.streamId, version);
      previous = hash;
      head = { position: r.position, hash };
      expected++;
    }
    options.onProgress?.(expected - 1, total);
  }
  for (let h = erased.get(expected); h !== undefined && expected <= total; h = erased.get(expected)) {
    head = { position: expected, hash: h };
    expected++;
  }
  if (expected - 1 < total) return fail(expected, `the log ends at ${expected - 1} but the store handed out positions up to ${total} (events at the end were removed)`);
  return { ok: true, events: expected - 1, head };
};

/** A stream's row with the hash of the event just before it in the log: one link, checkable alone. */
export type StreamLink = ChainRow & { previousHash: string | null };

/**
 * Checks one stream's own links: versions 1, 2, 3…, each event chained from the hash
 * before it. The rows may come from the store or from a backup file.
 */
export const verifyLinks = (streamId: string, rows: readonly StreamLink[]): VerifyResult => {
  let head: ChainHead | null = null;
  for (const [i, r] of rows.entries()) {
    const fail = (message: string): VerifyResult => ({ ok: false, events: i, head, problem: { position: r.position, streamId, message } });
    if (r.version !== i + 1) return fail(`stream "${streamId}" jumps to version ${r.version}, expected ${i + 1}`);
    if (r.previousHash === null) return fail('the event before it in the log is missing');
    const link = checkLink(r.previousHash, r);
    if (link.problem !== undefined) return fail(link.problem);
    head = { position: r.position, hash: link.hash };
  }
  return { ok: true, events: rows.length, head };
};

/**
 * Checks one stream's own links — each of its events chained from the event stored just
 * before it — without walking the whole log: what a copy checks of its source. An edit to
 * any of the stream's events shows; a rewrite that re-chains everything after it needs
 * `verifyLog` and a checkpoint.
 */
export const verifyStream = async (store: EventStore, streamId: string): Promise<VerifyResult> => verifyLinks(streamId, await store.readStreamLinks(streamId));

/**
 * Checks a set of streams cut out of one log (a backup): each stream's own links, and,
 * where two of their events stood next to each other in the log, that the later one is
 * chained from the earlier one's hash — so a file cannot re-chain one event alone. The
 * first problem by position is reported; each stream's head is returned.
 */
export const verifyLinkSet = (set: ReadonlyArray<{ streamId: string; rows: readonly StreamLink[] }>): { ok: boolean; heads: Map<string, ChainHead | null>; problem?: NonNullable<VerifyResult['problem']> } => {
  const heads = new Map<string, ChainHead | null>();
  const problems: NonNullable<VerifyResult['problem']>[] = [];
  const byPosition = new Map<number, StreamLink>();
  for (const { streamId, rows } of set) {
    const r = verifyLinks(streamId, rows);
    heads.set(streamId, r.head);
    if (r.problem) problems.push(r.problem);
    for (const [i, row] of rows.entries()) {
      const before = rows[i - 1];
      if (before && row.position <= before.position) problems.push({ position: row.position, streamId, message: `its position ${row.position} does not follow ${before.position} (events moved)` });
      if (byPosition.has(row.position)) problems.push({ position: row.position, streamId, message: `position ${row.position} appears twice` });
      byPosition.set(row.position, row);
    }
  }
  for (const [position, row] of byPosition) {
    const before = byPosition.get(position - 1);
    if (before && before.hash !== row.previousHash) problems.push({ position, streamId: row.streamId, message: `it is not chained from the event before it (position ${position - 1})` });
  }
  problems.sort((a, b) => a.position - b.position);
  const [problem] = problems;
  return problem ? { ok: false, heads, problem } : { ok: true, heads };
};

/** A chain head written to a file, signed when a key is given, to check a later log against. */
export interface Checkpoint {
  format: 'politburo-checkpoint/1';
  head: ChainHead;
  events: number;
  at: string;
  /** Ed25519 over `position:hash`, base64, with the SPKI public key (PEM) to check it. */
  signature?: string;
  publicKey?: string;
}

const signed = (head: ChainHead): Buffer => Buffer.from(`politburo-checkpoint/1:${head.position}:${head.hash}`);

/** `POLITBURO_SIGNING_KEY`: an Ed25519 private key as PKCS#8 PEM. */
export const makeCheckpoint = (result: VerifyResult, at: string, signingKeyPem?: string): Checkpoint => {
  if (!result.ok || !result.head) throw new DomainError('CHAIN_BROKEN', 'corrupt', 'A checkpoint is taken of a log that verifies, and has at least one event.');
  const cp: Checkpoint = { format: 'politburo-checkpoint/1', head: result.head, events: result.events, at };
  if (!signingKeyPem) return cp;
  let key: ReturnType<typeof createPrivateKey>;
  try {
    key = createPrivateKey(signingKeyPem);
  } catch {
    throw new DomainError('SIGNING_KEY_INVALID', 'validation', 'POLITBURO_SIGNING_KEY is not a private key in PEM form.', [{ field: 'POLITBURO_SIGNING_KEY', message: 'expected an Ed25519 PKCS#8 PEM' }]);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new DomainError('SIGNING_KEY_INVALID', 'validation', 'POLITBURO_SIGNING_KEY must be an Ed25519 key.', [{ field: 'POLITBURO_SIGNING_KEY', message: `found ${key.asymmetricKeyType}` }]);
  return {
    ...cp,
    signature: sign(null, signed(cp.head), key).toString('base64'),
    publicKey: createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString(),
  };
};

/**
 * Checks a log against an earlier checkpoint: the checkpoint's signature (if signed),
 * and that the event at its position still has its hash. A log cut short before the
 * checkpoint, or rewritten and re-chained from some point before it, fails.
 */
export const checkAgainst = async (store: EventStore, checkpoint: Checkpoint, current: VerifyResult): Promise<VerifyResult> => {
  if (checkpoint.signature) {
    let good = false;
    try {
      good = verifySignature(null, signed(checkpoint.head), createPublicKey(checkpoint.publicKey ?? ''), Buffer.from(checkpoint.signature, 'base64'));
    } catch {
      good = false;
    }
    if (!good) return { ...current, ok: false, problem: { position: checkpoint.head.position, message: 'the checkpoint\'s signature does not verify (the checkpoint file was altered)' } };
  }
  if (!current.ok) return current;
  const erasedHash = (await store.erasedLinks()).get(checkpoint.head.position);
  if (erasedHash !== undefined) {
    return erasedHash === checkpoint.head.hash
      ? current
      : { ...current, ok: false, problem: { position: checkpoint.head.position, message: 'the chain differs from the checkpoint at its position (the log was rewritten and re-chained)' } };
  }
  const [row] = await store.readChain(checkpoint.head.position - 1, 1);
  if (!row || row.position !== checkpoint.head.position) {
    return { ...current, ok: false, problem: { position: checkpoint.head.position, message: `the log no longer reaches the checkpoint's position ${checkpoint.head.position} (it was cut short)` } };
  }
  if (row.hash !== checkpoint.head.hash) {
    return { ...current, ok: false, problem: { position: checkpoint.head.position, streamId: row.streamId, message: 'the chain differs from the checkpoint at its position (the log was rewritten and re-chained)' } };
  }
  return current;
};

export const parseCheckpoint = (text: string, file: string): Checkpoint => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new DomainError('CHECKPOINT_INVALID', 'validation', `${file} is not JSON.`, [{ file, message: 'not JSON' }]);
  }
  const c = parsed as Partial<Checkpoint>;
  if (c.format !== 'politburo-checkpoint/1' || typeof c.head?.position !== 'number' || typeof c.head.hash !== 'string') {
    throw new DomainError('CHECKPOINT_INVALID', 'validation', `${file} is not a politburo checkpoint.`, [{ file, message: 'expected { format: "politburo-checkpoint/1", head: { position, hash } }' }]);
  }
  return c as Checkpoint;
};
