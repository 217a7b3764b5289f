import type { CommandMeta, CommandOf } from './commands.ts';
import { rowOf } from './rows.ts';
import { illegal, invalid, notFound } from './errors.ts';
import type { BodyEvent } from './events.ts';
import { isAbsentOn, requireDate, requireMember, requireNewId, requireSteering, roleOn } from './guards.ts';
import { isFullMember, isOfBody } from './roles.ts';
import type { Body, Meeting } from './state.ts';
import { dateOf } from './time.ts';
import { capital, dateInWords, sittingInWords, statusInWords } from './in-words.ts';

export const requireMeeting = (b: Body, id: string, field = 'meetingId'): Meeting => {
  const m = rowOf(b.meetings, id);
  if (!m) throw notFound('UNKNOWN_MEETING', `No meeting with id "${id}".`, field);
  return m;
};

export const scheduleMeeting = (b: Body, c: CommandOf<'ScheduleMeeting'>, meta: CommandMeta): BodyEvent[] => {
  requireSteering(b, meta, 'schedule meetings');
  requireNewId(b.meetings, c.meetingId, 'meetingId', 'meeting');
  requireDate(c.date, 'date');
  if (c.date < dateOf(meta.now)) throw invalid('DATE_IN_PAST', `A meeting cannot be scheduled in the past (${c.date}).`, 'date');
  return [{ type: 'MeetingScheduled', meetingId: c.meetingId, date: c.date, at: meta.now }];
};

/**
 * The chair is the leader if he is present, else the deputy if present, else a full
 * member who is present. Absent members cannot attend: they are reached by mail only.
 */
export const openMeeting = (b: Body, c: CommandOf<'OpenMeeting'>, meta: CommandMeta): BodyEvent[] => {
  requireSteering(b, meta, 'open meetings');
  const m = requireMeeting(b, c.meetingId);
  if (m.status !== 'scheduled') throw illegal('MEETING_NOT_SCHEDULED', `${capital(sittingInWords(m.date))} is ${statusInWords(m.status)}, not scheduled.`, { date: m.date, status: m.status });
  const today = dateOf(meta.now);
  if (today !== m.date) throw illegal('MEETING_NOT_TODAY', `The sitting is scheduled for ${dateInWords(m.date)}; today is ${dateInWords(today)} on the body clock.`, { date: m.date, today });
  const attendees = [...new Set(c.attendees)];
  if (attendees.length !== c.attendees.length) throw invalid('DUPLICATE_ATTENDEE', 'An attendee is listed twice.', 'attendees');
  for (const [i, id] of attendees.entries()) {
    const member = requireMember(b, id, `attendees[${i}]`);
    const role = roleOn(member, today);
    if (!role || !isOfBody(role)) throw invalid('NOT_OF_BODY', `${member.name} does not belong to the body on ${today}.`, `attendees[${i}]`);
    if (isAbsentOn(b, id, today)) throw illegal('MEMBER_ABSENT', `${member.name} is away on ${dateInWords(today)} and cannot attend.`, { name: member.name, today });
  }
  if (!attendees.includes(c.chairId)) throw invalid('CHAIR_NOT_PRESENT', 'The chair must be among those present.', 'chairId');
  const present = attendees.map((id) => ({ id, role: roleOn(b.members[id]!, today) }));
  const leader = present.find((p) => p.role === 'leader');
  const deputy = present.find((p) => p.role === 'deputy');
  const expected = leader ?? deputy;
  if (expected && c.chairId !== expected.id) {
    throw invalid('WRONG_CHAIR', `${b.members[expected.id]!.name} (${expected.role}) is present and must chair.`, 'chairId');
  }
  const chairRole = present.find((p) => p.id === c.chairId)?.role;
  if (!chairRole || !isFullMember(chairRole)) throw invalid('WRONG_CHAIR', 'The chair must be a full member.', 'chairId');
  return [{ type: 'MeetingOpened', meetingId: m.id, chairId: c.chairId, attendees, at: meta.now }];
};

/** Closing a meeting closes its protocol: the open one, or an empty one with the next number. */
export const closeMeeting = (b: Body, c: CommandOf<'CloseMeeting'>, meta: CommandMeta): BodyEvent[] => {
  requireSteering(b, meta, 'close meetings');
  const m = requireMeeting(b, c.meetingId);
  if (m.status !== 'open') throw illegal('MEETING_NOT_OPEN', `${capital(sittingInWords(m.date))} is not in session.`, { date: m.date });
  const protocolNo = b.protocols.open?.no ?? b.protocols.lastNo + 1;
  return [{ type: 'MeetingClosed', meetingId: m.id, protocolNo, at: meta.now }];
};
