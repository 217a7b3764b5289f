import type { Body, Decision, Viewer } from '@politburo/core';
import PDFDocument from 'pdfkit';
import { lineageView } from '../views/decision-view.ts';
import { answerOriginOf, heardText, initiatorOf, modeLabel, modificationsOf, resolvedText } from './decision-text.ts';

export interface PdfOptions {
  /** pdfkit compresses content streams by default; tests may turn it off to read the text. */
  compress?: boolean;
  /** The protocol's signature, when the secretariat has signed it: its fingerprint closes the document. */
  signed?: { fingerprint: string; signedBy: string; at: string };
}

/**
 * A protocol laid out as the Politburo's were: numbered items, each "Heard:" (the
 * question and who raised it) and "Resolved:" (the decision's wording: its title and
 * the item's text, as modified), with protocol and item number, date, mode, the extract
 * recipients, and the provenance of archival rows (source id, or "synthetic").
 * Restricted decisions go to a separate "special folder" annex, and only reach this
 * function when the viewer is entitled to them.
 */
export const protocolPdf = (bodyName: string, b: Body, no: number, decisions: readonly Decision[], v: Viewer, o: PdfOptions = {}): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, compress: o.compress ?? true, info: { Title: `${bodyName} — Protocol No. ${no}` } });
    const chunks: Buffer[] = [];
    doc.on('data', (ch: Buffer) => chunks.push(ch));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const open = decisions.filter((d) => !d.restricted);
    const annex = decisions.filter((d) => d.restricted);
    const date = decisions[0]?.protocolDate ?? decisions[0]?.date ?? '';
    doc.font('Helvetica-Bold').fontSize(16).text(`PROTOCOL No. ${no}`, { align: 'center' });
    doc.font('Helvetica').fontSize(11).text(`${bodyName} — ${date}`, { align: 'center' }).moveDown(1.5);
    const labelled = (label: string, value: string) => doc.font('Helvetica-Bold').fontSize(10).text(`${label} `, { continued: true }).font('Helvetica').text(value);
    const item = (d: Decision) => {
      doc.font('Helvetica-Bold').fontSize(12).text(`${d.itemLabel ?? d.itemNo}.`);
      doc
        .font('Helvetica')
        .fontSize(9)
        .text(`Protocol No. ${d.protocolNo}, item ${d.itemNo}${d.itemLabel ? ` (${d.itemLabel})` : ''} — ${d.date}${d.datePrecision && d.datePrecision !== 'day' ? ` (${d.datePrecision})` : ''} — ${modeLabel(d, b)}`);
      labelled('Heard:', `${heardText(b, d)} (raised by ${initiatorOf(b, d)}).`);
      labelled('Resolved:', resolvedText(b, d));
      for (const m of modificationsOf(b, d)) doc.font('Helvetica-Oblique').fontSize(9).text(`Wording modified at the request of ${m.byName} (message ${m.messageId}).`);
      const origin = answerOriginOf(b, d);
      if (origin) doc.font('Helvetica-Oblique').fontSize(9).text(`Put before the body by the answer of ${origin.byName} (message ${origin.messageId}).`);
      // The lineage as this viewer may see it: restricted amendments stay out for an outsider.
      const l = lineageView(b, d, v);
      if (l?.amends) doc.font('Helvetica').fontSize(10).text(`Amends decision ${l.amends.label}.`);
      if (l?.revokes) doc.font('Helvetica').fontSize(10).text(`Revokes decision ${l.revokes.label}.`);
      if (l && l.amendedBy.length > 0) doc.font('Helvetica').fontSize(10).text(`Amended by ${l.amendedBy.map((r) => r.label).join(', ')}.`);
      if (l?.currentFrom) labelled('Now reads:', `${l.current} (as amended by ${l.currentFrom.label}).`);
      if (l?.revokedBy) doc.font('Helvetica-Bold').fontSize(10).text(`Revoked by ${l.revokedBy.label}: no longer in force.`);
      const recipients = d.extracts.flatMap((e) => e.recipients);
      doc.font('Helvetica-Oblique').fontSize(10).text(`Extracts sent to: ${recipients.length ? recipients.join(', ') : '—'}`);
      if (d.synthetic) doc.font('Helvetica-Oblique').fontSize(9).text('Synthetic row: made up to fill a gap in the record, not from an archival source.');
      if (d.sourceId) doc.font('Helvetica').fontSize(9).text(`Source: ${d.sourceId}`);
      doc.moveDown(0.8);
    };
    for (const d of open) item(d);
    if (annex.length) {
      doc.addPage();
      doc.font('Helvetica-Bold').fontSize(14).text(`SPECIAL FOLDER — annex to protocol No. ${no}`, { align: 'center' }).moveDown(1);
      for (const d of annex) item(d);
    }
    if (o.signed) {
      doc.moveDown(1.5).font('Helvetica-Bold').fontSize(10).text('Signed', { continued: true }).font('Helvetica').text(` by ${o.signed.signedBy} at ${o.signed.at.slice(0, 16).replace('T', ' ')}`);
      doc.font('Courier').fontSize(10).text(`Fingerprint: ${o.signed.fingerprint}`);
      doc.font('Helvetica').fontSize(8).text('Checked by `politburo verify`: the signature covers this protocol\'s decisions and the log as it stood.');
    }
    doc.end();
  });
