import { createRoute, z } from '@hono/zod-openapi';
import { type Body, type Decision, decisionAsSeenBy, maySee } from '@politburo/core';
import type { Context } from 'hono';
import { protocolCsv } from '../export/protocol-csv.ts';
import { blocksDocx } from '../export/protocol-docx.ts';
import { protocolDocument, type SignatureInfo } from '../export/protocol-document.ts';
import { protocolPdf } from '../export/protocol-pdf.ts';
import { fingerprintOf, readSignatures } from '../bodies/protocol-signing.ts';
import type { Api, AppEnv } from '../http/app-env.ts';
import { notFoundProblem } from '../http/problem.ts';
import { security } from '../http/contract/security.ts';
import { decisionViewSchema, protocolPointSchema } from '../http/contract/views.ts';
import { bodyParams, file, ok } from '../http/route-def.ts';
import { readBody } from '../http/viewer.ts';
import { documentLang, viewerLang } from '../http/viewer-lang.ts';
import { byProtocol, decisionView } from '../views/decision-view.ts';
import { byProtocolDate, protocolPointView } from '../views/protocol-view.ts';

export const protocolDecisions = (b: Body, no: number): Decision[] => Object.values(b.decisions).filter((d) => d.protocolNo === no).sort(byProtocol);

const protocolSummarySchema = z.object({ no: z.number().int(), date: z.string(), items: z.number().int(), hidden: z.number().int() }).openapi('ProtocolSummary');
const protocolDocSchema = z.object({ no: z.number().int(), date: z.string(), decisions: z.array(protocolPointSchema), hidden: z.number().int() }).openapi('ProtocolDoc');

const protocolParams = z.object({ bodyId: z.string().min(1), no: z.coerce.number().int().min(0) });
/** A document's language: the viewer's choice; without it his saved setting, then Accept-Language. */
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const langQuery = z.object({ lang: z.enum(['en', 'ru']).optional() });

/** A protocol for one viewer: all its decisions (for the counts) and those he may see, as he sees them. */
const protocolOf = async (c: Context<AppEnv>, bodyId: string, no: number) => {
  const { entry, b, v } = await readBody(c, bodyId);
  const all = protocolDecisions(b, no);
  if (all.length === 0) throw notFoundProblem(`No protocol ${no}.`, 'UNKNOWN_PROTOCOL');
  const visible = all.filter((d) => maySee(b, v, { table: 'decisions', id: d.id })).map((d) => decisionAsSeenBy(b, v, d));
  return { entry, b, v, all, visible };
};

/** The secretariat's signature of the protocol, as its documents close on it. */
const signatureOf = async (c: Context<AppEnv>, bodyId: string, no: number): Promise<SignatureInfo | undefined> => {
  const s = (await readSignatures(c.var.services.store, bodyId)).get(no);
  return s ? { fingerprint: fingerprintOf(s), signedBy: s.signedBy, at: s.at } : undefined;
};

/** The numbered protocols: the list, one protocol, one item of it, and its CSV and PDF exports. */
export const registerProtocolRoutes = (app: Api): void => {
  app.openapi(createRoute({ method: 'get', path: '/api/bodies/{bodyId}/protocols', tags: ['register'], summary: 'Protocols', security: security.read, request: { params: bodyParams }, responses: ok(z.object({ protocols: z.array(protocolSummarySchema) }), 'Every protocol with its item counts') }), async (c) => {
    const { b, v } = await readBody(c, c.req.valid('param').bodyId);
    const by = new Map<number, { no: number; date: string; items: number; hidden: number }>();
    for (const d of Object.values(b.decisions)) {
      const p = by.get(d.protocolNo) ?? { no: d.protocolNo, date: d.protocolDate ?? d.date, items: 0, hidden: 0 };
      if (maySee(b, v, { table: 'decisions', id: d.id })) p.items++;
      else p.hidden++;
      if ((d.protocolDate ?? d.date) > p.date) p.date = d.protocolDate ?? d.date;
      by.set(d.protocolNo, p);
    }
    return c.json({ protocols: [...by.values()].sort(byProtocolDate) });
  });

  app.openapi(createRoute({ method: 'get', path: '/api/bodies/{bodyId}/protocols/{no}', tags: ['register'], summary: 'A protocol', security: security.read, request: { params: protocolParams }, responses: ok(protocolDocSchema, 'Its decisions this viewer may see, and how many are not shown') }), async (c) => {
    const { bodyId, no } = c.req.valid('param');
    const { b, v, all, visible } = await protocolOf(c, bodyId, no);
    return c.json({ no, date: all[0]!.protocolDate ?? all[0]!.date, decisions: visible.map((d) => protocolPointView(bodyId, b, d, v)), hidden: all.length - visible.length });
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/bodies/{bodyId}/protocols/{no}/items/{n}',
      tags: ['register'],
      summary: 'A decision by protocol and item number',
      security: security.read,
      request: { params: z.object({ bodyId: z.string().min(1), no: z.coerce.number().int().min(0), n: z.coerce.number().int().min(0) }) },
      responses: ok(decisionViewSchema, 'The decision'),
    }),
    async (c) => {
      const { bodyId, no, n } = c.req.valid('param');
      const { b, v, visible } = await protocolOf(c, bodyId, no);
      const d = visible.find((x) => x.itemNo === n);
      if (!d) throw notFoundProblem(`No item ${n} in protocol ${no}.`, 'UNKNOWN_DECISION');
      return c.json(decisionView(bodyId, b, d, v));
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/bodies/{bodyId}/protocols/{no}/export.csv', tags: ['register'], summary: 'Protocol as CSV', security: security.read, request: { params: protocolParams }, responses: file('text/csv', 'The protocol as this viewer may see it') }),
    async (c) => {
      const { bodyId, no } = c.req.valid('param');
      const { b, v, visible } = await protocolOf(c, bodyId, no);
      return new Response(protocolCsv(b, visible, v, await viewerLang(c)), {
        headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="protocol-${no}.csv"` },
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/bodies/{bodyId}/protocols/{no}/export.pdf',
      tags: ['register'],
      summary: "Protocol as PDF (Heard / Resolved), in the viewer's language",
      security: security.read,
      request: { params: protocolParams, query: langQuery },
      responses: file('application/pdf', 'The protocol as this viewer may see it, fonts embedded (DejaVu, subset)'),
    }),
    async (c) => {
      const { bodyId, no } = c.req.valid('param');
      const { entry, b, v, visible } = await protocolOf(c, bodyId, no);
      const signed = await signatureOf(c, bodyId, no);
      const pdf = await protocolPdf(entry.listing.name, b, no, visible, v, { lang: await documentLang(c, c.req.valid('query').lang), ...(signed ? { signed } : {}) });
      return new Response(new Uint8Array(pdf), {
        headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="protocol-${no}.pdf"` },
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/bodies/{bodyId}/protocols/{no}/export.docx',
      tags: ['register'],
      summary: "Protocol as a Word document (.docx) to edit, in the viewer's language",
      security: security.read,
      request: { params: protocolParams, query: langQuery },
      responses: file(DOCX, 'The protocol as Office Open XML'),
    }),
    async (c) => {
      const { bodyId, no } = c.req.valid('param');
      const { entry, b, v, visible } = await protocolOf(c, bodyId, no);
      const doc = protocolDocument(entry.listing.name, b, no, visible, v, await documentLang(c, c.req.valid('query').lang), await signatureOf(c, bodyId, no));
      return new Response(new Uint8Array(await blocksDocx(doc.title, doc.lang, doc.blocks)), {
        headers: { 'content-type': DOCX, 'content-disposition': `attachment; filename="protocol-${no}.docx"` },
      });
    },
  );
};
