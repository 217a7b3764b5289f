import type { BodyEvent } from './events.ts';
import type { Body } from './state.ts';

/**
 * What an event needs to exist already before it can be applied: `evolve` assumes it,
 * because `decide` made sure of it. Events from outside the engine (a backup) are
 * checked with this before they are folded. Returns what is wrong, or undefined.
 */
export const referenceProblem = (b: Body, e: BodyEvent): string | undefined => {
  const need = (rec: Record<string, unknown>, id: string | undefined, what: string) =>
    id !== undefined && Object.hasOwn(rec, id) ? undefined : `refers to unknown ${what} "${String(id)}"`;
  const fresh = (rec: Record<string, unknown>, id: string, what: string) => (Object.hasOwn(rec, id) ? `adds ${what} "${id}" a second time` : undefined);
  switch (e.type) {
    case 'BodyCreated':
      return 'creates the body a second time';
    case 'MemberAdmitted':
      return fresh(b.members, e.member.id, 'member');
    case 'RoleChanged':
    case 'MemberRetired':
      return need(b.members, e.memberId, 'member');
    case 'AbsenceRecorded':
      return need(b.members, e.absence.memberId, 'member') ?? fresh(b.absences, e.absence.id, 'absence');
    case 'MeetingScheduled':
      return fresh(b.meetings, e.meetingId, 'meeting');
    case 'HistoricalMeetingRecorded':
      return fresh(b.meetings, e.meeting.id, 'meeting');
    case 'MeetingOpened':
    case 'MeetingClosed':
      return need(b.meetings, e.meetingId, 'meeting');
    case 'ItemProposed':
      return fresh(b.items, e.item.id, 'item');
    case 'ItemPutToMeeting':
      return need(b.items, e.itemId, 'item') ?? need(b.meetings, e.meetingId, 'meeting');
    case 'PollCirculated':
    case 'VoteCast':
    case 'OpinionRecorded':
    case 'VotingClosed':
    case 'ItemModified':
    case 'ItemPostponed':
    case 'ItemWithdrawn':
      return need(b.items, e.itemId, 'item');
    case 'BallotRecorded':
    case 'ExtractSent':
      return need(b.decisions, e.decisionId, 'decision');
    case 'DecisionRegistered':
      return (
        fresh(b.decisions, e.decision.id, 'decision') ??
        (e.decision.itemId !== undefined && !e.historical ? need(b.items, e.decision.itemId, 'item') : undefined) ??
        (e.decision.amendsId !== undefined ? need(b.decisions, e.decision.amendsId, 'decision') : undefined) ??
        (e.decision.revokesId !== undefined ? need(b.decisions, e.decision.revokesId, 'decision') : undefined)
      );
    case 'MessageSent':
    case 'MessageRecorded':
      return fresh(b.messages, e.message.id, 'message') ?? need(b.members, e.message.fromId, 'member');
    case 'MessageDelivered':
    case 'MessageRead':
      return need(b.messages, e.messageId, 'message');
    case 'InterventionRecorded':
      return fresh(b.interventions, e.intervention.id, 'intervention') ?? need(b.members, e.intervention.memberId, 'member');
    case 'RecordCorrected':
      return undefined;
    case 'SettingsChanged':
    case 'ConvocationStarted':
    case 'RecordMetaSet':
    case 'SourceRegistered':
      return undefined;
    default: {
      const unknown: never = e;
      return `has an unknown type "${(unknown as { type: string }).type}"`;
    }
  }
};
