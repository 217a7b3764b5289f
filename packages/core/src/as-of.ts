import type { BodyEvent } from './events.ts';
import type { Instant, IsoDate } from './time.ts';
import { dateOf } from './time.ts';

/**
 * A body's history as it stood at the end of a day: the events a copy "as of" that
 * date is made from. One rule, applied to events rather than to a folded state, so
 * that the copy is decided and folded like any other body and its protocol numbers
 * continue from the last protocol it kept (evolve numbers after historical decisions).
 *
 * - A fact dated after the cut is left out: a decision (by its date, and by its
 *   protocol's date — a poll recorded in a protocol dated past the cut was not yet on
 *   record), a sitting, a message (sent or received after it), an item, and any live
 *   step (vote, close, delivery, correction) whose time is past it.
 * - An event that refers to a fact left out is left out too (a ballot, an extract, an
 *   intervention, an amendment of a later decision): no lineage points past the cut.
 * - A message kept keeps its text, but its mentions of later decisions and items, and a
 *   reply-to of a later message, are struck: the letter was written, what came of it was not.
 * - A role span that ends after the cut is open as of the cut; one that starts after it,
 *   and a retirement after it, are left out (the copy does not know who leaves in December).
 * - Absences are kept whole: they are the calendar the replay runs in (the leader's
 *   holiday is the premise of a replay from 30 July), not a record of what was decided.
 */
export const eventsAsOf = (events: readonly BodyEvent[], asOf: IsoDate): BodyEvent[] => {
  const after = (t: Instant | IsoDate | undefined): boolean => t !== undefined && dateOf(t) > asOf;
  const gone = { items: new Set<string>(), decisions: new Set<string>(), meetings: new Set<string>(), messages: new Set<string>(), interventions: new Set<string>() };
  const out: BodyEvent[] = [];
  for (const e of events) {
    switch (e.type) {
      case 'BodyCreated':
      case 'SettingsChanged':
      case 'ConvocationStarted':
      case 'RecordMetaSet':
      case 'SourceRegistered':
      case 'MemberAdmitted':
      case 'AbsenceRecorded':
        out.push(e);
        break;
      case 'RoleChanged': {
        if (after(e.from)) break;
        if (after(e.to)) {
          const { to: _to, ...open } = e;
          out.push(open);
        } else out.push(e);
        break;
      }
      case 'MemberRetired':
        if (!after(e.on)) out.push(e);
        break;
      case 'MeetingScheduled':
        if (after(e.date) || after(e.at)) gone.meetings.add(e.meetingId);
        else out.push(e);
        break;
      case 'HistoricalMeetingRecorded':
        if (after(e.meeting.date)) gone.meetings.add(e.meeting.id);
        else out.push(e);
        break;
      case 'MeetingOpened':
      case 'MeetingClosed':
        if (!gone.meetings.has(e.meetingId) && !after(e.at)) out.push(e);
        break;
      case 'ItemProposed': {
        const it = e.item;
        const refsGone = [it.amendsId, it.revokesId, it.reconsidersId].some((id) => id !== undefined && gone.decisions.has(id));
        const msgGone = [it.raisedInMessageId, it.answerMessageId].some((id) => id !== undefined && gone.messages.has(id));
        if (after(e.at) || refsGone || msgGone) gone.items.add(it.id);
        else out.push(e);
        break;
      }
      case 'ItemPutToMeeting':
        if (gone.items.has(e.itemId) || gone.meetings.has(e.meetingId) || after(e.at)) break;
        out.push(e);
        break;
      case 'PollCirculated':
      case 'VotingClosed':
      case 'ItemModified':
      case 'ItemPostponed':
      case 'ItemWithdrawn':
        if (!gone.items.has(e.itemId) && !after(e.at)) out.push(e);
        break;
      case 'VoteCast':
      case 'OpinionRecorded':
        if (!gone.items.has(e.itemId) && !after(e.ballot.at)) out.push(e);
        break;
      case 'DecisionRegistered': {
        const d = e.decision;
        const refsGone =
          (d.itemId !== undefined && gone.items.has(d.itemId)) ||
          (d.meetingId !== undefined && gone.meetings.has(d.meetingId)) ||
          (d.amendsId !== undefined && gone.decisions.has(d.amendsId)) ||
          (d.revokesId !== undefined && gone.decisions.has(d.revokesId));
        if (after(d.date) || after(d.protocolDate) || after(e.at) || refsGone) gone.decisions.add(d.id);
        else out.push(e);
        break;
      }
      case 'BallotRecorded':
        if (!gone.decisions.has(e.decisionId) && !after(e.ballot.at)) out.push(e);
        break;
      case 'ExtractSent':
        if (!gone.decisions.has(e.decisionId) && !after(e.at)) out.push(e);
        break;
      case 'MessageSent':
      case 'MessageRecorded': {
        const m = e.message;
        const received = e.type === 'MessageRecorded' ? e.message.receivedAt : undefined;
        if (after(m.sentAt) || after(received) || (e.type === 'MessageSent' && after(e.at))) {
          gone.messages.add(m.id);
          break;
        }
        const struck = {
          ...m,
          itemIds: m.itemIds.filter((id) => !gone.items.has(id)),
          decisionIds: m.decisionIds.filter((id) => !gone.decisions.has(id)),
          answers: m.answers.filter((a) => !gone.items.has(a.itemId)),
          points: m.points.filter((p) => !gone.items.has(p.itemId)),
        };
        if (m.inReplyTo !== undefined && gone.messages.has(m.inReplyTo)) delete struck.inReplyTo;
        out.push({ ...e, message: struck } as BodyEvent);
        break;
      }
      case 'MessageDelivered':
      case 'MessageRead':
        if (!gone.messages.has(e.messageId) && !after(e.at)) out.push(e);
        break;
      case 'InterventionRecorded': {
        const iv = e.intervention;
        const refsGone =
          (iv.decisionId !== undefined && gone.decisions.has(iv.decisionId)) ||
          (iv.itemId !== undefined && gone.items.has(iv.itemId)) ||
          iv.messageIds.some((id) => gone.messages.has(id));
        if (refsGone) gone.interventions.add(iv.id);
        else out.push(e);
        break;
      }
      case 'RecordCorrected': {
        const { target, at } = e.correction;
        const set =
          target.table === 'interventions' ? gone.interventions : target.table === 'decisions' ? gone.decisions : target.table === 'meetings' ? gone.meetings : target.table === 'correspondence' ? gone.messages : undefined;
        if (!after(at) && !set?.has(target.id)) out.push(e);
        break;
      }
      default: {
        const unknown: never = e;
        out.push(unknown);
      }
    }
  }
  return out;
};
