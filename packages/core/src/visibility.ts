import { canSeeRestricted, type Role } from './roles.ts';
import type { Body, Decision, Item } from './state.ts';

/**
 * What a reader may see. The special folder (restricted items) is open to full
 * members, candidates and the secretariat; to anyone else such rows do not exist —
 * in lists, searches, drill-downs and exports — though aggregate counts include them.
 */
export type Viewer = Role | 'anonymous';

export const visibleDecisions = (b: Body, viewer: Viewer): Decision[] =>
  Object.values(b.decisions).filter((d) => !d.restricted || canSeeRestricted(viewer));

export const visibleItems = (b: Body, viewer: Viewer): Item[] =>
  Object.values(b.items).filter((i) => !i.restricted || canSeeRestricted(viewer));

/** A read model for one viewer: the body with what he may not see removed. */
export const bodyAsSeenBy = (b: Body, viewer: Viewer): Body => {
  if (canSeeRestricted(viewer)) return b;
  const hiddenDecisions = new Set(Object.values(b.decisions).filter((d) => d.restricted).map((d) => d.id));
  const hiddenItems = new Set(Object.values(b.items).filter((i) => i.restricted).map((i) => i.id));
  const keep = <T>(rec: Record<string, T>, ok: (v: T) => boolean): Record<string, T> =>
    Object.fromEntries(Object.entries(rec).filter(([, v]) => ok(v)));
  // References from visible rows to hidden ones are dropped too: a hidden row does not exist.
  const ref = (id: string | undefined): string | undefined => (id !== undefined && hiddenDecisions.has(id) ? undefined : id);
  const shown = <T extends object>(row: T, refs: Partial<Record<keyof T, string | undefined>>): T => {
    const out = { ...row } as Record<string, unknown>;
    for (const [k, v] of Object.entries(refs)) {
      if (v === undefined) delete out[k];
      else out[k] = v;
    }
    return out as T;
  };
  const hiddenInterventions = new Set(
    Object.values(b.interventions)
      .filter((iv) => (iv.decisionId && hiddenDecisions.has(iv.decisionId)) || (iv.itemId && hiddenItems.has(iv.itemId)))
      .map((iv) => iv.id),
  );
  return {
    ...b,
    decisions: Object.fromEntries(
      Object.values(b.decisions)
        .filter((d) => !d.restricted)
        .map((d) => [
          d.id,
          {
            ...shown(d, { amendsId: ref(d.amendsId), revokesId: ref(d.revokesId), revokedBy: ref(d.revokedBy) }),
            amendedBy: d.amendedBy.filter((x) => !hiddenDecisions.has(x)),
          },
        ]),
    ),
    items: Object.fromEntries(
      Object.values(b.items)
        .filter((i) => !i.restricted)
        .map((i) => [i.id, shown(i, { amendsId: ref(i.amendsId), revokesId: ref(i.revokesId), decisionId: ref(i.decisionId) })]),
    ),
    interventions: keep(b.interventions, (iv) => !hiddenInterventions.has(iv.id)),
    corrections: b.corrections.filter(
      (c) =>
        !(c.target.table === 'decisions' && hiddenDecisions.has(c.target.id)) &&
        !(c.target.table === 'interventions' && hiddenInterventions.has(c.target.id)),
    ),
    protocols: {
      ...b.protocols,
      used: Object.fromEntries(
        Object.entries(b.protocols.used).map(([no, items]) => [no, keep(items, (decisionId) => !hiddenDecisions.has(decisionId))]),
      ),
    },
    messages: Object.fromEntries(
      Object.entries(b.messages).map(([id, m]) => [
        id,
        {
          ...m,
          itemIds: m.itemIds.filter((x) => !hiddenItems.has(x)),
          decisionIds: m.decisionIds.filter((x) => !hiddenDecisions.has(x)),
          answers: m.answers.filter((a) => !hiddenItems.has(a.itemId)),
          points: m.points.filter((p) => !p.restricted),
        },
      ]),
    ),
    meetings: Object.fromEntries(
      Object.entries(b.meetings).map(([id, m]) => [id, { ...m, agenda: m.agenda.filter((x) => !hiddenItems.has(x)) }]),
    ),
  };
};
