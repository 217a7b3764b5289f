import type { Body, Decision } from '@politburo/core';
import PDFDocument from 'pdfkit';

/**
 * A protocol laid out as the Politburo's were: numbered items, each "Heard:" (the
 * question and who raised it) and "Resolved:" (the decision), with the extract
 * recipients. Restricted decisions go to a separate "special folder" annex, and only
 * reach this function when the viewer is entitled to them.
 */
export const protocolPdf = (bodyName: string, b: Body, no: number, decisions: readonly Decision[]): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `${bodyName} — Protocol No. ${no}` } });
    const chunks: Buffer[] = [];
    doc.on('data', (ch: Buffer) => chunks.push(ch));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const open = decisions.filter((d) => !d.restricted);
    const annex = decisions.filter((d) => d.restricted);
    const date = decisions[0]?.protocolDate ?? decisions[0]?.date ?? '';
    doc.font('Helvetica-Bold').fontSize(16).text(`PROTOCOL No. ${no}`, { align: 'center' });
    doc.font('Helvetica').fontSize(11).text(`${bodyName} — ${date}`, { align: 'center' }).moveDown(1.5);
    const item = (d: Decision) => {
      const initiator = d.initiatorId ? (b.members[d.initiatorId]?.name ?? d.initiatorId) : 'not recorded';
      doc.font('Helvetica-Bold').fontSize(12).text(`${d.itemLabel ?? d.itemNo}.`, { continued: false });
      doc.font('Helvetica-Bold').fontSize(10).text('Heard: ', { continued: true }).font('Helvetica').text(`${d.title} (raised by ${initiator}; ${d.mode === 'poll' ? 'by poll' : 'at the sitting'}, ${d.date}).`);
      doc.font('Helvetica-Bold').text('Resolved: ', { continued: true }).font('Helvetica').text(d.title);
      if (d.amendsId) doc.text(`Amends decision ${d.amendsId}.`);
      if (d.revokesId) doc.text(`Revokes decision ${d.revokesId}.`);
      const recipients = d.extracts.flatMap((e) => e.recipients);
      doc.font('Helvetica-Oblique').text(`Extracts sent to: ${recipients.length ? recipients.join(', ') : '—'}`);
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
