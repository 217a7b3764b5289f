import { type BodyEvent, type BodyState, DomainError, type ErrorDetail, evolve, initialState, invalid } from '@politburo/core';
import type { AppendResult, EventMeta, EventStore } from './event-store.ts';

/** One line of a backup: a stream's event with its version and metadata. */
export interface BackupLine {
  version: number;
  event: BodyEvent;
  meta: EventMeta;
}

/** A stream as JSON lines, oldest first, one event per line. */
export async function* exportStream(store: EventStore, streamId: string, batch = 5000): AsyncGenerator<string> {
  for (let from = 1; ; from += batch) {
    const events = await store.read(streamId, { fromVersion: from, limit: batch });
    for (const e of events) yield JSON.stringify({ version: e.version, event: e.event, meta: e.meta } satisfies BackupLine);
    if (events.length < batch) return;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What an event needs to exist already before it can be applied; `evolve` assumes it. */
const references = (b: Extract<BodyState, { status: 'active' }>['body'], e: BodyEvent): string | undefined => {
  const need = (rec: Record<string, unknown>, id: string, what: string) => (rec[id] ? undefined : `refers to unknown ${what} "${id}"`);
  switch (e.type) {
    case 'RoleChanged':
    case 'MemberRetired':
      return need(b.members, e.memberId, 'member');
    case 'MeetingOpened':
    case 'MeetingClosed':
      return need(b.meetings, e.meetingId, 'meeting');
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
    case 'MessageDelivered':
    case 'MessageRead':
      return need(b.messages, e.messageId, 'message');
    case 'DecisionRegistered':
      return b.decisions[e.decision.id] ? `registers decision "${e.decision.id}" a second time` : undefined;
    default:
      return undefined;
  }
};

/**
 * Reads backup lines into events and checks them by replaying through `evolve`:
 * versions run 1, 2, 3…; the first event creates the body and no later one does;
 * every event finds what it refers to. All problems are reported together.
 */
export const validateBackup = (lines: Iterable<string>): { events: BodyEvent[]; meta: EventMeta[]; state: BodyState } => {
  const events: BodyEvent[] = [];
  const meta: EventMeta[] = [];
  const problems: ErrorDetail[] = [];
  let state: BodyState = initialState();
  let row = 0;
  for (const raw of lines) {
    row++;
    if (!raw.trim()) continue;
    const fail = (message: string) => problems.push({ row, message });
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      fail('not JSON');
      continue;
    }
    if (!isRecord(parsed) || !isRecord(parsed.event) || typeof parsed.event.type !== 'string') {
      fail('not a backup line ({ version, event: { type, … }, meta })');
      continue;
    }
    const event = parsed.event as BodyEvent;
    if (parsed.version !== events.length + 1) fail(`version ${String(parsed.version)}, expected ${events.length + 1}`);
    if ((event.type === 'BodyCreated') !== (events.length === 0)) {
      fail(events.length === 0 ? 'the first event must be BodyCreated' : 'BodyCreated after the start');
    } else if (state.status === 'active') {
      const broken = references(state.body, event);
      if (broken) fail(`${event.type} ${broken}`);
    }
    if (problems.length === 0) {
      try {
        state = evolve(state, event);
      } catch (err) {
        fail(`${event.type} cannot be applied: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    events.push(event);
    meta.push(isRecord(parsed.meta) ? (parsed.meta as EventMeta) : {});
  }
  if (problems.length) {
    throw new DomainError('BAD_BACKUP', 'validation', `The backup is not a valid stream (${problems.length} problem(s); first: row ${problems[0]!.row}: ${problems[0]!.message}).`, problems);
  }
  return { events, meta, state };
};

/**
 * Restores a stream from backup lines into an empty stream, in one append: the whole
 * stream with its read models, or nothing.
 */
export const importStream = async (store: EventStore, streamId: string, lines: Iterable<string> | string): Promise<AppendResult> => {
  const { events, meta } = validateBackup(typeof lines === 'string' ? lines.split('\n') : lines);
  if (events.length === 0) throw invalid('EMPTY_BACKUP', 'The backup holds no events.');
  const existing = await store.version(streamId);
  if (existing > 0) throw new DomainError('STREAM_EXISTS', 'conflict', `Stream "${streamId}" already has ${existing} events; restore into a new stream.`);
  return store.append(streamId, events, { expectedVersion: 0, eventMeta: meta });
};
