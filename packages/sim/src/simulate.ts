import type { Engine } from '@politburo/core';
import { bodyToRecord } from '@politburo/importer';
import type { PolitburoRecord } from '@politburo/record';
import { type Params, validateParams } from './params.ts';
import { onDay, onDeadline, onMeeting, onPropose, onVote, route } from './agent-departments.ts';
import { onDeliver, onDispatch, onReturn, onWait } from './agent-deputy.ts';
import { onLeaderSend, onPoint, onRead } from './agent-leader.ts';
import { type SimEvent, Simulation, type SimulateOptions } from './simulation.ts';

export { DEPUTY, LEADER, MEMBERS_1934 } from './roster.ts';
export type { SimulateOptions } from './simulation.ts';

export interface SimulationResult {
  /** The record the body's state amounts to, built when first asked for (a run's folded state is its result; the record is its export). */
  readonly record: PolitburoRecord;
  engine: Engine;
  /** Commands the engine executed: the unit of the throughput benchmark. */
  commands: number;
  /** Decisions the body registered in the year. */
  decisions: number;
}

/** Each event to the agent whose it is. */
const handle = (s: Simulation, e: SimEvent): void => {
  switch (e.k) {
    case 'day':
      onDay(s, e.day);
      return;
    case 'propose':
      onPropose(s);
      return;
    case 'vote':
      onVote(s, e.itemId, e.memberId, e.gen, e.candidate);
      return;
    case 'deadline':
      onDeadline(s, e.itemId, e.gen);
      return;
    case 'meeting':
      onMeeting(s, e.index);
      return;
    case 'dispatch':
      onDispatch(s, e.kind);
      return;
    case 'deliver':
      onDeliver(s, e.messageId);
      return;
    case 'read':
      onRead(s);
      return;
    case 'point':
      onPoint(s);
      return;
    case 'leaderSend':
      onLeaderSend(s, e.kind, e.answers, e.points, e.inReplyTo);
      return;
    case 'wait':
      onWait(s, e.itemId);
      return;
    case 'route':
      route(s, e.itemId);
      return;
    case 'return':
      onReturn(s);
      return;
    default: {
      const unreachable: never = e;
      throw new Error(`unknown simulation event ${JSON.stringify(unreachable)}`);
    }
  }
};

/** Runs one simulated year. Same parameters and seed → the same record, byte for byte. */
export const simulateRun = (params: Params, seed: number, options: SimulateOptions = {}): SimulationResult => {
  const sim = new Simulation(validateParams({ ...params }), seed, options);
  sim.setUp();
  sim.run(handle);
  const body = sim.engine.body;
  let record: PolitburoRecord | undefined;
  return {
    get record() {
      record ??= bodyToRecord(body);
      return record;
    },
    engine: sim.engine,
    commands: sim.commands,
    decisions: Object.keys(body.decisions).length,
  };
};

/** `simulate(params, seed)` → the record of one simulated year. */
export const simulate = (params: Params, seed: number, options: SimulateOptions = {}): PolitburoRecord =>
  simulateRun(params, seed, options).record;
