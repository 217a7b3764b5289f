import type { BodyCommand, CommandMeta } from './commands.ts';
import { decide } from './decide.ts';
import type { BodyEvent } from './events.ts';
import { evolve } from './evolve.ts';
import { type BodyState, initialState } from './state.ts';

/**
 * An in-memory body: decide, then evolve. The simulator and tests drive this
 * directly; the server does the same with a store in between (read, decide,
 * append with the expected version, evolve).
 */
export class Engine {
  state: BodyState = initialState();
  readonly log: BodyEvent[] = [];

  constructor(private readonly keepLog = true) {}

  execute(command: BodyCommand, meta: CommandMeta): BodyEvent[] {
    const events = decide(command, this.state, meta);
    for (const e of events) {
      this.state = evolve(this.state, e);
      if (this.keepLog) this.log.push(e);
    }
    return events;
  }

  get body() {
    if (this.state.status !== 'active') throw new Error('no body');
    return this.state.body;
  }
}
