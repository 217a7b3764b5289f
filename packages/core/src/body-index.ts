import type { BodyEvent } from './events.ts';
import { roleOn } from './guards.ts';
import { isFullMember } from './roles.ts';
import type { Body, Intervention, Member } from './state.ts';
import type { IsoDate } from './time.ts';

/**
 * Lookups that `decide` and `evolve` make on every command, derived from the body and
 * kept beside it (never in it: the state stays the plain record that folds from events,
 * and a clone of it simply builds its own index on first use). Without them, proposing
 * an item scanned every message, and registering a decision every intervention — work
 * that grows with the record, so a year of the simulator or a 10M-decision import went
 * quadratic. `evolve` is the only writer of a body, and it keeps the index in step
 * (`noteEvent`); an event the index does not follow cheaply drops it, to be rebuilt.
 */
interface BodyIndex {
  /** Item id → the first message that raised a point under that id. */
  pointItems: Map<string, string>;
  /** Item id → its interventions that do not yet name their decision. */
  awaitingDecision: Map<string, Intervention[]>;
  /** `decisionId member` for every intervention that names its decision: one per member and decision. */
  coded: Set<string>;
  /** The full members on one date (the last date asked for). */
  fullOn: { date: IsoDate; members: readonly Member[] } | null;
}

const indexes = new WeakMap<Body, BodyIndex>();

const codedKey = (decisionId: string, memberId: string): string => `${decisionId}\u0000${memberId}`;

const awaiting = (ix: BodyIndex, iv: Intervention): void => {
  if (iv.decisionId) ix.coded.add(codedKey(iv.decisionId, iv.memberId));
  if (iv.decisionId || iv.itemId === undefined) return;
  const list = ix.awaitingDecision.get(iv.itemId);
  if (list) list.push(iv);
  else ix.awaitingDecision.set(iv.itemId, [iv]);
};

const raised = (ix: BodyIndex, messageId: string, points: readonly { itemId: string }[]): void => {
  for (const p of points) if (!ix.pointItems.has(p.itemId)) ix.pointItems.set(p.itemId, messageId);
};

const build = (b: Body): BodyIndex => {
  const ix: BodyIndex = { pointItems: new Map(), awaitingDecision: new Map(), coded: new Set(), fullOn: null };
  for (const m of Object.values(b.messages)) raised(ix, m.id, m.points);
  for (const iv of Object.values(b.interventions)) awaiting(ix, iv);
  return ix;
};

const indexOf = (b: Body): BodyIndex => {
  let ix = indexes.get(b);
  if (!ix) {
    ix = build(b);
    indexes.set(b, ix);
  }
  return ix;
};

/** The message that raised a point under this item id, if any did. */
export const messageRaisingItem = (b: Body, itemId: string): string | undefined => indexOf(b).pointItems.get(itemId);

/** Whether the member already has an intervention that names this decision. */
export const hasInterventionOn = (b: Body, decisionId: string, memberId: string): boolean => indexOf(b).coded.has(codedKey(decisionId, memberId));

/** For `evolve`: the interventions on this item that did not yet name their decision now name it. */
export const settleAwaitingInterventions = (b: Body, itemId: string, decisionId: string): void => {
  const ix = indexOf(b);
  const list = ix.awaitingDecision.get(itemId);
  if (!list) return;
  ix.awaitingDecision.delete(itemId);
  for (const iv of list) {
    if (iv.decisionId) continue;
    iv.decisionId = decisionId;
    ix.coded.add(codedKey(decisionId, iv.memberId));
  }
};

/** Members whose role on `date` is a full member's, in the body's order. Read only: it is shared. */
export const fullMembersOnCached = (b: Body, date: IsoDate): readonly Member[] => {
  const ix = indexOf(b);
  if (ix.fullOn?.date === date) return ix.fullOn.members;
  const members = Object.values(b.members).filter((m) => {
    const r = roleOn(m, date);
    return r !== undefined && isFullMember(r);
  });
  ix.fullOn = { date, members };
  return members;
};

/** Called by `evolve` after it has applied an event to `b`. */
export const noteEvent = (b: Body, e: BodyEvent): void => {
  const ix = indexes.get(b);
  if (!ix) return;
  switch (e.type) {
    case 'MessageSent':
    case 'MessageRecorded':
      raised(ix, e.message.id, e.message.points);
      return;
    case 'InterventionRecorded': {
      const iv = b.interventions[e.intervention.id];
      if (iv) awaiting(ix, iv);
      return;
    }
    case 'MemberAdmitted':
    case 'RoleChanged':
    case 'MemberRetired':
      ix.fullOn = null;
      return;
    case 'RecordCorrected':
      // A correction may change a member, a message or an intervention: start afresh.
      indexes.delete(b);
      return;
    default:
      return;
  }
};
