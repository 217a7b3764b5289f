import { type Body, type Decision, type Meeting, maySee, meetingAsSeenBy, type Viewer } from '@politburo/core';
import { byProtocol } from './decision-view.ts';

/** The decisions the record files under a sitting (an archival sitting has no agenda, only its protocol items). */
const decisionsOf = (b: Body, meetingId: string): Decision[] => Object.values(b.decisions).filter((d) => d.meetingId === meetingId);

/**
 * A sitting for one viewer (the core's projection), with the protocol items registered in it: a
 * historical sitting shows what it decided, and where to read its protocol. Items the viewer may
 * not see are counted, not shown.
 */
export const meetingView = (b: Body, v: Viewer, m: Meeting, withItems: boolean) => {
  const all = decisionsOf(b, m.id).sort(byProtocol);
  const visible = all.filter((d) => maySee(b, v, { table: 'decisions', id: d.id }));
  return {
    ...meetingAsSeenBy(b, v, m),
    protocolNos: [...new Set(all.map((d) => d.protocolNo))],
    protocolItemCount: visible.length,
    hiddenProtocolItems: all.length - visible.length,
    ...(withItems
      ? { protocolItems: visible.map((d) => ({ id: d.id, protocolNo: d.protocolNo, itemNo: d.itemNo, ...(d.itemLabel ? { itemLabel: d.itemLabel } : {}), title: d.title, restricted: d.restricted })) }
      : {}),
  };
};
