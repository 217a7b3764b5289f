import PDFDocument from 'pdfkit';
import type { Debrief } from './debrief.ts';

const n = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : Number.isInteger(v) ? String(v) : v.toFixed(Math.abs(v) < 10 ? 2 : 1));

/**
 * The debrief as a one-page handout: per figure, the quoted 1934 value (its sources), the
 * archive's reading, the simulator's mean and 5–95% band (synthetic), and each group's run
 * (synthetic: the class's play on a copy of the record); then how often each group's
 * deputy waited for the leader.
 */
export const debriefPdf = (d: Debrief, o: { compress?: boolean } = {}): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 48, compress: o.compress ?? true, info: { Title: `${d.name} — debrief` } });
    const chunks: Buffer[] = [];
    doc.on('data', (ch: Buffer) => chunks.push(ch));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(16).text(`${d.name}: debrief`);
    doc.fontSize(9).fillColor('#444').text(`Each group played a copy of the 1934 record as of ${d.asOf}. Group figures and simulated figures are synthetic; the quoted figures carry their sources.`);
    doc.moveDown();
    for (const q of d.quoted) {
      const sp = d.simulated.spreads[q.key];
      doc.fillColor('#000').fontSize(11).text(q.label);
      doc.fontSize(9).text(`quoted 1934: ${q.value} (sources: ${q.sourceIds.join(', ')})`);
      if (d.archive[q.key] !== undefined) doc.text(`the archive's reading: ${d.archive[q.key]}`);
      if (sp) doc.text(`simulated (synthetic, ${d.simulated.runs} runs): mean ${n(sp.mean)}, 5–95% ${n(sp.p5)}–${n(sp.p95)}`);
      doc.text(d.groups.map((g) => `${g.name} (run ${g.run}, synthetic): ${n(g.figures[q.key])}`).join('   '));
      doc.moveDown(0.5);
    }
    doc.fontSize(11).text('Did the deputy wait for the leader?');
    for (const g of d.groups) {
      const w = g.played.waiting;
      doc.fontSize(9).text(`${g.name}: referred ${w.referred}; waited ${w.waited}; did not wait ${w.didNotWait}; still open ${w.open}`);
    }
    if (d.injections.length) {
      doc.moveDown(0.5).fontSize(11).text("The teacher's events");
      for (const i of d.injections) doc.fontSize(9).text(`${i.kind}: ${i.summary}`);
    }
    doc.end();
  });
