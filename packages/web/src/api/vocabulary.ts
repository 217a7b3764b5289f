import type { Outcome, Role, Vote } from '@politburo/core';
import { en } from '../i18n/en.ts';

/**
 * The core's vocabulary as values for the app. The web imports the core's types only (its
 * bundle carries no core code), so the values are the keys of the English labels, which the
 * core's types keep complete: a vote or outcome added to the core fails to compile here.
 */
const votes: Record<Vote, string> = en.vote;
const outcomes: Record<Outcome, string> = en.outcome;
export const VOTES = Object.keys(votes) as Vote[];
export const OUTCOMES = Object.keys(outcomes) as Outcome[];

/** The steering roles (core `canSteer`): the app shows their controls; the server decides. */
export const STEERING: ReadonlySet<Role> = new Set<Role>(['leader', 'deputy', 'secretariat']);
