import type { BodyCommand, CommandMeta } from './commands.ts';
import { decide } from './decide.ts';
import type { BodyEvent } from './events.ts';
import { evolve } from './evolve.ts';
import { type BodyState, initialState } from './state.ts';

/** The body's decider as one value, for command handlers that take any decider. */
export const bodyDecider: {
  initialState(): BodyState;
  evolve(state: BodyState, event: BodyEvent): BodyState;
  decide(command: BodyCommand, state: BodyState, meta: CommandMeta): BodyEvent[];
} = { initialState, evolve, decide };
