import type { Engine } from '@politburo/core';
import { bodyToRecord } from '@politburo/importer';
import type { PolitburoRecord } from '@politburo/record';
import { type Params, validateParams } from './params.ts';
import { Simulation, type SimulateOptions } from './simulation.ts';

export { DEPUTY, LEADER, MEMBERS_1934 } from './roster.ts';
export type { SimulateOptions } from './simulation.ts';

export interface SimulationResult {
  record: PolitburoRecord;
  engine: Engine;
  /** Commands the engine executed: the unit of the throughput benchmark. */
  commands: number;
}

/** Runs one simulated year. Same parameters and seed → the same record, byte for byte. */
export const simulateRun = (params: Params, seed: number, options: SimulateOptions = {}): SimulationResult => {
  const sim = new Simulation(validateParams({ ...params }), seed, options);
  sim.setUp();
  sim.run();
  return { record: bodyToRecord(sim.engine.body), engine: sim.engine, commands: sim.commands };
};

/** `simulate(params, seed)` → the record of one simulated year. */
export const simulate = (params: Params, seed: number, options: SimulateOptions = {}): PolitburoRecord =>
  simulateRun(params, seed, options).record;
