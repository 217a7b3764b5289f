import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { type Body, conflict, DomainError, illegal, notFound } from '@politburo/core';
import { canonicalDigest, corruptEvent, type Decider, type EventStore, FoldedStream, handleCommand, type StoredEvent } from '@politburo/store';
import type { ProtocolSignature, SignatureEvent, SigningKeyEvent } from './server-events.ts';
import { streams } from './server-events.ts';

/** What a protocol's signature covers, as text: the body, the protocol, its digest and the log's head. */
export const signedText = (bodyId: string, s: Pick<ProtocolSignature, 'protocolNo' | 'digest' | 'chainHead'>): Buffer =>
  Buffer.from(`politburo-protocol/1:${bodyId}:${s.protocolNo}:${s.digest}:${s.chainHead.position}:${s.chainHead.hash}`);

/** The protocol's decisions, in item order, as they stand now: what its signature vouches for. */
export const protocolDigest = (b: Body, no: number): { digest: string; items: number } => {
  const decisions = Object.values(b.decisions)
    .filter((d) => d.protocolNo === no)
    .sort((x, y) => x.itemNo - y.itemNo);
  return { digest: canonicalDigest(decisions), items: decisions.length };
};

/** A fingerprint short enough to print: the first 16 hex digits of the signature's SHA-256, in groups. */
export const fingerprintOf = (s: Pick<ProtocolSignature, 'signature'>): string =>
  canonicalDigest(s.signature)
    .slice(0, 16)
    .replace(/(.{4})(?=.)/g, '$1 ')
    .toUpperCase();

export type SignaturesState = Map<number, ProtocolSignature>;
export type SignCommand = { type: 'SignProtocol'; signature: ProtocolSignature };

/** One signature per protocol, only of a closed protocol that has decisions. */
export const signaturesDecider: Decider<SignCommand, SignatureEvent, SignaturesState, { body: Body }> = {
  initialState: () => new Map(),
  evolve: (state, e) => {
    const { type: _t, ...s } = e;
    return state.set(e.protocolNo, s);
  },
  decide: (c, state, { body }) => {
    const no = c.signature.protocolNo;
    if (!Object.values(body.decisions).some((d) => d.protocolNo === no)) throw notFound('UNKNOWN_PROTOCOL', `No protocol ${no}.`, 'no');
    if (body.protocols.open?.no === no) throw illegal('PROTOCOL_OPEN', `Protocol ${no} is still being compiled: close its sitting before signing it.`);
    if (state.has(no)) throw conflict('PROTOCOL_SIGNED', `Protocol ${no} is signed already.`, 'no');
    return [{ type: 'ServerProtocolSigned', ...c.signature }];
  },
  decode: (stored: StoredEvent): SignatureEvent => {
    if (stored.event.type !== 'ServerProtocolSigned') throw corruptEvent(stored.position, stored.streamId, `"${stored.event.type}" does not belong on a signatures stream`);
    return stored.event as SignatureEvent;
  },
};

const keyDecider: Decider<{ type: 'SetSigningKey'; privateKeyPem: string }, SigningKeyEvent, string | null, undefined> = {
  initialState: () => null,
  evolve: (_s, e) => e.privateKeyPem,
  decide: (c, state) => (state === null ? [{ type: 'ServerSigningKeySet', privateKeyPem: c.privateKeyPem }] : []),
};

/**
 * The Ed25519 key protocols are signed with: `POLITBURO_SIGNING_KEY` (a PKCS#8 PEM) when
 * set; otherwise one the store makes once and keeps (convenient, and weaker: whoever can
 * write the database can also sign — docs/security.md says so).
 */
export const signingKey = async (store: EventStore): Promise<ReturnType<typeof createPrivateKey>> => {
  const pem = process.env.POLITBURO_SIGNING_KEY;
  if (pem) {
    try {
      return createPrivateKey(pem);
    } catch {
      throw new DomainError('SIGNING_KEY_INVALID', 'validation', 'POLITBURO_SIGNING_KEY is not a private key in PEM form.');
    }
  }
  const stream = new FoldedStream(store, streams.signingKey, keyDecider);
  const made = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const { state } = await handleCommand(stream, keyDecider, { type: 'SetSigningKey', privateKeyPem: made }, undefined, { audit: { actor: 'system' } });
  return createPrivateKey(state ?? made);
};

/** Signs a closed protocol as it stands, with the log's current head. */
export const signProtocol = async (store: EventStore, body: Body, no: number, signedBy: string, at: string, requestId?: string): Promise<ProtocolSignature> => {
  const { digest } = protocolDigest(body, no);
  const last = await store.lastPosition();
  const [row] = last > 0 ? await store.readChain(last - 1, 1) : [];
  const chainHead = { position: row?.position ?? 0, hash: row?.hash ?? '' };
  const key = await signingKey(store);
  const signature: ProtocolSignature = {
    protocolNo: no,
    digest,
    chainHead,
    signature: sign(null, signedText(body.id, { protocolNo: no, digest, chainHead }), key).toString('base64'),
    publicKey: createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString(),
    signedBy,
    at,
  };
  const stream = new FoldedStream(store, streams.signatures(body.id), signaturesDecider);
  await handleCommand(stream, signaturesDecider, { type: 'SignProtocol', signature }, { body }, { audit: { actor: signedBy, ...(requestId ? { requestId } : {}) } });
  return signature;
};

export const readSignatures = async (store: EventStore, bodyId: string): Promise<SignaturesState> => {
  const stream = new FoldedStream(store, streams.signatures(bodyId), signaturesDecider);
  await stream.refresh();
  return stream.state;
};

export interface SignatureProblem {
  bodyId: string;
  protocolNo: number;
  message: string;
}

/**
 * Every signature of a body, checked: it verifies with its key, the log still holds the
 * head it names, and the protocol's decisions still have the digest it signed.
 */
export const checkSignatures = async (store: EventStore, body: Body): Promise<{ checked: number; problems: SignatureProblem[] }> => {
  const problems: SignatureProblem[] = [];
  const signatures = await readSignatures(store, body.id);
  for (const s of signatures.values()) {
    const fail = (message: string) => problems.push({ bodyId: body.id, protocolNo: s.protocolNo, message });
    let good = false;
    try {
      good = verify(null, signedText(body.id, s), createPublicKey(s.publicKey), Buffer.from(s.signature, 'base64'));
    } catch {
      good = false;
    }
    if (!good) {
      fail('its signature does not verify');
      continue;
    }
    const [row] = s.chainHead.position > 0 ? await store.readChain(s.chainHead.position - 1, 1) : [];
    if (s.chainHead.position > 0 && row?.hash !== s.chainHead.hash) fail(`the log no longer holds the head it was signed at (position ${s.chainHead.position})`);
    if (protocolDigest(body, s.protocolNo).digest !== s.digest) fail('its decisions have changed since it was signed');
  }
  return { checked: signatures.size, problems };
};
