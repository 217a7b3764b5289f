import { type Body, type Decision, type Message, maySeeMessage, type Viewer } from '@politburo/core';
import { formatDate, type Lang, type Translate } from './lang.ts';

/** Who raised the question, by name; undefined when the record does not say (nothing is printed then). */
export const initiatorOf = (b: Body, d: Decision): string | undefined => (d.initiatorId ? (b.members[d.initiatorId]?.name ?? d.initiatorId) : undefined);

const nameOf = (b: Body, memberId: string): string => b.members[memberId]?.name ?? memberId;

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
        out.push({ byId: m.fromId, byName: nameOf(b, m.fromId), text: a.text, messageId: m.id, at: m.receivedAt });
      }
    }
  }
  return out.sort((x, y) => x.at.localeCompare(y.at)).map(({ at: _, ...rest }) => rest);
};

/** For a decision whose item a delivered answer of the leader put before the body: who answered, in which message. */
export const answerOriginOf = (b: Body, d: Decision): { byName: string; messageId: string } | undefined => {
  const it = d.itemId ? b.items[d.itemId] : undefined;
  const m = it?.answerMessageId ? b.messages[it.answerMessageId] : undefined;
  return m ? { byName: nameOf(b, m.fromId), messageId: m.id } : undefined;
};

/** What was heard: the question as put (the item's title), or for an archival row the recorded title. */
export const heardText = (b: Body, d: Decision): string => (d.itemId ? (b.items[d.itemId]?.title ?? d.title) : d.title);

/**
 * What was resolved: the decision's wording. The core composes it at registration from
 * the item's title and its text — the wording a `modified` answer put in — so it is the
 * title plus any modification text (an archival row has only its recorded title).
 */
export const resolvedText = (_b: Body, d: Decision): string => d.title;

/** A message as a reader names it: its kind, series and number, and its date ("telegram Stalin No. 3 of 1 August 1934"). */
export const messageLabel = (b: Body, m: Message, t: Translate, lang: Lang): string => {
  const date = formatDate(lang, (m.receivedAt ?? m.sentAt ?? '').slice(0, 10));
  const kind = t(`documents.kind.${m.kind}`);
  if (!m.number) return t('documents.message.unnumbered', { kind, date });
  return t('documents.message.numbered', { kind, series: m.series ?? nameOf(b, m.fromId).split(' ').at(-1) ?? '', number: m.number, date });
};

/** The message named for this viewer, or nothing when the mail is not his to read. */
export const messageFor = (b: Body, v: Viewer, messageId: string, t: Translate, lang: Lang): string => {
  const m = b.messages[messageId];
  return m && maySeeMessage(v, m) ? t('documents.pdf.inMessage', { message: messageLabel(b, m, t, lang) }) : '';
};

/** How the decision was taken, naming the sitting by its date and the visa's giver by name. */
export const modeLabel = (b: Body, d: Decision, t: Translate, lang: Lang): string => {
  if (d.mode === 'poll') return t('documents.pdf.modePoll');
  if (d.mode === 'without-poll') return d.visaById ? t('documents.pdf.modeWithoutPoll', { name: nameOf(b, d.visaById) }) : t('documents.pdf.modeWithoutPollUnknown');
  const sitting = d.meetingId ? b.meetings[d.meetingId] : undefined;
  return sitting ? t('documents.pdf.modeSitting', { date: formatDate(lang, sitting.date) }) : t('documents.pdf.modeSittingUnknown');
};

/** An archival row's source as a reader cites it: author, title, locator, and its id in the record. */
export const sourceLabel = (b: Body, sourceId: string): string => {
  const s = b.sources[sourceId];
  if (!s) return sourceId;
  return `${[s.author, s.title, s.locator].filter((x) => x && x.length > 0).join(', ')} [${s.id}]`;
};
