/**
 * Test fixture: a valid record built to given counts (the 1934 ones by default),
 * with distractors every definition must ignore: another member's interventions,
 * the leader's interventions outside the absence, interventions on items that never
 * became decisions, and meetings whose attendance is unknown.
 */
import { addDays, addMinutes, toDays } from '@politburo/core';
import { emptyRecord, type PolitburoRecord } from '@politburo/record';

export interface Counts1934 {
  decisions: number;
  meetings: number;
  absentDecisions: number;
  absentMeetings: number;
  interventions: number;
  responses: number;
  confirmed: number;
}

export const PUBLISHED_1934: Counts1934 = {
  decisions: 3945,
  meetings: 46,
  absentDecisions: 1038,
  absentMeetings: 16,
  interventions: 119,
  responses: 91,
  confirmed: 76,
};

export const ABSENCE_1934 = { from: '1934-08-01', to: '1934-10-31' };

const days = (from: string, to: string): string[] => Array.from({ length: toDays(to) - toDays(from) + 1 }, (_, i) => addDays(from, i));

export const buildCountedRecord = (c: Counts1934 = PUBLISHED_1934): PolitburoRecord => {
  const r = emptyRecord();
  r.meta = { description: 'built to the published 1934 counts', synthetic: true };
  r.members = [
    { id: 'stalin', name: 'I. V. Stalin', role: 'leader' },
    { id: 'kaganovich', name: 'L. M. Kaganovich', role: 'deputy' },
    { id: 'molotov', name: 'V. M. Molotov', role: 'member' },
    { id: 'voroshilov', name: 'K. E. Voroshilov', role: 'member' },
  ];
  r.absences = [{ member_id: 'stalin', ...ABSENCE_1934, location: 'Sochi' }];
  const inside = days(ABSENCE_1934.from, ABSENCE_1934.to);
  const outside = days('1934-01-01', '1934-12-31').filter((d) => d < ABSENCE_1934.from || d > ABSENCE_1934.to);
  const outsideMeetings = c.meetings - c.absentMeetings;
  const meetingDates = [
    ...Array.from({ length: outsideMeetings }, (_, j) => outside[Math.floor((j * outside.length) / outsideMeetings)]!),
    ...Array.from({ length: c.absentMeetings }, (_, k) => inside[Math.floor((k * inside.length) / c.absentMeetings)]!),
  ];
  r.meetings = meetingDates.map((date, k) => {
    const absent = k >= outsideMeetings;
    // One meeting outside the absence has unknown attendance: it must count in no "without" figure.
    const attendees = k === 0 ? null : absent ? ['kaganovich', 'molotov', 'voroshilov'] : ['stalin', 'kaganovich', 'molotov'];
    return { id: `m${k + 1}`, date, chair_id: absent ? 'kaganovich' : 'stalin', attendees };
  });
  const outsideDecisions = c.decisions - c.absentDecisions;
  const perMeeting = 10;
  for (let i = 0; i < c.decisions; i++) {
    const absent = i >= outsideDecisions;
    const local = absent ? i - outsideDecisions : i;
    const meetingIndex = Math.floor(local / perMeeting) + (absent ? outsideMeetings : 0);
    const atMeeting = local < perMeeting * (absent ? c.absentMeetings : outsideMeetings);
    const pool = absent ? inside : outside;
    r.decisions.push({
      id: `d${i + 1}`,
      protocol_no: Math.floor(i / 100) + 1,
      item_no: (i % 100) + 1,
      date: atMeeting ? r.meetings[meetingIndex]!.date : pool[local % pool.length]!,
      mode: atMeeting ? 'meeting' : 'poll',
      meeting_id: atMeeting ? r.meetings[meetingIndex]!.id : '',
      title: `Item ${i + 1}`,
      restricted: i % 9 === 0,
      initiator_id: i % 3 === 0 ? 'kaganovich' : undefined,
    });
  }
  const absentIds = r.decisions.slice(outsideDecisions).map((d) => d.id);
  let messageNo = 0;
  const telegram = (from: string, to: string, decisionId: string, sentAt: string, inReplyTo?: string): string => {
    messageNo += 1;
    const id = `c${messageNo}`;
    r.correspondence.push({
      id,
      kind: 'telegram',
      number: String(messageNo),
      from_id: from,
      to_ids: [to],
      sent_at: sentAt,
      received_at: addMinutes(sentAt, from === 'stalin' ? 645 : 300),
      decision_ids: [decisionId],
      summary: '',
      in_reply_to: inReplyTo,
    });
    return id;
  };
  for (let k = 0; k < c.interventions; k++) {
    const decisionId = absentIds[k]!;
    const response = k < c.responses;
    const date = r.decisions.find((d) => d.id === decisionId)!.date;
    const ask = response ? telegram('kaganovich', 'stalin', decisionId, `${addDays(date, -1)}T09:00`) : undefined;
    const answer = telegram('stalin', 'kaganovich', decisionId, `${addDays(date, -1)}T21:30`, ask);
    r.interventions.push({
      decision_id: decisionId,
      member_id: 'stalin',
      origin: response ? 'response' : 'initiative',
      outcome: response && k < c.confirmed ? 'confirmed' : k % 2 === 0 ? 'modified' : 'rejected',
      correspondence_ids: ask ? [ask, answer] : [answer],
    });
  }
  // Distractors.
  r.interventions.push(
    { decision_id: absentIds[0]!, member_id: 'kaganovich', origin: 'initiative', outcome: 'confirmed', correspondence_ids: [] },
    { decision_id: 'd1', member_id: 'stalin', origin: 'response', outcome: 'confirmed', correspondence_ids: [] },
    { decision_id: '', item_title: 'A proposal never adopted', member_id: 'stalin', origin: 'initiative', outcome: 'rejected', correspondence_ids: [] },
  );
  return r;
};
