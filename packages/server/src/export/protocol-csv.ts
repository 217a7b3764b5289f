import type { Body, Decision, Viewer } from '@politburo/core';
import { lineageView } from '../views/decision-view.ts';

/** One CSV cell (RFC 4180 quoting). */
export const cell = (v: unknown): string => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

const HEADER = [
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
export const protocolCsv = (b: Body, decisions: readonly Decision[], v: Viewer): string => {
  const lines = [HEADER.join(',')];
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
        d.initiatorId ? (b.members[d.initiatorId]?.name ?? d.initiatorId) : '',
        d.amendsId,
        d.revokesId,
        d.extracts.flatMap((e) => e.recipients).join('; '),
        d.id,
        d.synthetic === true,
        d.sourceId,
        d.visaById ? (b.members[d.visaById]?.name ?? d.visaById) : '',
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
