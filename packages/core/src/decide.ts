import type { BodyCommand, CommandMeta } from './commands.ts';
import { enterWithoutPoll } from './decide-answers.ts';
import { deliverMessage, readMessage, recordIntervention, sendMessage } from './decide-correspondence.ts';
import { correctRecord, recordBallot, recordDecision, recordMeeting, recordMessage, registerSource, setRecordMeta } from './decide-history.ts';
import {
  castVote,
  circulatePoll,
  closeVoting,
  proposeItem,
  putItemToMeeting,
  recordOpinion,
  registerDecision,
  sendExtract,
} from './decide-items.ts';
import { closeMeeting, openMeeting, scheduleMeeting } from './decide-meetings.ts';
import { admitMember, changeRole, changeSettings, createBody, recordAbsence, retireMember, startConvocation } from './decide-membership.ts';
import { invalid } from './errors.ts';
import type { BodyEvent } from './events.ts';
import { activeBody } from './guards.ts';
import type { BodyState } from './state.ts';
import { isInstant } from './time.ts';

// The last time found well-formed: a run of commands at one moment checks it once.
let checkedNow: string | null = null;

/**
 * Decides a command against the current state: the events it produces, or a
 * DomainError. Pure: no clock, no randomness, no I/O; `meta` brings time and actor.
 */
export const decide = (command: BodyCommand, state: BodyState, meta: CommandMeta): BodyEvent[] => {
  if (meta.now !== checkedNow && !isInstant(meta.now)) throw invalid('BAD_TIME', `"${meta.now}" is not a time (YYYY-MM-DDTHH:MM).`, 'now');
  checkedNow = meta.now;
  if (command.type === 'CreateBody') return createBody(state, command, meta);
  const b = activeBody(state);
  switch (command.type) {
    // The commands a live body (and the simulator) issues most come first, then an import's.
    case 'CastVote':
      return castVote(b, command, meta);
    case 'RecordOpinion':
      return recordOpinion(b, command, meta);
    case 'ProposeItem':
      return proposeItem(b, command, meta);
    case 'RegisterDecision':
      return registerDecision(b, command, meta);
    case 'CloseVoting':
      return closeVoting(b, command, meta);
    case 'CirculatePoll':
      return circulatePoll(b, command, meta);
    case 'PutItemToMeeting':
      return putItemToMeeting(b, command, meta);
    case 'RecordDecision':
      return recordDecision(b, command, meta);
    case 'RecordBallot':
      return recordBallot(b, command, meta);
    case 'ChangeSettings':
      return changeSettings(b, command, meta);
    case 'StartConvocation':
      return startConvocation(b, command, meta);
    case 'SetRecordMeta':
      return setRecordMeta(b, command, meta);
    case 'RegisterSource':
      return registerSource(b, command, meta);
    case 'AdmitMember':
      return admitMember(b, command, meta);
    case 'ChangeRole':
      return changeRole(b, command, meta);
    case 'RetireMember':
      return retireMember(b, command, meta);
    case 'RecordAbsence':
      return recordAbsence(b, command, meta);
    case 'ScheduleMeeting':
      return scheduleMeeting(b, command, meta);
    case 'OpenMeeting':
      return openMeeting(b, command, meta);
    case 'CloseMeeting':
      return closeMeeting(b, command, meta);
    case 'EnterWithoutPoll':
      return enterWithoutPoll(b, command, meta);
    case 'SendExtract':
      return sendExtract(b, command, meta);
    case 'SendMessage':
      return sendMessage(b, command, meta);
    case 'DeliverMessage':
      return deliverMessage(b, command, meta);
    case 'ReadMessage':
      return readMessage(b, command, meta);
    case 'RecordIntervention':
      return recordIntervention(b, command, meta);
    case 'CorrectRecord':
      return correctRecord(b, command, meta);
    case 'RecordMeeting':
      return recordMeeting(b, command, meta);
    case 'RecordMessage':
      return recordMessage(b, command, meta);
    default: {
      const unreachable: never = command;
      throw invalid('UNKNOWN_COMMAND', `Unknown command ${(unreachable as { type: string }).type}.`, 'type');
    }
  }
};
