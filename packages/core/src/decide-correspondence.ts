import type { CommandMeta, CommandOf } from './commands.ts';
import { hasAnswerFrom, hasInterventionOn, messagesConcerning } from './body-index.ts';
import { rowOf } from './rows.ts';
import { answerOnDecision, registeredDecisionOf, requireAnswerable } from './decide-answers.ts';
import { interventionIdFor, requireDecision, requireItem, requireNewItemId } from './decide-items.ts';
import { conflict, forbidden, illegal, invalid, notFound } from './errors.ts';
import type { BodyEvent } from './events.ts';
import { requireActor, requireMember, requireNewId, requireSystem, roleOn } from './guards.ts';
import { isFullMember, isOfBody } from './roles.ts';
import { dateOf } from './time.ts';
import type { Body, Message } from './state.ts';
import { isOneOf, MESSAGE_KINDS, OUTCOMES } from './vocabulary.ts';
import { capital, messageInWords } from './in-words.ts';


export const requireMessage = (b: Body, id: string, field = 'messageId'): Message => {
  const m = rowOf(b.messages, id);
  if (!m) throw notFound('UNKNOWN_MESSAGE', `No message with id "${id}".`, field);
  return m;
};

/** Delivered to `memberId` by `now`: the only mail anyone may read, answer or act on. */
export const deliveredTo = (m: Pick<Message, 'toIds' | 'receivedAt'>, memberId: string, now: string): boolean =>
  m.toIds.includes(memberId) && m.receivedAt !== undefined && m.receivedAt <= now;

export const sendMessage = (b: Body, c: CommandOf<'SendMessage'>, meta: CommandMeta): BodyEvent[] => {
  if (meta.actor.kind === 'member' && meta.actor.id !== c.fromId) {
    throw forbidden('NOT_SENDER', 'A member sends messages only in his own name.');
  }
  requireActor(b, meta, (r) => r !== 'observer', 'send messages');
  requireNewId(b.messages, c.messageId, 'messageId', 'message');
  if (!isOneOf(MESSAGE_KINDS, c.kind)) throw invalid('BAD_KIND', `"${c.kind}" is not a kind of message; use letter, telegram or telephone.`, 'kind');
  const from = requireMember(b, c.fromId, 'fromId');
  if (roleOn(from, dateOf(meta.now)) === 'observer') throw forbidden('NOT_ALLOWED', 'An observer only reads: he sends no messages.');
  if (c.toIds.length === 0) throw invalid('NO_RECIPIENTS', 'A message goes to at least one person.', 'toIds');
  c.toIds.forEach((id, i) => requireMember(b, id, `toIds[${i}]`));
  if (c.toIds.includes(from.id)) throw invalid('SELF_ADDRESSED', 'A message cannot be addressed to its sender.', 'toIds');
  const itemIds = c.itemIds ?? [];
  itemIds.forEach((id, i) => requireItem(b, id, `itemIds[${i}]`, meta));
  const decisionIds = c.decisionIds ?? [];
  decisionIds.forEach((id, i) => requireDecision(b, id, `decisionIds[${i}]`, meta));
  if (c.inReplyTo) {
    const answered = requireMessage(b, c.inReplyTo, 'inReplyTo');
    if (!deliveredTo(answered, from.id, meta.now)) {
      throw illegal('NOT_DELIVERED', `${capital(messageInWords(answered, b.members[answered.fromId]?.name))} has not reached ${from.name}: it cannot be answered yet.`, { name: from.name });
    }
  }
  const answers = c.answers ?? [];
  const role = roleOn(from, dateOf(meta.now));
  // Only a full member who was asked answers with an outcome (it can withdraw or amend);
  // only those who may propose raise points (they become items).
  if (answers.length > 0 && !(role && isFullMember(role))) {
    throw forbidden('NOT_ENTITLED_TO_ANSWER', `A ${role ?? 'retired member'} does not answer requests with an outcome: that is for the leader, the deputy and the members.`);
  }
  if ((c.points ?? []).length > 0 && !(role && isOfBody(role) && role !== 'observer')) {
    throw forbidden('NOT_ALLOWED', `A ${role ?? 'retired member'} may not raise points: a point becomes an item, and he may not propose one.`);
  }
  const answered = new Set<string>();
  for (const [i, a] of answers.entries()) {
    const it = requireItem(b, a.itemId, `answers[${i}].itemId`, meta);
    if (!isOneOf(OUTCOMES, a.outcome)) throw invalid('BAD_OUTCOME', `"${a.outcome}" is not an answer.`, `answers[${i}].outcome`);
    if (a.outcome === 'modified' && !a.text?.trim()) throw invalid('MODIFY_NEEDS_TEXT', 'A modification needs the new wording.', `answers[${i}].text`);
    requireAnswerable(b, it, a, `answers[${i}]`);
    if (answered.has(it.id)) throw invalid('DUPLICATE_ANSWER', `"${it.title}" is answered twice.`, `answers[${i}].itemId`);
    answered.add(it.id);
    const asked = messagesConcerning(b, it).some((m) => deliveredTo(m, from.id, meta.now));
    if (!asked) throw illegal('NOT_DELIVERED', `No delivered message has put "${it.title}" to ${from.name}: there is nothing to answer.`, { title: it.title, name: from.name });
    // An answer still on its way counts too: two answers would both become the same intervention.
    const pending = hasAnswerFrom(b, from.id, it.id);
    if (pending || b.interventions[interventionIdFor(it.id, from.id)]) {
      throw conflict('ALREADY_ANSWERED', `${from.name} has already answered on "${it.title}".`, `answers[${i}].itemId`, { name: from.name, title: it.title });
    }
  }
  const points = c.points ?? [];
  for (const [i, p] of points.entries()) {
    requireNewItemId(b, p.itemId, `points[${i}].itemId`);
    if (points.findIndex((q) => q.itemId === p.itemId) !== i) throw conflict('DUPLICATE_ID', `Point "${p.itemId}" is raised twice.`, `points[${i}].itemId`);
    if (!p.title.trim()) throw invalid('EMPTY_FIELD', 'A point needs a title.', `points[${i}].title`);
  }
  const series = from.id;
  const number = String((b.messageSeries[series] ?? 0) + 1);
  return [
    {
      type: 'MessageSent',
      message: {
        id: c.messageId,
        kind: c.kind,
        number,
        series,
        fromId: from.id,
        toIds: [...c.toIds],
        sentAt: meta.now,
        itemIds,
        decisionIds,
        ...(c.inReplyTo ? { inReplyTo: c.inReplyTo } : {}),
        summary: c.summary,
        answers,
        points,
        ...(c.synthetic !== undefined ? { synthetic: c.synthetic } : {}),
        ...(c.sourceId ? { sourceId: c.sourceId } : {}),
      },
      at: meta.now,
    },
  ];
};

/**
 * The channel delivers. What a message carries takes effect only now: the leader's
 * answers become interventions (and withdraw, postpone or reword an item still open,
 * or put an amending, revoking or reconsidering item before the body for a decision
 * already registered: decide-answers.ts), and the points he raised become items on
 * the body's table.
 */
export const deliverMessage = (b: Body, c: CommandOf<'DeliverMessage'>, meta: CommandMeta): BodyEvent[] => {
  requireSystem(meta, 'deliver messages');
  const m = requireMessage(b, c.messageId);
  if (m.receivedAt) throw conflict('ALREADY_DELIVERED', `Message "${m.id}" was delivered at ${m.receivedAt}.`);
  if (m.sentAt && meta.now < m.sentAt) throw illegal('DELIVERED_BEFORE_SENT', `Message "${m.id}" cannot arrive before it was sent (${m.sentAt}).`);
  const events: BodyEvent[] = [{ type: 'MessageDelivered', messageId: m.id, at: meta.now }];
  // The requests an answer travels with are those about its item that had reached its sender when he wrote it.
  for (const a of m.answers) {
    const it = b.items[a.itemId]!;
    const asking = messagesConcerning(b, it).filter((r) => deliveredTo(r, m.fromId, m.sentAt ?? meta.now)).map((r) => r.id);
    // Already coded (his own point, confirmed or rejected meanwhile): the record stands.
    if (!b.interventions[interventionIdFor(it.id, m.fromId)]) events.push({
      type: 'InterventionRecorded',
      intervention: {
        id: interventionIdFor(it.id, m.fromId),
        itemId: it.id,
        ...(it.decisionId ? { decisionId: it.decisionId } : { itemTitle: it.title }),
        memberId: m.fromId,
        origin: 'response',
        outcome: a.outcome,
        messageIds: [...asking, m.id],
        codedBy: 'politburo',
        basis: `answer "${a.outcome}" in message ${m.number ?? m.id}`,
        basisFact: { kind: 'answer', message: String(m.number ?? m.id) },
      },
      at: meta.now,
    });
    const registered = registeredDecisionOf(b, it);
    if (registered) {
      events.push(...answerOnDecision(b, registered, a, m, meta));
      continue;
    }
    const open = it.status === 'proposed' || it.status === 'on-agenda' || it.status === 'polling' || it.status === 'postponed';
    if (!open) continue;
    if (a.outcome === 'rejected') events.push({ type: 'ItemWithdrawn', itemId: it.id, byId: m.fromId, reason: `rejected in message ${m.id}`, rejectedIn: m.id, at: meta.now });
    else if (a.outcome === 'postponed') events.push({ type: 'ItemPostponed', itemId: it.id, byId: m.fromId, at: meta.now });
    else if (a.outcome === 'modified') events.push({ type: 'ItemModified', itemId: it.id, text: a.text ?? '', byId: m.fromId, at: meta.now });
  }
  for (const p of m.points) {
    events.push({
      type: 'ItemProposed',
      item: { id: p.itemId, title: p.title, restricted: p.restricted, initiatorId: m.fromId, raisedInMessageId: m.id },
      at: meta.now,
    });
  }
  return events;
};

export const readMessage = (b: Body, c: CommandOf<'ReadMessage'>, meta: CommandMeta): BodyEvent[] => {
  if (meta.actor.kind === 'member' && meta.actor.id !== c.memberId) throw forbidden('NOT_RECIPIENT', 'Members read only their own mail.');
  const m = requireMessage(b, c.messageId);
  const reader = requireMember(b, c.memberId, 'memberId');
  if (!m.toIds.includes(reader.id)) throw forbidden('NOT_RECIPIENT', `${reader.name} is not a recipient of message "${m.id}".`);
  if (!deliveredTo(m, reader.id, meta.now)) throw illegal('NOT_DELIVERED', `Message "${m.id}" has not been delivered yet.`);
  if (m.readBy.includes(reader.id)) return [];
  return [{ type: 'MessageRead', messageId: m.id, memberId: reader.id, at: meta.now }];
};

export const recordIntervention = (b: Body, c: CommandOf<'RecordIntervention'>, meta: CommandMeta): BodyEvent[] => {
  requireActor(b, meta, (r) => r === 'secretariat' || r === 'deputy' || r === 'leader', 'code interventions');
  const member = requireMember(b, c.memberId, 'memberId');
  if (c.origin !== 'response' && c.origin !== 'initiative') throw invalid('BAD_ORIGIN', `"${c.origin}" is not an origin; use response or initiative.`, 'origin');
  if (!isOneOf(OUTCOMES, c.outcome)) throw invalid('BAD_OUTCOME', `"${c.outcome}" is not an outcome.`, 'outcome');
  if (!c.decisionId && !c.itemId && !c.itemTitle?.trim()) {
    throw invalid('NO_SUBJECT', 'An intervention concerns a decision, an item, or an item title.', 'decisionId');
  }
  if (c.decisionId) requireDecision(b, c.decisionId, 'decisionId', meta);
  if (c.itemId) requireItem(b, c.itemId, 'itemId', meta);
  (c.messageIds ?? []).forEach((id, i) => requireMessage(b, id, `messageIds[${i}]`));
  if (c.decisionId) {
    if (hasInterventionOn(b, c.decisionId, member.id)) throw conflict('DUPLICATE_INTERVENTION', `${member.name} already has an intervention on decision "${c.decisionId}".`, 'decisionId');
  }
  requireNewId(b.interventions, c.interventionId, 'interventionId', 'intervention');
  return [
    {
      type: 'InterventionRecorded',
      intervention: {
        id: c.interventionId,
        memberId: member.id,
        origin: c.origin,
        outcome: c.outcome,
        messageIds: c.messageIds ?? [],
        ...(c.decisionId ? { decisionId: c.decisionId } : {}),
        ...(c.itemId ? { itemId: c.itemId } : {}),
        ...(c.itemTitle ? { itemTitle: c.itemTitle } : {}),
        ...(c.codedBy ? { codedBy: c.codedBy } : {}),
        ...(c.basis ? { basis: c.basis } : {}),
        ...(c.sourceId ? { sourceId: c.sourceId } : {}),
        ...(c.synthetic !== undefined ? { synthetic: c.synthetic } : {}),
        ...(c.extra?.length ? { extra: c.extra } : {}),
      },
      at: meta.now,
    },
  ];
};
