import type { Body, Decision, Viewer } from '@politburo/core';
import { lineageView } from '../views/decision-view.ts';
import { answerOriginOf, heardText, initiatorOf, messageFor, modeLabel, modificationsOf, resolvedText, sourceLabel } from './decision-text.ts';
import { formatDate, type Lang, translator } from './lang.ts';

/**
 * A protocol as a sequence of blocks, in the viewer's language: what the PDF and the
 * .docx both lay out, so that what a protocol says is written once.
 */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'item'; text: string }
  | { kind: 'meta'; text: string }
  | { kind: 'labelled'; label: string; text: string }
  | { kind: 'note'; text: string; style: 'plain' | 'italic' | 'bold' | 'small' }
  | { kind: 'annex'; text: string }
  | { kind: 'signature'; label: string; fingerprint: string; verify: string };

export interface ProtocolDocument {
  title: string;
  lang: Lang;
  blocks: Block[];
}

export interface SignatureInfo {
  fingerprint: string;
  signedBy: string;
  at: string;
}

/**
 * The protocol as the Politburo's were laid out: numbered items, each "Heard:" (the
 * question and who raised it) and "Resolved:" (the decision's wording), with protocol and
 * item number, date, mode, the lineage as this viewer may see it, the extract recipients,
 * and the provenance of archival rows. Restricted decisions go to the special-folder
 * annex, and only reach this function when the viewer is entitled to them.
 */
export const protocolDocument = (bodyName: string, b: Body, no: number, decisions: readonly Decision[], v: Viewer, lang: Lang, signed?: SignatureInfo): ProtocolDocument => {
  const t = translator(lang);
  const blocks: Block[] = [];
  const date = decisions[0]?.protocolDate ?? decisions[0]?.date ?? '';
  blocks.push({ kind: 'title', text: t('documents.pdf.title', { no }) }, { kind: 'subtitle', text: t('documents.pdf.subtitle', { body: bodyName, date: date ? formatDate(lang, date) : '' }) });
  const item = (d: Decision) => {
    blocks.push({ kind: 'item', text: `${d.itemLabel ?? d.itemNo}.` });
    const precision = d.datePrecision === 'month' || d.datePrecision === 'approx' ? ` ${t(`documents.pdf.precision.${d.datePrecision}`)}` : '';
    blocks.push({
      kind: 'meta',
      text: t('documents.pdf.itemRef', { no: d.protocolNo, item: `${d.itemNo}${d.itemLabel ? ` (${d.itemLabel})` : ''}`, date: `${formatDate(lang, d.date)}${precision}`, mode: modeLabel(b, d, t, lang) }),
    });
    const by = initiatorOf(b, d);
    const heard = heardText(b, d);
    blocks.push({ kind: 'labelled', label: t('documents.pdf.heard'), text: by ? t('documents.pdf.raisedBy', { text: heard, name: by }) : heard });
    blocks.push({ kind: 'labelled', label: t('documents.pdf.resolved'), text: resolvedText(b, d) });
    for (const m of modificationsOf(b, d)) blocks.push({ kind: 'note', style: 'italic', text: t('documents.pdf.modified', { name: m.byName, message: messageFor(b, v, m.messageId, t, lang) }) });
    const origin = answerOriginOf(b, d);
    if (origin) blocks.push({ kind: 'note', style: 'italic', text: t('documents.pdf.origin', { name: origin.byName, message: messageFor(b, v, origin.messageId, t, lang) }) });
    // The lineage as this viewer may see it: restricted amendments stay out for an outsider.
    const l = lineageView(b, d, v);
    if (l?.amends) blocks.push({ kind: 'note', style: 'plain', text: t('documents.pdf.amends', { label: l.amends.label }) });
    if (l?.revokes) blocks.push({ kind: 'note', style: 'plain', text: t('documents.pdf.revokes', { label: l.revokes.label }) });
    if (l && l.amendedBy.length > 0) blocks.push({ kind: 'note', style: 'plain', text: t('documents.pdf.amendedBy', { labels: l.amendedBy.map((r) => r.label).join(', ') }) });
    if (l?.currentFrom) blocks.push({ kind: 'labelled', label: t('documents.pdf.nowReads'), text: t('documents.pdf.asAmended', { text: l.current, label: l.currentFrom.label }) });
    if (l?.revokedBy) blocks.push({ kind: 'note', style: 'bold', text: t('documents.pdf.revokedBy', { label: l.revokedBy.label }) });
    const recipients = d.extracts.flatMap((e) => e.recipients);
    blocks.push({ kind: 'note', style: 'italic', text: `${t('documents.pdf.extracts')} ${recipients.length ? recipients.join(', ') : t('documents.pdf.none')}` });
    if (d.synthetic) blocks.push({ kind: 'note', style: 'small', text: t('documents.pdf.synthetic') });
    if (d.sourceId) blocks.push({ kind: 'note', style: 'small', text: t('documents.pdf.source', { source: sourceLabel(b, d.sourceId) }) });
  };
  for (const d of decisions) if (!d.restricted) item(d);
  const annex = decisions.filter((d) => d.restricted);
  if (annex.length) {
    blocks.push({ kind: 'annex', text: t('documents.pdf.annex', { no }) });
    for (const d of annex) item(d);
  }
  if (signed) {
    blocks.push({
      kind: 'signature',
      label: t('documents.pdf.signed', { by: signed.signedBy, at: signed.at.slice(0, 16).replace('T', ' ') }),
      fingerprint: t('documents.pdf.fingerprint', { fingerprint: signed.fingerprint }),
      verify: t('documents.pdf.verify'),
    });
  }
  return { title: t('documents.pdf.docTitle', { body: bodyName, no }), lang, blocks };
};
