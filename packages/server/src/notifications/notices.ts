import { type Body, type BodyEvent, decisionLabel, eventAsSeenBy, maySee, maySeeMessage, type Viewer } from '@politburo/core';
import { messageLabel } from '../export/decision-text.ts';
import { formatDate, type Lang, translator } from '../export/lang.ts';

/** One thing an account is told of: a line for a digest, or the subject and text of a mail of its own. */
export interface Notice {
  /** Same key, same notice: a digest lists it once. */
  key: string;
  subject: string;
  text: string;
}

export type NoticeKind = 'pollOpened' | 'deadlineSoon' | 'messageDelivered' | 'decisionRegistered';

/**
 * What a committed event tells one viewer, in his language, or nothing. The core decides
 * what he may see (`eventAsSeenBy`, then `maySee` on the row the notice names): a poll or
 * decision of the special folder is never told outside it, and mail only to a recipient
 * once it has reached him.
 */
export const noticeOf = (b: Body, v: Viewer, e: BodyEvent, lang: Lang): Notice | null => {
  if (v.role === 'anonymous' || v.memberId === null || eventAsSeenBy(b, v, e) === null) return null;
  const t = translator(lang);
  switch (e.type) {
    case 'PollCirculated': {
      const it = b.items[e.itemId];
      if (!it || !maySee(b, v, { table: 'items', id: it.id })) return null;
      return { key: `poll/${it.id}`, subject: t('mail.subject.pollOpened', { title: it.title }), text: t('mail.pollOpened', { title: it.title, deadline: formatDate(lang, e.deadline) }) };
    }
    case 'MessageDelivered': {
      const m = b.messages[e.messageId];
      if (!m?.toIds.includes(v.memberId) || !maySeeMessage(v, m)) return null;
      const what = messageLabel(b, m, t, lang);
      return { key: `mail/${m.id}`, subject: t('mail.subject.messageDelivered', { what }), text: t('mail.messageDelivered', { what, from: b.members[m.fromId]?.name ?? m.fromId, summary: m.summary }) };
    }
    case 'DecisionRegistered': {
      const d = b.decisions[e.decision.id];
      if (!d || e.historical || !maySee(b, v, { table: 'decisions', id: d.id })) return null;
      const label = decisionLabel(d);
      return { key: `decision/${d.id}`, subject: t('mail.subject.decisionRegistered', { label, title: d.title }), text: t('mail.decisionRegistered', { label, title: d.title }) };
    }
    default:
      return null;
  }
};

/** A poll whose deadline has come within reach, told to whoever may see it. */
export const deadlineNotice = (b: Body, v: Viewer, itemId: string, lang: Lang): Notice | null => {
  const it = b.items[itemId];
  if (v.role === 'anonymous' || !it || it.status !== 'polling' || it.route?.mode !== 'poll' || !maySee(b, v, { table: 'items', id: it.id })) return null;
  const t = translator(lang);
  return { key: `soon/${it.id}`, subject: t('mail.subject.deadlineSoon', { title: it.title }), text: t('mail.deadlineSoon', { title: it.title, deadline: formatDate(lang, it.route.deadline) }) };
};
