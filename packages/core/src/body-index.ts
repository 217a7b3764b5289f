import type { BodyEvent } from './events.ts';
import { roleOn } from './guards.ts';
import { isFullMember } from './roles.ts';
import type { Body, Intervention, Item, Member, Message } from './state.ts';
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
  /** What live correspondence asks of the mail; built on first use, so an import of archival letters never holds it. */
  mail: MailIndex | null;
}

interface MailIndex {
  /** Item id → the messages whose `itemIds` name it, in the order they entered. */
  byItem: Map<string, Message[]>;
  /** Decision id → the messages whose `decisionIds` name it, in the order they entered. */
  byDecision: Map<string, Message[]>;
  /** `fromId itemId` for every answer a message carries. */
  answers: Set<string>;
  /**
   * Whether a message id is an integer-like key, which the body's table lists before the
   * others whatever the order they entered in: the lists above are then not in table order.
   */
  integerKeys: boolean;
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

const pushTo = (map: Map<string, Message[]>, key: string, m: Message): void => {
  const list = map.get(key);
  if (list) list.push(m);
  else map.set(key, [m]);
};

/** The same test as the engine's table keys: a canonical array index. */
const INTEGER_KEY = /^(0|[1-9][0-9]{0,9})$/;
const isIntegerKey = (id: string): boolean => INTEGER_KEY.test(id) && Number(id) < 4294967295;

/** A message entered the mail (`m` is its row in the body, which later events update in place). */
const posted = (mail: MailIndex, m: Message): void => {
  // Each message once per key, as a scan of the table would find it once.
  m.itemIds.forEach((id, i) => m.itemIds.indexOf(id) === i && pushTo(mail.byItem, id, m));
  m.decisionIds.forEach((id, i) => m.decisionIds.indexOf(id) === i && pushTo(mail.byDecision, id, m));
  for (const a of m.answers) mail.answers.add(codedKey(m.fromId, a.itemId));
  if (isIntegerKey(m.id)) mail.integerKeys = true;
};

/** A message entered the table. */
const entered = (ix: BodyIndex, m: Message): void => {
  for (const p of m.points) if (!ix.pointItems.has(p.itemId)) ix.pointItems.set(p.itemId, m.id);
  if (ix.mail) posted(ix.mail, m);
};

const mailOf = (b: Body): MailIndex => {
  const ix = indexOf(b);
  if (!ix.mail) {
    const mail: MailIndex = { byItem: new Map(), byDecision: new Map(), answers: new Set(), integerKeys: false };
    for (const m of Object.values(b.messages)) posted(mail, m);
    ix.mail = mail;
  }
  return ix.mail;
};

const build = (b: Body): BodyIndex => {
  const ix: BodyIndex = { pointItems: new Map(), awaitingDecision: new Map(), coded: new Set(), fullOn: null, mail: null };
  for (const m of Object.values(b.messages)) entered(ix, m);
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

/** Whether a message concerns the item: names it, or names the decision it became. */
export const concerns = (m: Pick<Message, 'itemIds' | 'decisionIds'>, it: Pick<Item, 'id' | 'decisionId'>): boolean =>
  m.itemIds.includes(it.id) || (it.decisionId !== undefined && m.decisionIds.includes(it.decisionId));

const NONE: readonly Message[] = [];

/** The messages that concern the item, in the body's table order: what a scan of every message for `concerns` finds. */
export const messagesConcerning = (b: Body, it: Pick<Item, 'id' | 'decisionId'>): readonly Message[] => {
  const mail = mailOf(b);
  const named = mail.byItem.get(it.id) ?? NONE;
  const viaDecision = it.decisionId === undefined ? NONE : (mail.byDecision.get(it.decisionId) ?? NONE);
  // Both lists, or integer-like ids: the table's own order has to be read off the table.
  if (mail.integerKeys || (named.length > 0 && viaDecision.length > 0)) return Object.values(b.messages).filter((m) => concerns(m, it));
  return named.length > 0 ? named : viaDecision;
};

/** Whether a message from `fromId` answers on the item (delivered or still on its way). */
export const hasAnswerFrom = (b: Body, fromId: string, itemId: string): boolean => mailOf(b).answers.has(codedKey(fromId, itemId));

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
  // The type first: most events (votes above all) touch nothing the index keeps.
  switch (e.type) {
    case 'MessageSent':
    case 'MessageRecorded': {
      const ix = indexes.get(b);
      const m = b.messages[e.message.id];
      if (ix && m) entered(ix, m);
      return;
    }
    case 'InterventionRecorded': {
      const ix = indexes.get(b);
      const iv = b.interventions[e.intervention.id];
      if (ix && iv) awaiting(ix, iv);
      return;
    }
    case 'MemberAdmitted':
    case 'RoleChanged':
    case 'MemberRetired': {
      const ix = indexes.get(b);
      if (ix) ix.fullOn = null;
      return;
    }
    case 'RecordCorrected':
      // A correction may change a member, a message or an intervention: start afresh.
      indexes.delete(b);
      return;
    default:
      return;
  }
};
