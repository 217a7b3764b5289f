import { recordToEvents } from '@politburo/importer';
import { readRecord } from '@politburo/record';
import { describeScenario, scenarioPath } from '@politburo/scenarios';
import type { BodyRepository } from './bodies/body-repository.ts';
import { DEFAULT_LATENCIES } from './bodies/server-events.ts';

/**
 * Loads a shipped scenario as a read-only body whose id is the scenario's name, once
 * per store (a second process or a restart finds it listed and skips the import).
 */
export const ensureScenario = async (repo: BodyRepository, name: string): Promise<void> => {
  if (await repo.exists(name)) return;
  const record = await readRecord(scenarioPath(name));
  const { events } = recordToEvents(record, { bodyId: name, name: describeScenario(name).title });
  try {
    await repo.create({ bodyId: name, name: describeScenario(name).title, readOnly: true, scenario: name }, events, [
      { type: 'ServerClockSet', clock: { mode: 'real' } },
      { type: 'ServerLatenciesSet', latencies: DEFAULT_LATENCIES },
    ], []);
  } catch (err) {
    if (await repo.exists(name)) return; // another process imported it first
    throw err;
  }
};

