import type { Instant, IsoDate } from './time.ts';

/**
 * How an error or a label names a date or an instant to a reader: "1 August 1934" and
 * "1 August 1934, 16:35", never the ISO stamp the record stores. English, because the
 * core's messages are; the web renders the same facts in the reader's language from the
 * error's `params`.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const dateInWords = (d: IsoDate): string => {
  const [y, m, day] = [d.slice(0, 4), Number(d.slice(5, 7)), Number(d.slice(8, 10))];
  return MONTHS[m - 1] ? `${day} ${MONTHS[m - 1]} ${y}` : d;
};

export const instantInWords = (t: Instant): string => (t.length > 10 ? `${dateInWords(t.slice(0, 10))}, ${t.slice(11, 16)}` : dateInWords(t));

/** A sitting by its date, the way a protocol names it. */
export const sittingInWords = (date: IsoDate): string => `the sitting of ${dateInWords(date)}`;

const STATUS_WORDS: Record<string, string> = {
  proposed: 'proposed',
  'on-agenda': 'on the agenda of a sitting',
  polling: 'out to a poll',
  adopted: 'adopted',
  rejected: 'rejected',
  postponed: 'postponed',
  withdrawn: 'withdrawn',
  registered: 'registered',
  scheduled: 'scheduled',
  open: 'in session',
  closed: 'closed',
  historical: 'a historical sitting',
};

/** An item's or a sitting's status as a sentence says it. */
export const statusInWords = (status: string): string => STATUS_WORDS[status] ?? status;

/** The first letter in capitals, for a phrase that opens a sentence. */
export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A message as the correspondence numbers it: "telegram Kaganovich № 12", or its kind alone when unnumbered. */
export const messageInWords = (m: { kind: string; number?: string; series?: string }, senderName?: string): string => {
  const series = m.series ?? senderName?.split(' ').pop();
  return m.number ? `${m.kind} ${series ? `${series} ` : ''}№ ${m.number}` : `the ${m.kind}`;
};
