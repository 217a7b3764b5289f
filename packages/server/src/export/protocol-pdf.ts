import type { Body, Decision } from '@politburo/core';
import PDFDocument from 'pdfkit';
import { heardText, initiatorOf, modeLabel, modificationsOf, resolvedText } from './decision-text.ts';

export interface PdfOptions {
  /** pdfkit compresses content streams by default; tests may turn it off to read the text. */
  compress?: boolean;
}

/**
 * A protocol laid out as the Politburo's were: numbered items, each "Heard:" (the
 * question and who raised it) and "Resolved:" (the decision's wording: its title and
 * the item's text, as modified), with protocol and item number, date, mode, the extract
 * recipients, and the provenance of archival rows (source id, or "synthetic").
 * Restricted decisions go to a separate "special folder" annex, and only reach this
 * function when the viewer is entitled to them.
 */
export const protocolPdf = (bodyName: string, b: Body, no: number, decisions: readonly Decision[], o: PdfOptions = {}): Promise<Buffer> =>
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
        .text(`Protocol No. ${d.protocolNo}, item ${d.itemNo}${d.itemLabel ? ` (${d.itemLabel})` : ''} — ${d.date}${d.datePrecision && d.datePrecision !== 'day' ? ` (${d.datePrecision})` : ''} — ${modeLabel(d)}`);
      labelled('Heard:', `${heardText(b, d)} (raised by ${initiatorOf(b, d)}).`);
      labelled('Resolved:', resolvedText(b, d));
      for (const m of modificationsOf(b, d)) doc.font('Helvetica-Oblique').fontSize(9).text(`Wording modified at the request of ${m.byName} (message ${m.messageId}).`);
      if (d.amendsId) doc.font('Helvetica').fontSize(10).text(`Amends decision ${d.amendsId}.`);
      if (d.revokesId) doc.font('Helvetica').fontSize(10).text(`Revokes decision ${d.revokesId}.`);
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
    doc.end();
  });
