import type { Body, Item } from '@politburo/core';
import type { ViewerInfo } from '../http/viewer.ts';

/**
 * An item for one viewer. While a poll is open under `hideResultsUntilClosed`, how
 * each member voted is withheld from everyone but the secretariat; who has voted is not.
 */
export const itemView = (b: Body, it: Item, v: ViewerInfo) => {
  const hidden = b.settings.hideResultsUntilClosed && it.status === 'polling' && v.role !== 'secretariat';
  return {
    id: it.id,
    title: it.title,
    text: it.text,
    initiatorId: it.initiatorId,
    restricted: it.restricted,
    importance: it.importance,
    status: it.status,
    route: it.route,
    votes: hidden ? null : it.votes,
    opinions: hidden ? null : it.opinions,
    voted: Object.keys(it.votes),
    result: it.result,
    decisionId: it.decisionId,
    amendsId: it.amendsId,
    revokesId: it.revokesId,
    raisedInMessageId: it.raisedInMessageId,
    proposedAt: it.proposedAt,
    synthetic: it.synthetic,
  };
};
