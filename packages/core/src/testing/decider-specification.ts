import { expect } from 'vitest';
import type { BodyCommand, CommandMeta } from '../commands.ts';
import { decide } from '../decide.ts';
import { type ErrorCategory, isDomainError } from '../errors.ts';
import type { BodyEvent } from '../events.ts';
import { replay } from '../evolve.ts';
import type { BodyState } from '../state.ts';

/**
 * Given/when/then for the body decider, after Emmett's DeciderSpecification:
 *
 *   given(history).when(command, meta).then([...events])
 *   given(history).when(command, meta).thenThrows('CODE')
 *   given(history).when(command, meta).thenNothing()
 *
 * The history is folded with the real `evolve` into a fresh state for every `when`,
 * so a specification never leaks state into the next one.
 */
export interface Verdict {
  /** Exactly these events (asymmetric matchers such as `expect.any(String)` are allowed). */
  then(expected: BodyEvent[]): BodyEvent[];
  /** Events whose listed fields match, in order and count (`toMatchObject`). */
  thenMatches(expected: ReadonlyArray<Record<string, unknown>>): BodyEvent[];
  /** The command is refused with a DomainError of this code (and category, if given). */
  thenThrows(code: string, category?: ErrorCategory): void;
  /** The command is accepted and changes nothing. */
  thenNothing(): void;
}

export interface Specification {
  when(command: BodyCommand, meta: CommandMeta): Verdict;
  /** The state the history folds into, for assertions on derived fields. */
  state(): BodyState;
}

type History = BodyEvent | readonly BodyEvent[];

export const given = (...history: History[]): Specification => {
  const events = history.flat() as BodyEvent[];
  // structuredClone: evolve updates state in place and may keep references into events.
  const fold = (): BodyState => replay(structuredClone(events));
  return {
    state: fold,
    when: (command, meta) => {
      const run = (): BodyEvent[] => decide(command, fold(), meta);
      return {
        // biome-ignore lint/suspicious/noThenProperty: the given/when/then vocabulary; a Verdict is never awaited
        then: (expected) => {
          const actual = run();
          expect(actual).toEqual(expected);
          return actual;
        },
        thenMatches: (expected) => {
          const actual = run();
          expect(actual).toHaveLength(expected.length);
          expect(actual).toMatchObject(expected);
          return actual;
        },
        thenThrows: (code, category) => {
          let caught: unknown;
          let produced: BodyEvent[] | undefined;
          try {
            produced = run();
          } catch (e) {
            caught = e;
          }
          if (caught === undefined) {
            throw new Error(`expected ${command.type} to fail with ${code}, but it produced ${JSON.stringify(produced)}`);
          }
          if (!isDomainError(caught)) throw caught;
          expect({ code: caught.code, message: caught.message }).toEqual({ code, message: expect.any(String) });
          expect(caught.message.length).toBeGreaterThan(0);
          if (category) expect(caught.category).toBe(category);
        },
        thenNothing: () => {
          expect(run()).toEqual([]);
        },
      };
    },
  };
};
