import type { BodyEvent } from '@politburo/core';
import { bodyNow } from '../clock/body-clock.ts';
import { newId } from '../http/ids.ts';
import type { Services } from '../services.ts';
import { accountEvent, copyEvents, DEMO_ROLES, type DemoAccount, seedDemo } from './body-factory.ts';
import type { BodyEntry } from './body-repository.ts';
import type { ClockConfig } from './server-events.ts';
import { randomBytes } from 'node:crypto';

/** Where a copy of a scenario starts its replay clock: the first day of the leader's 1934 holiday. */
export const SCENARIO_CLOCK_START: Record<string, string> = { '1934': '1934-07-30T09:00' };
/** Body minutes per real minute in a fresh copy: an hour of 1934 passes in a minute. */
export const DEFAULT_REPLAY_SPEED = 60;

/**
 * A writable copy of a body (above all the read-only scenario): the same history
 * under a new id, its own replay clock, and one demo account per role.
 */
export const copyBody = async (
  services: Services,
  sourceId: string,
  options: { id?: string | undefined; name?: string | undefined },
): Promise<{ entry: BodyEntry; demoAccounts: DemoAccount[] }> => {
  const { repo, realNow, demoPassword } = services;
  const source = await repo.get(sourceId);
  const id = options.id ?? newId(sourceId);
  const name = options.name ?? `${source.listing.name} (copy)`;
  const start = SCENARIO_CLOCK_START[source.listing.scenario ?? ''];
  const clock: ClockConfig = start
    ? { mode: 'replay', anchorBody: start, anchorReal: realNow(), speed: DEFAULT_REPLAY_SPEED, paused: false }
    : source.clock.mode === 'replay'
      ? { ...source.clock, anchorBody: bodyNow(source.clock, realNow()), anchorReal: realNow() }
      : { mode: 'real' };
  const history = copyEvents((await repo.exportBody(sourceId)).events.map((s) => s.event as BodyEvent), id, name);
  const seeded = await seedDemo(history, bodyNow(clock, realNow()), demoPassword);
  const entry = await repo.create(
    { bodyId: id, name, readOnly: false, scenario: source.listing.scenario },
    [...history, ...seeded.extraEvents],
    [
      { type: 'ServerClockSet', clock },
      { type: 'ServerLatenciesSet', latencies: source.latencies },
    ],
    seeded.accountEvents,
  );
  return { entry, demoAccounts: seeded.accounts };
};

/** New passwords for a demo body's role accounts (the store keeps only hashes, so `serve` re-issues them to print). */
export const reissueDemoAccounts = async (services: Services, bodyId: string): Promise<DemoAccount[]> => {
  const { repo, demoPassword } = services;
  const entry = await repo.get(bodyId);
  const out: DemoAccount[] = [];
  for (const role of DEMO_ROLES) {
    const account = entry.accounts.get(role);
    const member = entry.state.status === 'active' ? entry.state.body.members[account?.memberId ?? ''] : undefined;
    if (!account || !member) continue;
    const password = demoPassword ?? randomBytes(8).toString('base64url');
    await repo.appendServer(bodyId, 'accounts', await accountEvent(role, password, member.id));
    out.push({ username: role, password, role, memberId: member.id, name: member.name });
  }
  return out;
};
