import { addMinutes, type Instant, type MessageKind } from '@politburo/core';
import { createHash } from 'node:crypto';
import type { Latencies } from '../bodies/server-events.ts';

/**
 * A message's latency: the body's median for its channel times a factor in
 * [0.75, 1.25] drawn from a hash of the message id — varied like real traffic, yet the
 * same on every process and after every restart, so due deliveries are derived from
 * stored state alone.
 */
export const latencyMinutes = (latencies: Latencies, kind: MessageKind, messageId: string): number => {
  const h = createHash('sha256').update(messageId).digest();
  const unit = h.readUInt32BE(0) / 0xffff_ffff;
  return Math.max(1, Math.round(latencies[kind] * (0.75 + unit * 0.5)));
};

export const dueAt = (latencies: Latencies, kind: MessageKind, messageId: string, sentAt: Instant): Instant =>
  addMinutes(sentAt, latencyMinutes(latencies, kind, messageId));
