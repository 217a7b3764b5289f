import type { CommandMeta, CommandOf } from './commands.ts';
import { decisionEvent, nextProtocolSlot, pointConfirmed, requireItem, requireRegistrable } from './decide-items.ts';
import { forbidden, illegal } from './errors.ts';
import type { BodyEvent, EventOf } from './events.ts';
import { requireNewId, requireSteering } from './guards.ts';
import type { Body, Decision, Item, ItemAnswer, Message } from './state.ts';
import { dateOf } from './time.ts';
import { statusInWords } from './in-words.ts';

/**
 * What the leader's answer does to a decision already registered. An open item is
 * reworded, withdrawn or postponed on delivery (decide-correspondence.ts); a
 * registered decision is a fact of the protocol and is never rewritten. Instead the
 * answer puts a new item before the body, which the body decides like any other:
 *
 *   modified  → an amending item (amendsId = the decision, text = the leader's wording)
 *   rejected  → a revoking item (revokesId = the decision)
 *   postponed → the decision stays in force; an item "reconsider 47/1" with his note
 *   confirmed → nothing
 *
 * The item's initiator is the leader and it names the message that carried the answer.
 * Under the body setting `answerRoute: 'register'` an amendment or revocation is
 * entered at once, without a poll, the leader's word standing as the visa.
 */

export type AnswerItemKind = 'amend' | 'revoke' | 'reconsider';

export const decisionLabel = (d: Pick<Decision, 'protocolNo' | 'itemNo'>): string => `${d.protocolNo}/${d.itemNo}`;

const KIND_OF: Partial<Record<ItemAnswer['outcome'], AnswerItemKind>> = { modified: 'amend', rejected: 'revoke', postponed: 'reconsider' };

/** The item (and, registered at once, decision) ids the core gives an answer's item: derived, never random, so replays agree. */
const freeId = (taken: Record<string, unknown>, base: string): string => {
  let id = base;
  for (let n = 2; taken[id]; n++) id = `${base}-${n}`;
  return id;
};

/** The registered decision an answer on this item concerns, if the item has become one. */
export const registeredDecisionOf = (b: Body, it: Item): Decision | undefined =>
  it.status === 'registered' && it.decisionId ? b.decisions[it.decisionId] : undefined;

/** Refuses, when the leader writes, an answer that would amend or revoke a decision already revoked. */
export const requireAnswerable = (b: Body, it: Item, a: ItemAnswer, field: string): void => {
  const d = registeredDecisionOf(b, it);
  if (!d?.revokedBy || (a.outcome !== 'modified' && a.outcome !== 'rejected')) return;
  const by = b.decisions[d.revokedBy];
  throw illegal(
    a.outcome === 'modified' ? 'DECISION_REVOKED' : 'ALREADY_REVOKED',
    `Decision ${decisionLabel(d)} was revoked by ${by ? decisionLabel(by) : d.revokedBy}: there is nothing to ${a.outcome === 'modified' ? 'amend' : 'revoke'} (${field}).`,
  );
};

/** The events a delivered answer on a registered decision adds: its item, and under `answerRoute: 'register'` its registration. */
export const answerOnDecision = (b: Body, d: Decision, a: ItemAnswer, m: Message, meta: CommandMeta): BodyEvent[] => {
  const kind = KIND_OF[a.outcome];
  // A decision revoked while the answer travelled: the answer is recorded as an intervention, and there is nothing left to act on.
  if (!kind || d.revokedBy) return [];
  const label = decisionLabel(d);
  const note = a.text?.trim();
  const title = kind === 'amend' ? `Amendment of ${label}` : kind === 'revoke' ? `Revocation of ${label}` : `Reconsider ${label}`;
  const item: EventOf<'ItemProposed'>['item'] = {
    id: freeId(b.items, `${kind}-${d.id}-${m.id}`),
    // The decision's title may be long (title and wording); the item names it, the protocol label identifies it.
    title: `${title}: ${d.title.length > 200 ? `${d.title.slice(0, 199)}…` : d.title}`,
    ...(note ? { text: note } : {}),
    initiatorId: m.fromId,
    restricted: d.restricted,
    answerMessageId: m.id,
    ...(kind === 'amend' ? { amendsId: d.id, amendsBasis: d.amendedBy.length } : {}),
    ...(kind === 'revoke' ? { revokesId: d.id } : {}),
    ...(kind === 'reconsider' ? { reconsidersId: d.id } : {}),
    ...(m.synthetic !== undefined ? { synthetic: m.synthetic } : {}),
  };
  const events: BodyEvent[] = [{ type: 'ItemProposed', item, at: meta.now }];
  if (kind === 'reconsider' || b.settings.answerRoute !== 'register') return events;
  const slot = nextProtocolSlot(b);
  events.push({
    type: 'DecisionRegistered',
    decision: decisionEvent(item, { id: freeId(b.decisions, item.id), ...slot, date: dateOf(meta.now), mode: 'without-poll', visaById: m.fromId }),
    historical: false,
    at: meta.now,
  });
  return events;
};

/**
 * "Без опроса" (1934 notes F.4): the member presiding enters an open item as a
 * decision on his visa alone, with no sitting and no poll. Only where the body's
 * settings allow it; the visa is the actor's and is kept on the decision.
 */
export const enterWithoutPoll = (b: Body, c: CommandOf<'EnterWithoutPoll'>, meta: CommandMeta): BodyEvent[] => {
  const by = requireSteering(b, meta, 'enter decisions without a poll');
  if (!b.settings.withoutPoll) throw forbidden('WITHOUT_POLL_NOT_ALLOWED', 'This body takes no decision without a poll: its settings do not allow the route.');
  if (!by) throw forbidden('VISA_NEEDS_MEMBER', 'A decision without a poll is entered on a member’s visa: the system gives none.');
  const it = requireItem(b, c.itemId, 'itemId', meta);
  if (it.status !== 'proposed' && it.status !== 'postponed') {
    throw illegal('ITEM_NOT_OPEN', `"${it.title}" is ${statusInWords(it.status)}; only a proposed or postponed item can be entered without a poll.`, { title: it.title, status: it.status });
  }
  requireNewId(b.decisions, c.decisionId, 'decisionId', 'decision');
  requireRegistrable(b, it);
  const slot = nextProtocolSlot(b);
  return [
    {
      type: 'DecisionRegistered',
      decision: decisionEvent(it, { id: c.decisionId, ...slot, date: dateOf(meta.now), mode: 'without-poll', visaById: by.id }),
      historical: false,
      at: meta.now,
    },
    ...pointConfirmed(b, it, meta, c.decisionId),
  ];
};
