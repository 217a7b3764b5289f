import { type Body, type Message, messageAsSeenBy, type Viewer } from '@politburo/core';
import type { Latencies } from '../bodies/server-events.ts';
import { dueAt } from '../clock/latency.ts';

/** A message for one viewer (the core's projection: no reference to what he may not see), plus when it is due. */
export const messageView = (b: Body, m: Message, latencies: Latencies, v: Viewer) => ({
  ...messageAsSeenBy(b, v, m),
  dueAt: m.sentAt && !m.receivedAt ? dueAt(latencies, m.kind, m.id, m.sentAt) : undefined,
});
