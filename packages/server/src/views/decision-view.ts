import { type Body, type Decision, type DecisionRef, decisionAsSeenBy, type Lineage, lineageOf, maySee, seesSpecialFolder, type Viewer } from '@politburo/core';

export const decisionUrl = (bodyId: string, d: Decision): string => `/b/${encodeURIComponent(bodyId)}/protocol/${d.protocolNo}/item/${d.itemNo}`;

/**
 * A decision's lineage for one viewer: amended by 47/2, revoked by 47/3, and the wording
 * now in force beside the original. A viewer outside the special folder learns nothing
 * of a restricted amendment or revocation (the core's visibility rule): its reference is
 * dropped and, where its wording would be the current one, the original is shown with
 * `currentWithheld`.
 */
export const lineageView = (b: Body, d: Decision, v: Viewer): (Lineage & { currentWithheld?: boolean }) | undefined => {
  const l = lineageOf(b, d.id);
  if (!l || seesSpecialFolder(v)) return l;
  const open = (r: DecisionRef | undefined) => (r && maySee(b, v, { table: 'decisions', id: r.id }) ? r : undefined);
  const withheld = l.currentFrom !== undefined && open(l.currentFrom) === undefined;
  const { amends, revokes, revokedBy, currentFrom, ...rest } = l;
  const ref = <K extends string>(k: K, r: DecisionRef | undefined) => (open(r) ? { [k]: r } : {}) as Partial<Record<K, DecisionRef>>;
  return {
    ...rest,
    ...ref('amends', amends),
    ...ref('revokes', revokes),
    ...ref('revokedBy', revokedBy),
    ...(withheld ? { current: l.original, currentWithheld: true } : ref('currentFrom', currentFrom)),
    amendedBy: l.amendedBy.filter((r) => open(r)),
    pending: l.pending.filter((p) => maySee(b, v, { table: 'items', id: p.itemId })),
    // In force is public: a revocation is a fact of the protocol whatever folder it sits in.
    inForce: l.inForce,
  };
};

/** A decision for one viewer (the core's projection: no amends/revokes link to a hidden decision), with its initiator's name, citable URL and lineage. */
export const decisionView = (bodyId: string, b: Body, d: Decision, v: Viewer) => ({
  ...decisionAsSeenBy(b, v, d),
  initiatorName: d.initiatorId ? b.members[d.initiatorId]?.name : undefined,
  visaByName: d.visaById ? b.members[d.visaById]?.name : undefined,
  url: decisionUrl(bodyId, d),
  lineage: lineageView(b, d, v),
});

/** Protocol order: number, then item number. */
export const byProtocol = (a: Decision, b: Decision): number => a.protocolNo - b.protocolNo || a.itemNo - b.itemNo || a.id.localeCompare(b.id);
