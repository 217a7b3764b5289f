import { createHash, hash } from 'node:crypto';
import { canonicalize } from 'json-canonicalize';
import { canonicalJson } from './canonical-json.ts';

/** The hash before the first event of a log. */
export const GENESIS_HASH = '';

/**
 * The link of one event in the log's chain: SHA-256 of the previous event's hash and
 * the RFC 8785 canonical JSON of what the event is — its stream, version, type,
 * payload and metadata. Chained in global position order, so an edited byte, a deleted,
 * inserted or reordered event anywhere breaks every link after it. `payload` and `meta`
 * are hashed as JSON stores them (`canonical-json.ts`), so a writer may pass its objects.
 */
export const eventHash = (previous: string, e: { streamId: string; version: number; type: string; payload: unknown; meta: unknown }): string =>
  createHash('sha256')
    .update(previous)
    .update(canonicalJson({ stream: e.streamId, version: e.version, type: e.type, payload: e.payload, metadata: e.meta }))
    .digest('hex');

/**
 * The same link as `eventHash`, byte for byte, for a writer that has the canonical JSON of
 * the payload and of the meta already (an import hashes a hundred thousand events with
 * one meta): the wrapper's keys written in their sorted order, one SHA-256 call.
 */
export const linkHash = (previous: string, streamIdJson: string, version: number, type: string, payloadCanonical: string, metaCanonical: string): string =>
  hash('sha256', `${previous}{"metadata":${metaCanonical},"payload":${payloadCanonical},"stream":${streamIdJson},"type":${canonicalJson(type)},"version":${canonicalJson(version)}}`, 'hex');

/** SHA-256 (hex) of a value's RFC 8785 canonical JSON: what a signature over data covers. */
export const canonicalDigest = (value: unknown): string => createHash('sha256').update(canonicalize(value)).digest('hex');
