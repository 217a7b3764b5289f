import { type Body, type BodyEvent, canSteer } from '@politburo/core';
import type { AnyEvent, Latencies, ServerEvent } from '../bodies/server-events.ts';
import { clockView } from '../clock/body-clock.ts';
import type { ViewerInfo } from '../http/viewer.ts';
import { messageView } from '../views/message-view.ts';

export interface LiveMessage {
  type: string;
  event: unknown;
}

const itemHidden = (b: Body, v: ViewerInfo, id: string | undefined) => !v.seesRestricted && id !== undefined && b.items[id]?.restricted === true;
const decisionHidden = (b: Body, v: ViewerInfo, id: string | undefined) => !v.seesRestricted && id !== undefined && b.decisions[id]?.restricted === true;
const mailOf = (b: Body, v: ViewerInfo, messageId: string) => {
  const m = b.messages[messageId];
  if (!m || !v.member) return null;
  const mine = m.fromId === v.member.id || m.toIds.includes(v.member.id);
  return mine || (v.role !== 'anonymous' && canSteer(v.role)) ? m : null;
};

/**
 * What one viewer may see of one event, judged against the body's current state (a
 * restricted item stays restricted): null drops it. Mail travels only to its sender,
 * its recipients (on delivery) and the steering roles; ballots lose their vote while
 * results are hidden.
 */
export const filterForViewer = (b: Body, v: ViewerInfo, latencies: Latencies, e: AnyEvent, realMs: number): LiveMessage | null => {
  const se = e as ServerEvent;
  if (se.type === 'ServerClockSet') return { type: 'ClockChanged', event: { type: 'ClockChanged', clock: clockView(se.clock, realMs) } };
  if (se.type === 'ServerLatenciesSet') return { type: 'LatenciesChanged', event: se };
  if (se.type === 'ServerAccountCreated' || se.type === 'ServerBodyListed' || se.type === 'ServerSecretSet') return null;
  const ev = e as BodyEvent;
  const pass = { type: ev.type, event: ev };
  switch (ev.type) {
    case 'ItemProposed':
      return ev.item.restricted && !v.seesRestricted ? null : pass;
    case 'ItemPutToMeeting':
    case 'PollCirculated':
    case 'VotingClosed':
    case 'ItemModified':
    case 'ItemPostponed':
    case 'ItemWithdrawn':
      return itemHidden(b, v, ev.itemId) ? null : pass;
    case 'VoteCast':
    case 'OpinionRecorded': {
      if (itemHidden(b, v, ev.itemId)) return null;
      const it = b.items[ev.itemId];
      const hide = b.settings.hideResultsUntilClosed && it?.status === 'polling' && v.role !== 'secretariat';
      if (!hide) return pass;
      const { vote: _, ...ballot } = ev.ballot;
      return { type: ev.type, event: { ...ev, ballot } };
    }
    case 'DecisionRegistered':
      return ev.decision.restricted && !v.seesRestricted ? null : pass;
    case 'BallotRecorded':
    case 'ExtractSent':
      return decisionHidden(b, v, ev.decisionId) ? null : pass;
    case 'InterventionRecorded':
      return itemHidden(b, v, ev.intervention.itemId) || decisionHidden(b, v, ev.intervention.decisionId) ? null : pass;
    case 'MessageSent': {
      const m = mailOf(b, v, ev.message.id);
      if (!m || !v.member || v.role === 'anonymous') return null;
      const isSender = m.fromId === v.member.id;
      // A recipient learns of a message when it is delivered, never when it leaves.
      if (!isSender && (m.toIds.includes(v.member.id) || !canSteer(v.role))) return null;
      return { type: ev.type, event: { ...ev, message: messageView(b, m, latencies, v) } };
    }
    case 'MessageRecorded':
    case 'MessageDelivered':
    case 'MessageRead': {
      const id = ev.type === 'MessageRecorded' ? ev.message.id : ev.messageId;
      const m = mailOf(b, v, id);
      if (!m) return null;
      return { type: ev.type, event: { type: ev.type, messageId: id, ...('at' in ev ? { at: ev.at } : {}), message: messageView(b, m, latencies, v) } };
    }
    case 'RecordCorrected': {
      // a correction carries the old and new value of the field: show it only to who may see the row
      const { table, id } = ev.correction.target;
      if (table === 'decisions') return decisionHidden(b, v, id) ? null : pass;
      if (table === 'correspondence') return mailOf(b, v, id) ? pass : null;
      if (table === 'interventions') {
        const iv = b.interventions[id];
        return !iv || itemHidden(b, v, iv.itemId) || decisionHidden(b, v, iv.decisionId) ? null : pass;
      }
      return pass;
    }
    case 'MeetingOpened':
    case 'MeetingScheduled':
    case 'MeetingClosed':
    case 'HistoricalMeetingRecorded':
    case 'BodyCreated':
    case 'SettingsChanged':
    case 'ConvocationStarted':
    case 'RecordMetaSet':
    case 'SourceRegistered':
    case 'MemberAdmitted':
    case 'RoleChanged':
    case 'MemberRetired':
    case 'AbsenceRecorded':
      return pass;
    default: {
      const unreachable: never = ev;
      return unreachable;
    }
  }
};
