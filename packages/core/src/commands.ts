import type { Provenance } from './provenance.ts';
import type { Role } from './roles.ts';
import type { BodySettings } from './settings.ts';
import type { DatePrecision, DecisionMode, ItemAnswer, MeetingRecordStatus, MessageKind, Origin, Outcome, RaisedPoint, Source, Vote } from './state.ts';
import type { Instant, IsoDate } from './time.ts';
import type { CorrectableTable } from './vocabulary.ts';

/**
 * Who asks, and when. The clock and the identity live outside the core: the server
 * takes them from the session and its clock, the simulator from its seeded calendar,
 * the importer speaks as `system`.
 */
export type Actor = { kind: 'member'; id: string } | { kind: 'system' };
export interface CommandMeta {
  now: Instant;
  actor: Actor;
}

/** Commands are imperative; ids arrive with them, the core never invents one. */
export type BodyCommand =
  | { type: 'CreateBody'; bodyId: string; name: string; settings?: Partial<BodySettings>; convocation?: string }
  | { type: 'ChangeSettings'; settings: Partial<BodySettings> }
  | { type: 'StartConvocation'; convocation: string }
  | { type: 'SetRecordMeta'; meta: Record<string, unknown> }
  | { type: 'RegisterSource'; source: Source }
  | ({ type: 'AdmitMember'; memberId: string; name: string; nameRu?: string; role: Role; from?: IsoDate } & Provenance)
  | ({ type: 'ChangeRole'; memberId: string; role: Role; from: IsoDate; to?: IsoDate } & Provenance)
  | { type: 'RetireMember'; memberId: string; on: IsoDate }
  | ({ type: 'RecordAbsence'; absenceId: string; memberId: string; from: IsoDate; to: IsoDate; location: string } & Provenance)
  | { type: 'ScheduleMeeting'; meetingId: string; date: IsoDate }
  | { type: 'OpenMeeting'; meetingId: string; chairId: string; attendees: string[] }
  | { type: 'CloseMeeting'; meetingId: string }
  | ({
      type: 'ProposeItem';
      itemId: string;
      title: string;
      text?: string;
      initiatorId?: string;
      restricted?: boolean;
      importance?: number;
      amendsId?: string;
      revokesId?: string;
    } & Provenance)
  | { type: 'PutItemToMeeting'; itemId: string; meetingId: string }
  | { type: 'CirculatePoll'; itemId: string; deadline: Instant }
  | { type: 'CastVote'; itemId: string; memberId: string; vote: Vote; viaMessageId?: string }
  | { type: 'RecordOpinion'; itemId: string; memberId: string; vote: Vote; viaMessageId?: string }
  | { type: 'CloseVoting'; itemId: string }
  | { type: 'RegisterDecision'; itemId: string; decisionId: string }
  /** "Без опроса": the presiding member enters an open item as a decision on his visa alone. */
  | { type: 'EnterWithoutPoll'; itemId: string; decisionId: string }
  | { type: 'SendExtract'; decisionId: string; recipients: string[] }
  | ({
      type: 'SendMessage';
      messageId: string;
      kind: MessageKind;
      fromId: string;
      toIds: string[];
      itemIds?: string[];
      decisionIds?: string[];
      inReplyTo?: string;
      summary: string;
      answers?: ItemAnswer[];
      points?: RaisedPoint[];
    } & Provenance)
  | { type: 'DeliverMessage'; messageId: string }
  | { type: 'ReadMessage'; messageId: string; memberId: string }
  | ({
      type: 'RecordIntervention';
      interventionId: string;
      decisionId?: string;
      itemId?: string;
      itemTitle?: string;
      memberId: string;
      origin: Origin;
      outcome: Outcome;
      messageIds?: string[];
      codedBy?: string;
      basis?: string;
    } & Provenance)
  | { type: 'CorrectRecord'; table: CorrectableTable; id: string; field: string; to: string; reason: string }
  // Historical records: facts known from archives, which need not obey a live body's workflow.
  | ({
      type: 'RecordMeeting';
      meetingId: string;
      date: IsoDate;
      chairId?: string;
      attendees: string[] | null;
      /** As the record states it; default held. */
      status?: MeetingRecordStatus;
    } & Provenance)
  | ({
      type: 'RecordDecision';
      decisionId: string;
      protocolNo: number;
      itemNo: number;
      date: IsoDate;
      mode: DecisionMode;
      meetingId?: string;
      title: string;
      restricted: boolean;
      initiatorId?: string;
      visaById?: string;
      itemLabel?: string;
      protocolDate?: IsoDate;
      amendsId?: string;
      revokesId?: string;
      datePrecision?: DatePrecision;
    } & Provenance)
  | ({
      type: 'RecordMessage';
      messageId: string;
      kind: MessageKind;
      number?: string;
      series?: string;
      fromId: string;
      toIds: string[];
      sentAt?: Instant;
      receivedAt?: Instant;
      decisionIds: string[];
      inReplyTo?: string;
      summary: string;
      archiveRef?: string;
    } & Provenance)
  | ({ type: 'RecordBallot'; decisionId: string; memberId: string; vote: Vote; at?: Instant } & Provenance);

export type BodyCommandType = BodyCommand['type'];
export type CommandOf<T extends BodyCommandType> = Extract<BodyCommand, { type: T }>;
