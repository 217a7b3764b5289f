/**
 * Body settings. The adoption rule is a setting because bodies differ; the default
 * is the one the 1934 Politburo is described as using: more votes for than against
 * among full members, with at least half of them plus one taking part.
 */
export type QuorumRule = { type: 'half-plus-one' } | { type: 'at-least'; count: number } | { type: 'none' };

/**
 * What becomes of the item a delivered answer makes on a registered decision (an
 * amendment, a revocation): `poll`, it waits on the table for the body's normal route
 * (the deputy circulates a poll or puts it to a sitting); `register`, it is entered at
 * once on the answer itself, without a poll, the leader's word standing as the visa.
 */
export const ANSWER_ROUTES = ['poll', 'register'] as const;
export type AnswerRoute = (typeof ANSWER_ROUTES)[number];

export interface BodySettings {
  quorum: QuorumRule;
  /** Poll tallies are hidden from members until the poll closes. */
  hideResultsUntilClosed: boolean;
  /**
   * The "без опроса" route: a decision entered on the presiding secretary's visa alone,
   * with no sitting and no poll (1934 notes F.4). Off unless the body allows it.
   */
  withoutPoll: boolean;
  answerRoute: AnswerRoute;
}

export const DEFAULT_SETTINGS: BodySettings = {
  quorum: { type: 'half-plus-one' },
  hideResultsUntilClosed: false,
  withoutPoll: false,
  answerRoute: 'poll',
};

export const quorumFor = (rule: QuorumRule, fullMembers: number): number => {
  switch (rule.type) {
    case 'half-plus-one':
      return Math.floor(fullMembers / 2) + 1;
    case 'at-least':
      return rule.count;
    case 'none':
      return 0;
    default: {
      const unreachable: never = rule;
      return unreachable;
    }
  }
};
