/**
 * Body settings. The adoption rule is a setting because bodies differ; the default
 * is the one the 1934 Politburo is described as using: more votes for than against
 * among full members, with at least half of them plus one taking part.
 */
export type QuorumRule = { type: 'half-plus-one' } | { type: 'at-least'; count: number } | { type: 'none' };

export interface BodySettings {
  quorum: QuorumRule;
  /** Poll tallies are hidden from members until the poll closes. */
  hideResultsUntilClosed: boolean;
}

export const DEFAULT_SETTINGS: BodySettings = {
  quorum: { type: 'half-plus-one' },
  hideResultsUntilClosed: false,
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
