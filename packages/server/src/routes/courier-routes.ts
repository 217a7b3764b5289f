import { createRoute, z } from '@hono/zod-openapi';
import { dateOf } from '@politburo/core';
import { activeOf } from '../bodies/body-repository.ts';
import { packetDocument } from '../export/courier-documents.ts';
import { blocksHtml } from '../export/html-writer.ts';
import { blocksPdf } from '../export/pdf-writer.ts';
import type { Api } from '../http/app-env.ts';
import { notFoundProblem } from '../http/problem.ts';
import { itemViewSchema, messageViewSchema } from '../http/contract/views.ts';
import { security } from '../http/contract/security.ts';
import { bodyParams, isoDate, problems } from '../http/route-def.ts';
import { viewerOf } from '../http/viewer.ts';
import { documentLang } from '../http/viewer-lang.ts';
import { courierPacket, packetMember } from '../views/courier-packet.ts';
import { itemView } from '../views/item-view.ts';
import { messageView } from '../views/message-view.ts';
import { bodyNameIn } from '../views/body-name.ts';

// The letters and items as the desk shows them everywhere else: the same views, the same schemas.
const packetSchema = z
  .object({
    date: isoDate,
    member: z.object({ id: z.string(), name: z.string() }).nullable(),
    letters: z.array(messageViewSchema),
    polls: z.array(itemViewSchema),
    agenda: z.array(itemViewSchema.extend({ sittingDate: isoDate })),
  })
  .openapi('CourierPacket');

/** The absent member's courier packet for a body date, as data (the desk), a printable page, or a PDF. */
export const registerCourierRoutes = (app: Api): void => {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/bodies/{bodyId}/courier-packet',
      tags: ['correspondence'],
      summary: "The absent member's courier packet for a body date: letters delivered that day, polls open, the agenda of sittings to come",
      request: {
        params: bodyParams,
        query: z.object({
          date: isoDate.optional().openapi({ description: "The body date; default the body clock's today" }),
          memberId: z.string().min(1).max(200).optional().openapi({ description: 'Whose packet; default the leader' }),
          format: z.enum(['json', 'html', 'pdf']).default('html'),
          lang: z.enum(['en', 'ru']).optional(),
        }),
      },
      security: security.read,
      responses: {
        ...problems(),
        200: {
          description: 'The packet',
          content: {
            'application/json': { schema: packetSchema },
            'text/html': { schema: z.string() },
            'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
          },
        },
      },
    }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const q = c.req.valid('query');
      const { repo } = c.var.services;
      const entry = await repo.get(bodyId);
      const b = activeOf(entry);
      const v = viewerOf(c, entry);
      const date = q.date ?? dateOf(repo.now(entry));
      const memberId = packetMember(b, date, q.memberId);
      if (q.memberId && !memberId) throw notFoundProblem(`No member "${q.memberId}".`, 'UNKNOWN_MEMBER');
      const packet = courierPacket(b, v, date, memberId);
      if (q.format === 'json') {
        return c.json(
          {
            date,
            member: memberId ? { id: memberId, name: b.members[memberId]?.name ?? memberId } : null,
            letters: packet.letters.map((m) => messageView(b, m, entry.latencies, v)),
            polls: packet.polls.map((it) => itemView(b, it, v)),
            agenda: packet.agenda.map(({ item, sittingDate }) => ({ ...itemView(b, item, v), sittingDate })),
          },
          200,
        );
      }
      const lang = await documentLang(c, q.lang);
      const doc = packetDocument(bodyNameIn(lang, entry), b, packet, lang);
      if (q.format === 'html') return c.html(blocksHtml(doc.title, lang, doc.blocks), 200);
      return new Response(new Uint8Array(await blocksPdf(doc.title, lang, doc.blocks)), {
        headers: { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="courier-packet-${date}.pdf"` },
      });
    },
  );
};
