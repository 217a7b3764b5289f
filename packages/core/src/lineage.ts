import { type AnswerItemKind, decisionLabel } from './decide-answers.ts';
import type { Body, Decision, Item, ItemAnswer, ItemStatus, Message } from './state.ts';

/**
 * How a decision reads now: what it said when registered, what it says after the
 * amendments registered since, and whether it is still in force. One derivation for
 * every view (register, item page, protocol, drill-down), so they cannot disagree.
 */

export interface DecisionRef {
  id: string;
  /** protocol/item, e.g. 47/2 */
  label: string;
}

export interface Lineage {
  decisionId: string;
  label: string;
  /** The wording as registered. */
  original: string;
  /** The wording in force: the latest registered amendment's (followed down its own amendments), else the original. */
  current: string;
  /** The amendment whose wording is current; absent when the original stands. */
  currentFrom?: DecisionRef;
  amends?: DecisionRef;
  revokes?: DecisionRef;
  amendedBy: DecisionRef[];
  revokedBy?: DecisionRef;
  inForce: boolean;
  /** Items before the body that would amend, revoke or reconsider this decision. */
  pending: Array<{ itemId: string; kind: AnswerItemKind; status: ItemStatus }>;
}

const ref = (b: Body, id: string): DecisionRef => {
  const d = b.decisions[id];
  return { id, label: d ? decisionLabel(d) : id };
};

/** A decision's own wording: the text of the item it came from, else its title (archival decisions have only a title). */
export const wordingOf = (b: Body, d: Decision): string => (d.itemId ? b.items[d.itemId]?.text : undefined) ?? d.title;

const OPEN: readonly ItemStatus[] = ['proposed', 'on-agenda', 'polling', 'postponed', 'adopted'];

export const kindOfItem = (it: Pick<Item, 'amendsId' | 'revokesId' | 'reconsidersId'>): AnswerItemKind | undefined =>
  it.amendsId ? 'amend' : it.revokesId ? 'revoke' : it.reconsidersId ? 'reconsider' : undefined;

const targetOf = (it: Item): string | undefined => it.amendsId ?? it.revokesId ?? it.reconsidersId;

export const lineageOf = (b: Body, decisionId: string): Lineage | undefined => {
  const d = b.decisions[decisionId];
  if (!d) return undefined;
  let current = d;
  const seen = new Set<string>([d.id]);
  for (let next = current.amendedBy.at(-1); next && !seen.has(next) && b.decisions[next]; next = current.amendedBy.at(-1)) {
    seen.add(next);
    current = b.decisions[next]!;
  }
  const pending = Object.values(b.items)
    .filter((it) => targetOf(it) === d.id && OPEN.includes(it.status))
    .map((it) => ({ itemId: it.id, kind: kindOfItem(it)!, status: it.status }));
  return {
    decisionId: d.id,
    label: decisionLabel(d),
    original: wordingOf(b, d),
    current: wordingOf(b, current),
    ...(current !== d ? { currentFrom: ref(b, current.id) } : {}),
    ...(d.amendsId ? { amends: ref(b, d.amendsId) } : {}),
    ...(d.revokesId ? { revokes: ref(b, d.revokesId) } : {}),
    amendedBy: d.amendedBy.map((id) => ref(b, id)),
    ...(d.revokedBy ? { revokedBy: ref(b, d.revokedBy) } : {}),
    inForce: !d.revokedBy,
    pending,
  };
};

export interface PendingAnswerItem {
  item: Item;
  kind: AnswerItemKind;
  decisionId: string;
  decisionLabel: string;
  /** The message that carried the answer, and the answer itself (the leader's wording or note). */
  message: Pick<Message, 'id' | 'kind' | 'number' | 'fromId' | 'sentAt' | 'receivedAt' | 'summary'>;
  answer?: ItemAnswer;
}

/** The work a delivered answer left the body: amending, revoking and reconsidering items not yet decided, oldest first. */
export const pendingAnswerItems = (b: Body): PendingAnswerItem[] => {
  const out: PendingAnswerItem[] = [];
  for (const it of Object.values(b.items)) {
    const kind = kindOfItem(it);
    const target = targetOf(it);
    const m = it.answerMessageId ? b.messages[it.answerMessageId] : undefined;
    if (!kind || !target || !m || !OPEN.includes(it.status)) continue;
    const d = b.decisions[target];
    const answer = m.answers.find((a) => d?.itemId !== undefined && a.itemId === d.itemId);
    out.push({
      item: it,
      kind,
      decisionId: target,
      decisionLabel: d ? decisionLabel(d) : target,
      message: { id: m.id, kind: m.kind, fromId: m.fromId, summary: m.summary, ...(m.number ? { number: m.number } : {}), ...(m.sentAt ? { sentAt: m.sentAt } : {}), ...(m.receivedAt ? { receivedAt: m.receivedAt } : {}) },
      ...(answer ? { answer } : {}),
    });
  }
  return out.sort((a, b) => (a.item.proposedAt ?? '').localeCompare(b.item.proposedAt ?? '') || a.item.id.localeCompare(b.item.id));
};
