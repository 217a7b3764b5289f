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
  return {
    ...b,
    decisions: keep(b.decisions, (d) => !d.restricted),
    items: keep(b.items, (i) => !i.restricted),
    interventions: keep(b.interventions, (iv) => !(iv.decisionId && hiddenDecisions.has(iv.decisionId)) && !(iv.itemId && hiddenItems.has(iv.itemId))),
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
