import type { Body, Decision } from '@politburo/core';

/** Who raised the question, by name (or "not recorded"). */
export const initiatorOf = (b: Body, d: Decision): string => (d.initiatorId ? (b.members[d.initiatorId]?.name ?? d.initiatorId) : 'not recorded');

/**
 * The wording an answer asked for (`modified` with a text) on the decision's item, in
 * the order the answers were delivered, with who asked for it.
 */
export const modificationsOf = (b: Body, d: Decision): Array<{ byId: string; byName: string; text: string; messageId: string }> => {
  if (!d.itemId) return [];
  const out: Array<{ byId: string; byName: string; text: string; messageId: string; at: string }> = [];
  for (const m of Object.values(b.messages)) {
    if (!m.receivedAt) continue;
    for (const a of m.answers) {
      // An answer that came once the decision stood made an amending item instead: the amendment, not this decision, carries it.
      const madeAmendment = Object.values(b.items).some((it) => it.answerMessageId === m.id && it.amendsId === d.id);
      if (a.itemId === d.itemId && a.outcome === 'modified' && a.text && !madeAmendment) {
        out.push({ byId: m.fromId, byName: b.members[m.fromId]?.name ?? m.fromId, text: a.text, messageId: m.id, at: m.receivedAt });
      }
    }
  }
  return out.sort((x, y) => x.at.localeCompare(y.at)).map(({ at: _, ...rest }) => rest);
};

/** For a decision whose item a delivered answer of the leader put before the body: who answered, in which message. */
export const answerOriginOf = (b: Body, d: Decision): { byName: string; messageId: string } | undefined => {
  const it = d.itemId ? b.items[d.itemId] : undefined;
  const m = it?.answerMessageId ? b.messages[it.answerMessageId] : undefined;
  return m ? { byName: b.members[m.fromId]?.name ?? m.fromId, messageId: m.id } : undefined;
};

/** What was heard: the question as put (the item's title), or for an archival row the recorded title. */
export const heardText = (b: Body, d: Decision): string => (d.itemId ? (b.items[d.itemId]?.title ?? d.title) : d.title);

/**
 * What was resolved: the decision's wording. The core composes it at registration from
 * the item's title and its text — the wording a `modified` answer put in — so it is the
 * title plus any modification text (an archival row has only its recorded title).
 */
export const resolvedText = (_b: Body, d: Decision): string => d.title;

export const modeLabel = (d: Decision, b?: Body): string =>
  d.mode === 'poll'
    ? 'by poll (written vote)'
    : d.mode === 'without-poll'
      ? `without a poll, on the visa of ${d.visaById ? (b?.members[d.visaById]?.name ?? d.visaById) : 'an unrecorded member'}`
      : `at the sitting${d.meetingId ? ` (meeting ${d.meetingId})` : ''}`;
