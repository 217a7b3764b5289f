import PDFDocument from 'pdfkit';
import { type Face, FACES, fontOf } from './pdf-fonts.ts';
import type { Block } from './protocol-document.ts';

export interface PdfOptions {
  /** pdfkit compresses content streams by default; a test may turn it off to look at the bytes. */
  compress?: boolean;
}

/** Blocks (a protocol, a courier packet) laid out on A4 in the embedded DejaVu faces. */
export const blocksPdf = (title: string, lang: string, blocks: readonly Block[], o: PdfOptions = {}): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, compress: o.compress ?? true, lang, info: { Title: title }, font: null as unknown as string });
    const chunks: Buffer[] = [];
    doc.on('data', (ch: Buffer) => chunks.push(ch));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (const face of Object.keys(FACES) as Face[]) doc.registerFont(face, fontOf(face));
    const face = (f: Face, size: number) => doc.font(f).fontSize(size);
    for (const b of blocks) {
      switch (b.kind) {
        case 'title':
          face('bold', 16).text(b.text, { align: 'center' });
          break;
        case 'subtitle':
          face('regular', 11).text(b.text, { align: 'center' }).moveDown(1.5);
          break;
        case 'item':
          doc.moveDown(0.8);
          face('bold', 12).text(b.text);
          break;
        case 'meta':
          face('regular', 9).text(b.text);
          break;
        case 'labelled':
          face('bold', 10).text(`${b.label} `, { continued: true });
          face('regular', 10).text(b.text);
          break;
        case 'note':
          if (b.style === 'small') face('regular', 9).text(b.text);
          else face(b.style === 'plain' ? 'regular' : b.style, 10).text(b.text);
          break;
        case 'annex':
          doc.addPage();
          face('bold', 14).text(b.text, { align: 'center' }).moveDown(1);
          break;
        case 'signature':
          doc.moveDown(1.5);
          face('bold', 10).text(b.label);
          face('mono', 9).text(b.fingerprint);
          face('regular', 8).text(b.verify);
          break;
      }
    }
    doc.end();
  });
