import { type Body, type Decision, sittingInWords, type Viewer } from '@politburo/core';
import { heardText, resolvedText } from '../export/decision-text.ts';
import { decisionView } from './decision-view.ts';

/**
 * One protocol point as a reader of the protocol reads it: what was heard, the wording resolved
 * (itself, not a pointer to it), the sitting by its date and who raised the question by name —
 * or nothing when the record does not say, rather than "not recorded". The web page and the PDF
 * both print from this.
 */
export const protocolPointView = (bodyId: string, b: Body, d: Decision, v: Viewer) => {
  const sitting = d.meetingId ? b.meetings[d.meetingId] : undefined;
  const raisedBy = d.initiatorId ? b.members[d.initiatorId]?.name : undefined;
  return {
    ...decisionView(bodyId, b, d, v),
    heard: heardText(b, d),
    resolved: resolvedText(b, d),
    ...(sitting ? { sitting: { id: sitting.id, date: sitting.date, label: sittingInWords(sitting.date) } } : {}),
    ...(raisedBy ? { raisedBy } : {}),
  };
};

/** Protocols in the order they were taken: by date, the number breaking ties (numbers restart with a convocation). */
export const byProtocolDate = (x: { no: number; date: string }, y: { no: number; date: string }): number => x.date.localeCompare(y.date) || x.no - y.no;
