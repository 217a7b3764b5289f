import type { Body, Decision, Viewer } from '@politburo/core';
import type { Lang } from './lang.ts';
import { type PdfOptions, blocksPdf } from './pdf-writer.ts';
import { protocolDocument, type SignatureInfo } from './protocol-document.ts';

export interface ProtocolPdfOptions extends PdfOptions {
  /** The protocol's signature, when the secretariat has signed it: its fingerprint closes the document. */
  signed?: SignatureInfo;
  lang?: Lang;
}

/**
 * A protocol as a PDF in the viewer's language, laid out as the Politburo's were (see
 * `protocolDocument`). Restricted decisions reach it only when the viewer is entitled to
 * them, and go to the special-folder annex on a page of its own.
 */
export const protocolPdf = (bodyName: string, b: Body, no: number, decisions: readonly Decision[], v: Viewer, o: ProtocolPdfOptions = {}): Promise<Buffer> => {
  const doc = protocolDocument(bodyName, b, no, decisions, v, o.lang ?? 'en', o.signed);
  return blocksPdf(doc.title, doc.lang, doc.blocks, o.compress === undefined ? {} : { compress: o.compress });
};
