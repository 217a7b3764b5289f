import { type Body, type BodyEvent, eventAsSeenBy, rowOf, type Viewer } from '@politburo/core';
import type { AnyEvent, Latencies, ServerEvent } from '../bodies/server-events.ts';
import { clockView } from '../clock/body-clock.ts';
import { messageView } from '../views/message-view.ts';

export interface LiveMessage {
  type: string;
  event: unknown;
}

/**
 * What one viewer may see of one event: the core decides (`eventAsSeenBy`, judged against
 * the body's current state); null drops it. The server's own events become `ClockChanged`
 * and `LatenciesChanged`, or stay private; mail events carry the message as the viewer sees it.
 */
export const filterForViewer = (b: Body, v: Viewer, latencies: Latencies, e: AnyEvent, realMs: number): LiveMessage | null => {
  const se = e as ServerEvent;
  if (se.type === 'ServerClockSet') return { type: 'ClockChanged', event: { type: 'ClockChanged', clock: clockView(se.clock, realMs) } };
  if (se.type === 'ServerLatenciesSet') return { type: 'LatenciesChanged', event: se };
  if (se.type === 'ServerAccountCreated' || se.type === 'ServerBodyListed' || se.type === 'ServerBodyDelisted' || se.type === 'ServerSecretSet') return null;
  const seen = eventAsSeenBy(b, v, e as BodyEvent);
  if (!seen) return null;
  switch (seen.type) {
    case 'MessageSent':
    case 'MessageRecorded':
    case 'MessageDelivered':
    case 'MessageRead': {
      const id = 'message' in seen ? seen.message.id : seen.messageId;
      const m = rowOf(b.messages, id);
      if (!m) return null;
      const message = messageView(b, m, latencies, v);
      if (seen.type === 'MessageSent') return { type: seen.type, event: { ...seen, message } };
      return { type: seen.type, event: { type: seen.type, messageId: id, ...('at' in seen ? { at: seen.at } : {}), message } };
    }
    default:
      return { type: seen.type, event: seen };
  }
};
