import type { Body, Message } from '@politburo/core';
import type { Latencies } from '../bodies/server-events.ts';
import { dueAt } from '../clock/latency.ts';
import type { ViewerInfo } from '../http/viewer.ts';

/** A message for one viewer: references to restricted items and decisions removed unless he is entitled. */
export const messageView = (b: Body, m: Message, latencies: Latencies, v: ViewerInfo) => {
  const visibleItem = (id: string) => v.seesRestricted || !b.items[id]?.restricted;
  const visibleDecision = (id: string) => v.seesRestricted || !b.decisions[id]?.restricted;
  return {
    ...m,
    dueAt: m.sentAt && !m.receivedAt ? dueAt(latencies, m.kind, m.id, m.sentAt) : undefined,
    itemIds: m.itemIds.filter(visibleItem),
    decisionIds: m.decisionIds.filter(visibleDecision),
    answers: m.answers.filter((a) => visibleItem(a.itemId)),
    points: m.points.filter((p) => v.seesRestricted || !p.restricted),
  };
};

export const isDeliveredTo = (m: Message, memberId: string, now: string): boolean =>
  m.toIds.includes(memberId) && m.receivedAt !== undefined && m.receivedAt <= now;
