import type { ItemAnswer, Outcome, Vote } from '@politburo/core';
import type { Params } from './params.ts';
import type { Rng } from './random.ts';

/**
 * The model's choices for one seat, apart from the simulation that schedules them: the
 * simulator's agents call these, and so does a classroom's scheduler for the seats no
 * student took, so an empty chair votes and answers exactly as the calibrated model would.
 */

const OTHER_OUTCOMES: readonly Outcome[] = ['modified', 'rejected', 'postponed'];

/** A full member's ballot on a poll. */
export const ballotOf = (p: Params, rng: Rng): Vote => {
  const u = rng.uniform();
  return u < p.againstProb ? 'against' : u < p.againstProb + p.abstainProb ? 'abstain' : 'for';
};

/** The absent leader's answer on an item put to him, or none (he does not answer it). Draws in a fixed order. */
export const leaderAnswerOf = (p: Params, rng: Rng, itemId: string): ItemAnswer | undefined => {
  const answering = rng.bernoulli(p.answerProb);
  const confirm = rng.bernoulli(p.confirmProb);
  const other = OTHER_OUTCOMES[rng.weighted([p.modifyWeight, p.rejectWeight, p.postponeWeight])]!;
  if (!answering) return undefined;
  const outcome: Outcome = confirm ? 'confirmed' : other;
  return outcome === 'modified' ? { itemId, outcome, text: 'as amended by the leader' } : { itemId, outcome };
};
