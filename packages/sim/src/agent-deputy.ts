import type { ItemAnswer, MessageKind, RaisedPoint } from '@politburo/core';
import { route } from './agent-departments.ts';
import { DEPUTY, LEADER } from './roster.ts';
import { pad, type Simulation } from './simulation.ts';

/** The deputy: what he refers to the absent leader, by which channel, how long he waits, what he does with the answers. */

export function latency(s: Simulation, kind: MessageKind): number {
  const c = s.r.channels;
  const p = s.p;
  const minutes =
    kind === 'letter'
      ? c.logNormal(p.letterMedianHours * 60, p.letterSigma)
      : kind === 'telegram'
        ? c.logNormal(p.telegramMedianHours * 60, p.telegramSigma)
        : c.logNormal(p.telephoneMedianMinutes, p.telephoneSigma);
  return Math.max(1, Math.round(minutes));
}

export function send(s: Simulation, fromId: string, kind: MessageKind, fields: { itemIds?: string[]; answers?: ItemAnswer[]; points?: RaisedPoint[]; inReplyTo?: string }, summary: string): string {
  const messageId = `m${pad(++s.nMessage, 4)}`;
  const toIds = [fromId === LEADER ? DEPUTY : LEADER];
  s.exec({ type: 'SendMessage', messageId, kind, fromId, toIds, summary, synthetic: true, ...fields }, fromId);
  s.push(s.now + latency(s, kind), { k: 'deliver', messageId });
  return messageId;
}

export function onDispatch(s: Simulation, kind: MessageKind): void {
  const asking = s.outbox[kind].filter((id) => s.held.has(id));
  const reporting = s.outbox[kind].filter((id) => s.reported.has(id));
  s.outbox[kind] = [];
  for (const id of reporting) s.reported.delete(id);
  const items = [...asking, ...reporting];
  if (items.length === 0) return;
  const summary = reporting.length === 0 ? `Asks for the leader's view on ${asking.length} item(s).` : `Asks for the leader's view on ${asking.length} item(s) and reports ${reporting.length} decision(s) taken.`;
  send(s, DEPUTY, kind, { itemIds: items }, summary);
  const p = s.p;
  const wait = kind === 'letter' ? p.waitHoursLetter : kind === 'telegram' ? p.waitHoursTelegram : p.waitHoursTelephone;
  for (const id of asking) s.push(s.now + Math.round(wait * 60), { k: 'wait', itemId: id });
}

/** No answer in time: let the decision go ahead, or postpone it until the leader is back. */
export function onWait(s: Simulation, itemId: string): void {
  const stand = s.r.deputy.bernoulli(s.p.letStandProb);
  if (s.answered.has(itemId) || !s.held.has(itemId)) return;
  s.held.delete(itemId);
  if (stand) route(s, itemId);
  else s.afterReturn.push(itemId);
}

export function onReturn(s: Simulation): void {
  const pending = [...s.held, ...s.afterReturn];
  s.held.clear();
  s.afterReturn.length = 0;
  s.outbox.letter = [];
  s.outbox.telegram = [];
  s.outbox.telephone = [];
  s.reported.clear();
  s.reportAfter.clear();
  for (const id of pending) route(s, id);
}

export function onDeliver(s: Simulation, messageId: string): void {
  const events = s.exec({ type: 'DeliverMessage', messageId }, null);
  // An answer on a decision already registered puts an amending, revoking or reconsidering
  // item before the body, as in a live body: the deputy routes it like any other.
  for (const e of events) if (e.type === 'ItemProposed' && e.item.answerMessageId) route(s, e.item.id);
  const m = s.body.messages[messageId]!;
  if (m.toIds.includes(LEADER)) {
    s.leaderInbox.push(messageId);
    if (m.kind === 'telephone') s.push(s.now + 1, { k: 'read' });
    return;
  }
  s.exec({ type: 'ReadMessage', messageId, memberId: DEPUTY }, DEPUTY);
  for (const a of m.answers) {
    s.answered.add(a.itemId);
    const it = s.body.items[a.itemId]!;
    const wasHeld = s.held.delete(a.itemId);
    if (it.status === 'postponed') {
      if (s.returnTime !== null && s.now < s.returnTime) s.afterReturn.push(a.itemId);
      else route(s, a.itemId);
    } else if (it.status === 'proposed' && (wasHeld || s.afterReturn.includes(a.itemId))) {
      route(s, a.itemId);
    }
  }
  // The leader's own points go to the body at once.
  for (const pt of m.points) route(s, pt.itemId);
}
