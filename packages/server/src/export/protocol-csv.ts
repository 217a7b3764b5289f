import type { Body, Decision, Member, Viewer } from '@politburo/core';
import { type Lang, translator } from '@politburo/i18n';
import { lineageView } from '../views/decision-view.ts';

/** One CSV cell (RFC 4180 quoting). */
export const cell = (v: unknown): string => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The columns, in order; each header is the catalogue's `csv.protocol.<column>` in the viewer's language. */
const COLUMNS = [
  'protocol_no',
  'item_no',
  'item_label',
  'date',
  'mode',
  'title',
  'restricted',
  'initiator',
  'amends',
  'revokes',
  'extract_recipients',
  'id',
  'synthetic',
  'source_id',
  'visa_by',
  'amended_by',
  'revoked_by',
  'current_wording',
];

/**
 * One row per decision the viewer may see (the caller has filtered restricted rows).
 * `synthetic` is true for rows made up to fill gaps; `source_id` names an archival row's source.
 */
export const protocolCsv = (b: Body, decisions: readonly Decision[], v: Viewer, lang: Lang = 'en'): string => {
  const t = translator(lang);
  const nameOf = (id: string | undefined): string => {
    const m: Member | undefined = id ? b.members[id] : undefined;
    return id ? ((lang === 'ru' ? m?.nameRu : undefined) ?? m?.name ?? id) : '';
  };
  const lines = [COLUMNS.map((c) => cell(t(`csv.protocol.${c}`))).join(',')];
  for (const d of decisions) {
    const l = lineageView(b, d, v);
    lines.push(
      [
        d.protocolNo,
        d.itemNo,
        d.itemLabel,
        d.date,
        d.mode,
        d.title,
        d.restricted,
        nameOf(d.initiatorId),
        d.amendsId,
        d.revokesId,
        d.extracts.flatMap((e) => e.recipients).join('; '),
        d.id,
        d.synthetic === true,
        d.sourceId,
        nameOf(d.visaById),
        l?.amendedBy.map((r) => r.label).join('; '),
        l?.revokedBy?.label,
        // The wording in force where an amendment replaced the original; empty while the original stands.
        l?.currentFrom ? l.current : '',
      ]
        .map(cell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
};
