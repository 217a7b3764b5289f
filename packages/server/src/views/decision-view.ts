import { type Body, type Decision, decisionAsSeenBy, type Viewer } from '@politburo/core';

export const decisionUrl = (bodyId: string, d: Decision): string => `/b/${encodeURIComponent(bodyId)}/protocol/${d.protocolNo}/item/${d.itemNo}`;

/** A decision for one viewer (the core's projection: no amends/revokes link to a hidden decision), with its initiator's name and citable URL. */
export const decisionView = (bodyId: string, b: Body, d: Decision, v: Viewer) => ({
  ...decisionAsSeenBy(b, v, d),
  initiatorName: d.initiatorId ? b.members[d.initiatorId]?.name : undefined,
  url: decisionUrl(bodyId, d),
});

/** Protocol order: number, then item number. */
export const byProtocol = (a: Decision, b: Decision): number => a.protocolNo - b.protocolNo || a.itemNo - b.itemNo || a.id.localeCompare(b.id);
