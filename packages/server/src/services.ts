import { randomBytes } from 'node:crypto';
import { LoginRateLimiter } from './auth/rate-limit.ts';
import { BodyRepository } from './bodies/body-repository.ts';
import { type ServerEvent, streams } from './bodies/server-events.ts';
import type { EventStorePort } from './ports.ts';
import { SimulationJobs } from './simulations/simulation-jobs.ts';

export interface ServicesOptions {
  store: EventStorePort;
  /** Real clock in epoch ms (tests inject their own). */
  realNow?: () => number;
  /** Fixed demo password for seeded accounts (tests); random when absent. */
  demoPassword?: string;
  /** Login attempts per IP+username per 5 minutes. */
  loginLimit?: number;
}

/** What the routes need, opened once per process. */
export interface Services {
  store: EventStorePort;
  repo: BodyRepository;
  secret: string;
  limiter: LoginRateLimiter;
  realNow: () => number;
  demoPassword: string | undefined;
  simulations: SimulationJobs;
}

/** The signing secret lives in the store, so every process and every restart accepts the same cookies. */
const loadSecret = async (store: EventStorePort): Promise<string> => {
  const read = async () => (await store.read(streams.secret))[0]?.event as ServerEvent | undefined;
  const found = await read();
  if (found?.type === 'ServerSecretSet') return found.secret;
  try {
    await store.append(streams.secret, [{ type: 'ServerSecretSet', secret: randomBytes(32).toString('base64url') }], { expectedVersion: 0 });
  } catch {
    // another process set it first
  }
  const set = await read();
  if (set?.type !== 'ServerSecretSet') throw new Error('politburo server: no session secret in the store');
  return set.secret;
};

export const openServices = async (o: ServicesOptions): Promise<Services> => {
  const realNow = o.realNow ?? Date.now;
  const repo = new BodyRepository(o.store, realNow);
  await repo.start();
  return {
    store: o.store,
    repo,
    secret: await loadSecret(o.store),
    limiter: new LoginRateLimiter(o.loginLimit ?? 10),
    realNow,
    demoPassword: o.demoPassword,
    simulations: new SimulationJobs(),
  };
};
