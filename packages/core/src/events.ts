import type { Role } from './roles.ts';
import type { Provenance } from './provenance.ts';
import type { BodySettings } from './settings.ts';
import type {
  Absence,
  Ballot,
  Correction,
  Decision,
  Intervention,
  Item,
  Meeting,
  Member,
  Message,
  Source,
} from './state.ts';
import type { Instant, IsoDate } from './time.ts';

/**
 * Everything that can happen to a body, in the past tense. Events are facts: the
 * store appends them, `evolve` folds them into state, read models and analytics
 * project them. Historical imports produce the same events as the live workflow
 * where the fact is the same (a decision is registered either way); only facts
 * with no live counterpart (a meeting known from its protocol alone) have their own.
 */
export type BodyEvent =
  | { type: 'BodyCreated'; bodyId: string; name: string; settings: BodySettings; convocation: string; at: Instant }
  | { type: 'SettingsChanged'; settings: BodySettings; at: Instant }
  | { type: 'ConvocationStarted'; convocation: string; at: Instant }
  | { type: 'RecordMetaSet'; meta: Record<string, unknown> }
  | { type: 'SourceRegistered'; source: Source }
  | { type: 'MemberAdmitted'; member: Omit<Member, 'roles' | 'retiredOn'> & { from?: IsoDate }; at: Instant }
  | ({ type: 'RoleChanged'; memberId: string; role: Role; from: IsoDate; to?: IsoDate; at: Instant } & Provenance)
  | { type: 'MemberRetired'; memberId: string; on: IsoDate; at: Instant }
  | { type: 'AbsenceRecorded'; absence: Absence; at: Instant }
  | { type: 'MeetingScheduled'; meetingId: string; date: IsoDate; at: Instant }
  | { type: 'MeetingOpened'; meetingId: string; chairId: string; attendees: string[]; at: Instant }
  | { type: 'MeetingClosed'; meetingId: string; protocolNo: number; at: Instant }
  | { type: 'HistoricalMeetingRecorded'; meeting: Omit<Meeting, 'status' | 'agenda'>; status?: 'scheduled' | 'cancelled' }
  | { type: 'ItemProposed'; item: Omit<Item, 'status' | 'votes' | 'opinions' | 'route' | 'result' | 'decisionId'>; at: Instant }
  | { type: 'ItemPutToMeeting'; itemId: string; meetingId: string; at: Instant }
  | { type: 'PollCirculated'; itemId: string; deadline: Instant; at: Instant }
  | { type: 'VoteCast'; itemId: string; ballot: Ballot }
  | { type: 'OpinionRecorded'; itemId: string; ballot: Ballot }
  | {
      type: 'VotingClosed';
      itemId: string;
      adopted: boolean;
      for: number;
      against: number;
      abstain: number;
      participants: number;
      fullMembers: number;
      at: Instant;
    }
  | { type: 'ItemModified'; itemId: string; text: string; byId: string; at: Instant }
  | { type: 'ItemPostponed'; itemId: string; byId: string; at: Instant }
  /** `rejectedIn`: the message whose answer withdrew it, the fact each language words (`reason` keeps the English for older readers). */
  | { type: 'ItemWithdrawn'; itemId: string; byId: string; reason: string; rejectedIn?: string; at: Instant }
  | { type: 'DecisionRegistered'; decision: Omit<Decision, 'amendedBy' | 'revokedBy' | 'extracts'>; historical: boolean; at: Instant }
  | { type: 'BallotRecorded'; decisionId: string; ballot: Omit<Ballot, 'at'> & { at?: Instant } }
  | { type: 'ExtractSent'; decisionId: string; recipients: string[]; byId?: string; at: Instant }
  | { type: 'MessageSent'; message: Omit<Message, 'readBy' | 'receivedAt'>; at: Instant }
  | { type: 'MessageRecorded'; message: Omit<Message, 'readBy'> }
  | { type: 'MessageDelivered'; messageId: string; at: Instant }
  | { type: 'MessageRead'; messageId: string; memberId: string; at: Instant }
  | { type: 'InterventionRecorded'; intervention: Intervention; at: Instant }
  | { type: 'RecordCorrected'; correction: Correction };

export type BodyEventType = BodyEvent['type'];
export type EventOf<T extends BodyEventType> = Extract<BodyEvent, { type: T }>;
