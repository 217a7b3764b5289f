import { type Body, type Item, itemAsSeenBy, maySeeBallots, type Viewer } from '@politburo/core';

/**
 * An item for one viewer (the core's projection). While a poll is open under
 * `hideResultsUntilClosed`, how each member voted is withheld (`null`) from everyone but
 * the secretariat; who has voted is not.
 */
export const itemView = (b: Body, item: Item, v: Viewer) => {
  const it = itemAsSeenBy(b, v, item);
  const ballots = maySeeBallots(b, v, it);
  return {
    id: it.id,
    title: it.title,
    text: it.text,
    initiatorId: it.initiatorId,
    restricted: it.restricted,
    importance: it.importance,
    status: it.status,
    route: it.route,
    votes: ballots ? it.votes : null,
    opinions: ballots ? it.opinions : null,
    voted: Object.keys(it.votes),
    result: it.result,
    decisionId: it.decisionId,
    amendsId: it.amendsId,
    revokesId: it.revokesId,
    reconsidersId: it.reconsidersId,
    raisedInMessageId: it.raisedInMessageId,
    answerMessageId: it.answerMessageId,
    proposedAt: it.proposedAt,
    synthetic: it.synthetic,
  };
};
