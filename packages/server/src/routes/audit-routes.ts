import { createRoute, z } from '@hono/zod-openapi';
import { type BodyEvent, eventAsSeenBy } from '@politburo/core';
import type { StoredEvent } from '@politburo/store';
import { stringify } from 'csv-stringify/sync';
import { activeOf } from '../bodies/body-repository.ts';
import { streams } from '../bodies/server-events.ts';
import type { Api } from '../http/app-env.ts';
import { security } from '../http/contract/security.ts';
import { bodyParams, problems } from '../http/route-def.ts';
import { requireSteeringViewer } from '../http/viewer.ts';

const auditRowSchema = z
  .object({
    position: z.number().int(),
    at: z.string(),
    bodyTime: z.string(),
    actor: z.string(),
    requestId: z.string(),
    stream: z.enum(['body', 'settings', 'accounts']),
    type: z.string(),
    subject: z.string(),
  })
  .openapi('AuditRow');
type AuditRow = z.infer<typeof auditRowSchema>;

/** What an event is about, in one id: the item, decision, meeting, message, member or login. */
const subjectOf = (e: Record<string, unknown>): string => {
  for (const key of ['itemId', 'decisionId', 'meetingId', 'messageId', 'memberId', 'username']) if (typeof e[key] === 'string') return e[key] as string;
  for (const key of ['item', 'decision', 'message', 'member', 'intervention', 'absence', 'source', 'meeting']) {
    const inner = e[key] as { id?: unknown } | undefined;
    if (inner && typeof inner.id === 'string') return inner.id;
  }
  return '';
};

/**
 * Who did what, and when: read from the log's own metadata (actor, real time, body
 * time, request id), for the steering roles, as JSON or CSV. Account events say which
 * login changed, never its password hash.
 */
export const registerAuditRoutes = (app: Api): void => {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/bodies/{bodyId}/audit',
      tags: ['bodies'],
      summary: 'The audit trail from the log (leader, deputy, secretariat); ?format=csv for a file',
      request: {
        params: bodyParams,
        query: z.object({
          after: z.coerce.number().int().min(0).default(0),
          limit: z.coerce.number().int().min(1).max(5000).default(500),
          format: z.enum(['json', 'csv']).default('json'),
        }),
      },
      security: security.sessionRead,
      responses: {
        ...problems(),
        200: {
          description: 'Rows after `after`, and the position to ask after next; ?format=csv: the same rows as a CSV file',
          content: { 'application/json': { schema: z.object({ rows: z.array(auditRowSchema), next: z.number().int() }).openapi('AuditPage') }, 'text/csv': { schema: z.string() } },
        },
      },
    }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const { after, limit, format } = c.req.valid('query');
      const { bodies, store } = c.var.services;
      const entry = await bodies.get(bodyId);
      const viewer = requireSteeringViewer(c, entry);
      const b = activeOf(entry);
      const kind = { [streams.body(bodyId)]: 'body', [streams.server(bodyId)]: 'settings', [streams.accounts(bodyId)]: 'accounts' } as const;
      const stored = (await store.readAll({ afterPosition: after, limit, streamIds: Object.keys(kind) })) as StoredEvent<BodyEvent>[];
      const rows: AuditRow[] = [];
      for (const s of stored) {
        // The one visibility rule decides, as for the live stream: an event the viewer may not see is no row.
        if (kind[s.streamId] === 'body' && eventAsSeenBy(b, viewer, s.event) === null) continue;
        const subject = subjectOf(s.event as unknown as Record<string, unknown>);
        rows.push({
          position: s.position,
          at: s.meta.at ?? s.recordedAt,
          bodyTime: s.meta.bodyTime ?? '',
          actor: s.meta.actor ?? '',
          requestId: s.meta.requestId ?? '',
          stream: kind[s.streamId] ?? 'body',
          type: s.event.type,
          subject,
        });
      }
      const next = stored.at(-1)?.position ?? after;
      if (format === 'csv') {
        const csv = stringify(rows, { header: true, columns: ['position', 'at', 'bodyTime', 'actor', 'requestId', 'stream', 'type', 'subject'], record_delimiter: '\r\n' });
        return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${bodyId}-audit.csv"` });
      }
      return c.json({ rows, next });
    },
  );
};
