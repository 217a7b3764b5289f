import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of a PDF as a reader's viewer extracts it (Mozilla's pdf.js: the embedded
 * fonts' ToUnicode maps, not the bytes of the content streams), one line per printed
 * line, pages in order.
 */
export const pdfText = async (pdf: Uint8Array): Promise<string> => {
  const doc = await getDocument({ data: new Uint8Array(pdf), disableFontFace: true, useSystemFonts: false, isEvalSupported: false }).promise;
  const lines: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    let y: number | undefined;
    let line = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const at = item.transform[5] as number;
      if (y !== undefined && Math.abs(at - y) > 1 && line !== '') {
        lines.push(line);
        line = '';
      }
      if (item.str !== '') y = at;
      line += item.str;
    }
    if (line !== '') lines.push(line);
  }
  await doc.destroy();
  return lines.join('\n');
};
