import type { ExplainedRow } from '@politburo/analytics';
import { type Body, inSpecialFolder, maySee, type RowRef, rowOf, seesSpecialFolder, type Viewer } from '@politburo/core';
import { lineageView } from './decision-view.ts';

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * The body's row a drill-down row (a row of the body's record, `bodyToRecord`) stands for,
 * so that the core's rule can judge it: a decision, an item, a ballot (its decision) or an
 * intervention (by its place in the table, which `bodyToRecord` keeps). Other tables hold
 * nothing of the special folder.
 */
const rowRefOf = (b: Body, r: ExplainedRow): RowRef | null => {
  switch (r.table) {
    case 'decisions':
      return { table: 'decisions', id: text(r.values.id) ?? '' };
    case 'items':
      return { table: 'items', id: text(r.values.id) ?? '' };
    case 'ballots':
      return { table: 'decisions', id: text(r.values.decision_id) ?? '' };
    case 'interventions': {
      const id = Object.keys(b.interventions)[r.row - 1];
      const iv = rowOf(b.interventions, id);
      // the record row must be that intervention; if not, judge it by its decision
      if (id && iv && iv.memberId === r.values.member_id) return { table: 'interventions', id };
      return { table: 'decisions', id: text(r.values.decision_id) ?? '' };
    }
    default:
      return null;
  }
};

/** A reference column (`…_id`, `…_ids`) keeps no id of a decision or item in the special folder. */
const withoutHiddenRefs = (b: Body, values: Record<string, unknown>): Record<string, unknown> => {
  const hidden = (id: unknown) => typeof id === 'string' && (inSpecialFolder(b, { table: 'decisions', id }) || inSpecialFolder(b, { table: 'items', id }));
  let out: Record<string, unknown> | undefined;
  for (const [k, val] of Object.entries(values)) {
    if (k.endsWith('_id') && hidden(val)) {
      out ??= { ...values };
      delete out[k];
    } else if (k.endsWith('_ids') && Array.isArray(val) && val.some(hidden)) {
      out ??= { ...values };
      out[k] = val.filter((id) => !hidden(id));
    }
  }
  return out ?? values;
};

export interface DrillDownRow extends ExplainedRow {
  decisionId?: string;
  decisionTitle?: string;
  /** The wording in force, where a later amendment replaced the decision's own (as the register shows it). */
  current?: { wording: string; label: string };
}

/** The wording in force beside the original, for a row that is, or points at, a decision since amended. */
const currentWording = (b: Body, v: Viewer, r: ExplainedRow, decisionId: string | undefined): DrillDownRow['current'] => {
  const id = r.table === 'decisions' ? text(r.values.id) : decisionId;
  const d = rowOf(b.decisions, id);
  if (!d || !maySee(b, v, { table: 'decisions', id: d.id })) return undefined;
  const l = lineageView(b, d, v);
  return l?.currentFrom ? { wording: l.current, label: l.currentFrom.label } : undefined;
};

/**
 * The rows behind a figure as one viewer may see them: rows of (or hanging on) the special
 * folder left out and counted in `hidden`, hidden decision ids stripped from the lists of
 * the rows that stay, and each row pointing at a visible decision given that decision's title.
 */
export const drillDownAsSeenBy = (b: Body, v: Viewer, rows: readonly ExplainedRow[]): { rows: DrillDownRow[]; hidden: number } => {
  const shown: DrillDownRow[] = [];
  for (const r of rows) {
    const ref = rowRefOf(b, r);
    if (ref && !maySee(b, v, ref)) continue;
    const values = seesSpecialFolder(v) ? r.values : withoutHiddenRefs(b, r.values);
    const decisionId = text(values.decision_id) ?? text(values.decisionId);
    const d = rowOf(b.decisions, decisionId);
    shown.push({
      ...r,
      values,
      ...(decisionId !== undefined ? { decisionId } : {}),
      ...(d && decisionId !== undefined && maySee(b, v, { table: 'decisions', id: decisionId }) ? { decisionTitle: d.title } : {}),
    });
    const current = currentWording(b, v, r, decisionId);
    if (current) shown[shown.length - 1]!.current = current;
  }
  return { rows: shown, hidden: rows.length - shown.length };
};
