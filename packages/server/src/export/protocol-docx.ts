import { AlignmentType, Document, HeadingLevel, Packer, PageBreak, Paragraph, TextRun } from 'docx';
import type { Block } from './protocol-document.ts';

const FONT = 'DejaVu Serif';

const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; font?: string } = {}) => new TextRun({ text, font: o.font ?? FONT, ...o });

/** One block as Word paragraphs: real headings and styles, so a historian edits a protocol, not a picture of one. */
const paragraphs = (b: Block): Paragraph[] => {
  switch (b.kind) {
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [run(b.text, { bold: true, size: 32 })] })];
    case 'subtitle':
      return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: [run(b.text, { size: 22 })] })];
    case 'item':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240 }, children: [run(b.text, { bold: true, size: 24 })] })];
    case 'meta':
      return [new Paragraph({ children: [run(b.text, { size: 18 })] })];
    case 'labelled':
      return [new Paragraph({ children: [run(`${b.label} `, { bold: true, size: 20 }), run(b.text, { size: 20 })] })];
    case 'note':
      return [new Paragraph({ children: [run(b.text, { size: b.style === 'small' ? 18 : 20, bold: b.style === 'bold', italics: b.style === 'italic' })] })];
    case 'annex':
      return [
        new Paragraph({ children: [new PageBreak()] }),
        new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [run(b.text, { bold: true, size: 28 })] }),
      ];
    case 'signature':
      return [
        new Paragraph({ spacing: { before: 360 }, children: [run(b.label, { bold: true, size: 20 })] }),
        new Paragraph({ children: [run(b.fingerprint, { size: 18, font: 'DejaVu Sans Mono' })] }),
        new Paragraph({ children: [run(b.verify, { size: 16 })] }),
      ];
  }
};

/** Blocks (a protocol) as a Word document (.docx, Office Open XML), in the language they were written in. */
export const blocksDocx = (title: string, lang: string, blocks: readonly Block[]): Promise<Buffer> =>
  Packer.toBuffer(
    new Document({
      title,
      creator: 'politburo',
      styles: { default: { document: { run: { font: FONT, language: { value: lang === 'ru' ? 'ru-RU' : 'en-GB' } } } } },
      sections: [{ children: blocks.flatMap(paragraphs) }],
    }),
  );
