import type { Body, Decision } from '@politburo/core';

export const decisionUrl = (bodyId: string, d: Decision): string => `/b/${encodeURIComponent(bodyId)}/protocol/${d.protocolNo}/item/${d.itemNo}`;

export const decisionView = (bodyId: string, b: Body, d: Decision) => ({
  ...d,
  initiatorName: d.initiatorId ? b.members[d.initiatorId]?.name : undefined,
  url: decisionUrl(bodyId, d),
});

/** Protocol order: number, then item number. */
export const byProtocol = (a: Decision, b: Decision): number => a.protocolNo - b.protocolNo || a.itemNo - b.itemNo || a.id.localeCompare(b.id);
