import type { BodyEvent } from '@politburo/core';
import type { Row, RowChange } from './row-change.ts';
import { searchKey } from './transliterate.ts';

/**
 * Events → read-model row changes: the one place that knows how the register is
 * derived from the log, for every dialect. Pure and stateless: each event carries
 * what its rows need, and links between rows (an intervention to the decision that
 * later registers its item) are made with updates keyed by ids.
 */
export const projectEvent = (streamId: string, event: BodyEvent): RowChange[] => {
  const key = (id: string): Row => ({ stream_id: streamId, id });
  const flag = (b: boolean | undefined): number => (b ? 1 : 0);
  const json = (v: unknown): string => JSON.stringify(v);
  switch (event.type) {
    case 'BodyCreated':
      return [
        {
          op: 'insert',
          table: 'rm_bodies',
          row: { stream_id: streamId, body_id: event.bodyId, name: event.name, convocation: event.convocation, created_at: event.at },
        },
      ];
    case 'ConvocationStarted':
      return [{ op: 'update', table: 'rm_bodies', set: { convocation: event.convocation }, where: { stream_id: streamId } }];
    case 'MemberAdmitted': {
      const m = event.member;
      return [
        {
          op: 'insert',
          table: 'rm_members',
          row: {
            ...key(m.id),
            name: m.name,
            role: m.role,
            retired_on: null,
            synthetic: flag(m.synthetic),
            source_id: m.sourceId ?? null,
            search: searchKey(m.name),
          },
        },
      ];
    }
    case 'RoleChanged':
      // A closed span (with `to`) is history; the current role changes only with an open one.
      return event.to ? [] : [{ op: 'update', table: 'rm_members', set: { role: event.role }, where: key(event.memberId) }];
    case 'MemberRetired':
      return [{ op: 'update', table: 'rm_members', set: { retired_on: event.on }, where: key(event.memberId) }];
    case 'MeetingScheduled':
      return [
        {
          op: 'insert',
          table: 'rm_meetings',
          row: { ...key(event.meetingId), date: event.date, status: 'scheduled', chair_id: null, attendees: null, protocol_no: null, synthetic: 0, source_id: null },
        },
      ];
    case 'MeetingOpened':
      return [
        { op: 'update', table: 'rm_meetings', set: { status: 'open', chair_id: event.chairId, attendees: json(event.attendees) }, where: key(event.meetingId) },
      ];
    case 'MeetingClosed':
      return [{ op: 'update', table: 'rm_meetings', set: { status: 'closed', protocol_no: event.protocolNo }, where: key(event.meetingId) }];
    case 'HistoricalMeetingRecorded': {
      const m = event.meeting;
      return [
        {
          op: 'insert',
          table: 'rm_meetings',
          row: {
            ...key(m.id),
            date: m.date,
            status: 'historical',
            chair_id: m.chairId ?? null,
            attendees: m.attendees ? json(m.attendees) : null,
            protocol_no: null,
            synthetic: flag(m.synthetic),
            source_id: m.sourceId ?? null,
          },
        },
      ];
    }
    case 'ItemProposed': {
      const it = event.item;
      return [
        {
          op: 'insert',
          table: 'rm_items',
          row: { ...key(it.id), title: it.title, restricted: flag(it.restricted), status: 'proposed', initiator_id: it.initiatorId ?? null, decision_id: null },
        },
      ];
    }
    case 'ItemPutToMeeting':
      return [itemStatus(streamId, event.itemId, 'on-agenda')];
    case 'PollCirculated':
      return [itemStatus(streamId, event.itemId, 'polling')];
    case 'VotingClosed':
      return [itemStatus(streamId, event.itemId, event.adopted ? 'adopted' : 'rejected')];
    case 'ItemPostponed':
      return [itemStatus(streamId, event.itemId, 'postponed')];
    case 'ItemWithdrawn':
      return [itemStatus(streamId, event.itemId, 'withdrawn')];
    case 'DecisionRegistered': {
      const d = event.decision;
      const changes: RowChange[] = [
        {
          op: 'insert',
          table: 'rm_decisions',
          row: {
            ...key(d.id),
            item_id: d.itemId ?? null,
            protocol_no: d.protocolNo,
            item_no: d.itemNo,
            item_label: d.itemLabel ?? null,
            protocol_date: d.protocolDate ?? null,
            date: d.date,
            date_precision: d.datePrecision ?? null,
            mode: d.mode,
            meeting_id: d.meetingId ?? null,
            title: d.title,
            restricted: flag(d.restricted),
            initiator_id: d.initiatorId ?? null,
            amends_id: d.amendsId ?? null,
            revokes_id: d.revokesId ?? null,
            revoked_by: null,
            historical: flag(event.historical),
            synthetic: flag(d.synthetic),
            source_id: d.sourceId ?? null,
            search: decisionSearch(d.title, d.itemLabel),
          },
        },
      ];
      if (d.revokesId) changes.push({ op: 'update', table: 'rm_decisions', set: { revoked_by: d.id }, where: key(d.revokesId) });
      if (d.itemId) {
        changes.push({ op: 'update', table: 'rm_items', set: { status: 'registered', decision_id: d.id }, where: key(d.itemId) });
        // As in `evolve`: interventions recorded on the item now belong to its decision.
        changes.push({
          op: 'update',
          table: 'rm_interventions',
          set: { decision_id: d.id },
          where: { stream_id: streamId, item_id: d.itemId },
          whereNull: ['decision_id'],
        });
      }
      return changes;
    }
    case 'MessageSent':
    case 'MessageRecorded': {
      const m = event.message;
      return [
        {
          op: 'insert',
          table: 'rm_correspondence',
          row: {
            ...key(m.id),
            kind: m.kind,
            number: m.number ?? null,
            series: m.series ?? null,
            from_id: m.fromId,
            to_ids: json(m.toIds),
            sent_at: m.sentAt ?? null,
            received_at: 'receivedAt' in m && typeof m.receivedAt === 'string' ? m.receivedAt : null,
            item_ids: json(m.itemIds),
            decision_ids: json(m.decisionIds),
            in_reply_to: m.inReplyTo ?? null,
            summary: m.summary,
            archive_ref: m.archiveRef ?? null,
            synthetic: flag(m.synthetic),
            source_id: m.sourceId ?? null,
            search: messageSearch(m.summary, m.archiveRef),
          },
        },
      ];
    }
    case 'MessageDelivered':
      return [{ op: 'update', table: 'rm_correspondence', set: { received_at: event.at }, where: key(event.messageId) }];
    case 'InterventionRecorded': {
      const iv = event.intervention;
      return [
        {
          op: 'insert',
          table: 'rm_interventions',
          row: {
            ...key(iv.id),
            decision_id: iv.decisionId ?? null,
            item_id: iv.itemId ?? null,
            item_title: iv.itemTitle ?? null,
            member_id: iv.memberId,
            origin: iv.origin,
            outcome: iv.outcome,
            message_ids: json(iv.messageIds),
            coded_by: iv.codedBy ?? null,
            basis: iv.basis ?? null,
            synthetic: flag(iv.synthetic),
            source_id: iv.sourceId ?? null,
          },
        },
      ];
    }
    case 'RecordCorrected':
      return correction(streamId, event.correction.target.table, event.correction.target.id, event.correction.field, event.correction.to);
    case 'SettingsChanged':
    case 'RecordMetaSet':
    case 'SourceRegistered':
    case 'AbsenceRecorded':
    case 'VoteCast':
    case 'OpinionRecorded':
    case 'ItemModified':
    case 'BallotRecorded':
    case 'ExtractSent':
    case 'MessageRead':
      return [];
    default: {
      const unreachable: never = event;
      throw new Error(`no projection for event ${(unreachable as { type: string }).type}`);
    }
  }
};

const itemStatus = (streamId: string, itemId: string, status: string): RowChange => ({
  op: 'update',
  table: 'rm_items',
  set: { status },
  where: { stream_id: streamId, id: itemId },
});

const decisionSearch = (title: string, itemLabel: string | undefined): string => searchKey([title, itemLabel].filter(Boolean).join(' '));
const messageSearch = (summary: string, archiveRef: string | undefined): string => searchKey([summary, archiveRef].filter(Boolean).join(' '));

/**
 * Editorial corrections, mapped onto read-model columns. Fields the register does not
 * keep are ignored here (the event log still has them). A corrected title or summary
 * also refreshes the search column; the search text of the rest is left as it was.
 */
const CORRECTED_COLUMNS: Record<string, { table: RowChange['table']; columns: Record<string, string> }> = {
  decisions: {
    table: 'rm_decisions',
    columns: { title: 'title', date: 'date', itemLabel: 'item_label', protocolDate: 'protocol_date', datePrecision: 'date_precision', initiatorId: 'initiator_id' },
  },
  meetings: { table: 'rm_meetings', columns: { date: 'date', chairId: 'chair_id' } },
  correspondence: {
    table: 'rm_correspondence',
    columns: { summary: 'summary', sentAt: 'sent_at', receivedAt: 'received_at', number: 'number', archiveRef: 'archive_ref' },
  },
  members: { table: 'rm_members', columns: { name: 'name' } },
  interventions: { table: 'rm_interventions', columns: { origin: 'origin', outcome: 'outcome', basis: 'basis', codedBy: 'coded_by' } },
};

const correction = (streamId: string, table: string, id: string, field: string, to: string): RowChange[] => {
  const target = CORRECTED_COLUMNS[table];
  const column = target?.columns[field];
  if (!target || !column) return [];
  const set: Row = { [column]: to };
  if (table === 'decisions' && field === 'title') set.search = searchKey(to);
  if (table === 'correspondence' && field === 'summary') set.search = searchKey(to);
  if (table === 'members' && field === 'name') set.search = searchKey(to);
  return [{ op: 'update', table: target.table, set, where: { stream_id: streamId, id } }];
};
