import { createRoute, z } from '@hono/zod-openapi';
import { type BodyEvent, eventAsSeenBy } from '@politburo/core';
import type { EventStore, StoredEvent } from '@politburo/store';
import { stringify } from 'csv-stringify/sync';
import { activeOf } from '../bodies/body-repository.ts';
import { streams } from '../bodies/server-events.ts';
import type { Api } from '../http/app-env.ts';
import { security } from '../http/contract/security.ts';
import { bodyParams, problems } from '../http/route-def.ts';
import { requireSteeringViewer } from '../http/viewer.ts';

const STREAM_KINDS = ['body', 'settings', 'accounts', 'invites', 'signatures'] as const;

const auditRowSchema = z
  .object({
    position: z.number().int(),
    at: z.string(),
    bodyTime: z.string(),
    actor: z.string(),
    requestId: z.string(),
    stream: z.enum(STREAM_KINDS),
    type: z.string(),
    subject: z.string(),
  })
  .openapi('AuditRow');
type AuditRow = z.infer<typeof auditRowSchema>;
type StreamKind = AuditRow['stream'];

const COLUMNS = ['position', 'at', 'bodyTime', 'actor', 'requestId', 'stream', 'type', 'subject'] as const;
/** Events read from the store per step while a page of matching rows fills. */
const SCAN = 2000;
/** The most rows one CSV file holds; past it the file says where to go on. */
const CSV_MAX_ROWS = 200_000;

/** What an event is about, in one id: the item, decision, meeting, message, member, login or protocol. */
const subjectOf = (e: Record<string, unknown>): string => {
  for (const key of ['username', 'itemId', 'decisionId', 'meetingId', 'messageId', 'memberId']) if (typeof e[key] === 'string') return e[key] as string;
  for (const key of ['item', 'decision', 'message', 'member', 'intervention', 'absence', 'source', 'meeting']) {
    const inner = e[key] as { id?: unknown } | undefined;
    if (inner && typeof inner.id === 'string') return inner.id;
  }
  return typeof e.protocolNo === 'number' ? String(e.protocolNo) : '';
};

/** A day (`1934-08-01`) or an instant, as the first millisecond it covers; `end` gives the last. */
const instantOf = (text: string, end: boolean): number => {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const ms = Date.parse(day ? `${text}T00:00:00Z` : text);
  return day && end ? ms + 86_400_000 - 1 : ms;
};
const dateOrInstant = z
  .string()
  .max(40)
  .refine((s) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s)), 'a date (YYYY-MM-DD) or an ISO instant');

/**
 * The events of the given streams, oldest first after position `from`, or newest first
 * before it. The store reads forward only, so newest first steps back a window of SCAN
 * positions at a time: a window holds at most SCAN events, so one read returns them all.
 */
async function* scanLog(store: EventStore, streamIds: readonly string[], order: 'asc' | 'desc', from: number): AsyncGenerator<StoredEvent> {
  if (order === 'asc') {
    let cursor = from;
    for (;;) {
      const stored = await store.readAll({ afterPosition: cursor, limit: SCAN, streamIds });
      yield* stored;
      if (stored.length < SCAN) return;
      cursor = stored.at(-1)!.position;
    }
  }
  for (let end = from; end > 1; ) {
    const start = Math.max(0, end - 1 - SCAN);
    const stored = await store.readAll({ afterPosition: start, limit: SCAN, streamIds });
    yield* stored.filter((e) => e.position < end).reverse();
    end = start + 1;
  }
}

const auditQuery = z.object({
  order: z.enum(['asc', 'desc']).default('asc').openapi({ description: 'asc: oldest first, after `after`; desc: newest first, before `before`' }),
  after: z.coerce.number().int().min(0).default(0),
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
  format: z.enum(['json', 'csv']).default('json'),
  actor: z.string().min(1).max(200).optional().openapi({ description: 'Who: part of the actor label (member:stalin, account:body/user, cli, system), any case' }),
  type: z.string().min(1).max(80).regex(/^[A-Za-z]+$/).optional().openapi({ description: 'What: one event type, e.g. ItemProposed' }),
  from: dateOrInstant.optional().openapi({ description: 'Real time, from (a day or an instant, inclusive)' }),
  to: dateOrInstant.optional().openapi({ description: 'Real time, to (a day or an instant, inclusive)' }),
});

/**
 * Who did what, and when: read from the log's own metadata (actor, real time, body
 * time, request id), for the steering roles, as JSON or CSV, filtered by who, what and
 * when. Account and invitation events say which login, never a password hash or token.
 */
export const registerAuditRoutes = (app: Api): void => {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/bodies/{bodyId}/audit',
      tags: ['bodies'],
      summary: 'The audit trail from the log (leader, deputy, secretariat), filtered by actor, type and real time; ?format=csv for a file',
      request: { params: bodyParams, query: auditQuery },
      security: security.sessionRead,
      responses: {
        ...problems(),
        200: {
          description: 'A page of matching rows and where the next page starts (`after` oldest first, `before` newest first), or null at the end; ?format=csv: every matching row as a CSV file',
          content: { 'application/json': { schema: z.object({ rows: z.array(auditRowSchema), next: z.number().int().nullable() }).openapi('AuditPage') }, 'text/csv': { schema: z.string() } },
        },
      },
    }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const q = c.req.valid('query');
      const { bodies, store } = c.var.services;
      const entry = await bodies.get(bodyId);
      const viewer = requireSteeringViewer(c, entry);
      const b = activeOf(entry);
      const kind: Record<string, StreamKind> = {
        [streams.body(bodyId)]: 'body',
        [streams.server(bodyId)]: 'settings',
        [streams.accounts(bodyId)]: 'accounts',
        [streams.invites(bodyId)]: 'invites',
        [streams.signatures(bodyId)]: 'signatures',
      };
      const actor = q.actor?.toLowerCase();
      const from = q.from ? instantOf(q.from, false) : -Infinity;
      const to = q.to ? instantOf(q.to, true) : Infinity;
      const rowOf = (s: StoredEvent): AuditRow | null => {
        const stream = kind[s.streamId] ?? 'body';
        // The one visibility rule decides, as for the live stream: an event the viewer may not see is no row.
        if (stream === 'body' && eventAsSeenBy(b, viewer, s.event as BodyEvent) === null) return null;
        const row: AuditRow = {
          position: s.position,
          at: s.meta.at ?? s.recordedAt,
          bodyTime: s.meta.bodyTime ?? '',
          actor: s.meta.actor ?? '',
          requestId: s.meta.requestId ?? '',
          stream,
          type: s.event.type,
          subject: subjectOf(s.event as unknown as Record<string, unknown>),
        };
        if (actor !== undefined && !row.actor.toLowerCase().includes(actor)) return null;
        if (q.type !== undefined && row.type !== q.type) return null;
        const at = Date.parse(row.at);
        return at >= from && at <= to ? row : null;
      };
      const max = q.format === 'csv' ? CSV_MAX_ROWS : q.limit;
      const rows: AuditRow[] = [];
      let next: number | null = null;
      const start = q.order === 'asc' ? q.after : (q.before ?? (await store.lastPosition()) + 1);
      for await (const s of scanLog(store, Object.keys(kind), q.order, start)) {
        const row = rowOf(s);
        if (!row) continue;
        rows.push(row);
        if (rows.length === max) {
          next = s.position;
          break;
        }
      }
      if (q.format === 'csv') {
        const csv = stringify(rows, { header: true, columns: [...COLUMNS], record_delimiter: '\r\n' });
        return c.body(csv, 200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="${bodyId}-audit.csv"`,
          ...(next !== null ? { 'x-audit-next': String(next) } : {}),
        });
      }
      return c.json({ rows, next });
    },
  );
};
