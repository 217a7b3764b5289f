import { randomBytes } from 'node:crypto';
import { type EventStore, FoldedStream, handleCommand, openStore, type Store } from '@politburo/store';
import { LoginRateLimiter } from './auth/rate-limit.ts';
import { Sessions } from './auth/sessions.ts';
import { Bodies } from './bodies/bodies-service.ts';
import { BodyRepository } from './bodies/body-repository.ts';
import { secretDecider } from './bodies/server-deciders.ts';
import { streams } from './bodies/server-events.ts';
import { SimulationJobs } from './simulations/simulation-jobs.ts';
import { Classes } from './classes/classes-service.ts';
import { SERVER_MIGRATION_HOOKS } from './store-migrations.ts';

export interface ServicesOptions {
  store: Store;
  /** Real clock in epoch ms (tests inject their own). */
  realNow?: () => number;
  /** Fixed demo password for seeded accounts (tests); random when absent. */
  demoPassword?: string;
  /** Login attempts per IP+username per 5 minutes. */
  loginLimit?: number;
}

/** What the routes need, opened once per process. */
export interface Services {
  store: Store;
  sessions: Sessions;
  repo: BodyRepository;
  bodies: Bodies;
  secret: string;
  limiter: LoginRateLimiter;
  realNow: () => number;
  demoPassword: string | undefined;
  simulations: SimulationJobs;
  classes: Classes;
}

/** The signing secret lives in the store, so every process and every restart accepts the same cookies. */
const loadSecret = async (store: EventStore): Promise<string> => {
  const stream = new FoldedStream(store, streams.secret, secretDecider);
  const { state } = await handleCommand(stream, secretDecider, { type: 'SetSecret', secret: randomBytes(32).toString('base64url') }, undefined, { audit: { actor: 'system' } });
  if (state === null) throw new Error('politburo server: no session secret in the store');
  return state;
};

/** The bodies of a store without the HTTP parts (the CLI's way in). */
export const openBodies = async (store: EventStore, o: { realNow?: () => number; demoPassword?: string } = {}): Promise<Bodies> => {
  const repo = new BodyRepository(store, o.realNow ?? Date.now);
  await repo.start();
  return new Bodies(repo, o.realNow ?? Date.now, o.demoPassword);
};

export const openServices = async (o: ServicesOptions): Promise<Services> => {
  const realNow = o.realNow ?? Date.now;
  const bodies = await openBodies(o.store, { realNow, ...(o.demoPassword ? { demoPassword: o.demoPassword } : {}) });
  return {
    store: o.store,
    sessions: new Sessions(o.store.sessions, realNow),
    repo: bodies.repo,
    bodies,
    secret: await loadSecret(o.store),
    limiter: new LoginRateLimiter(o.loginLimit ?? 10),
    realNow,
    demoPassword: o.demoPassword,
    simulations: new SimulationJobs(),
    classes: new Classes(bodies, o.store.sessions, realNow),
  };
};

/** SQLite file path or postgres:// URL. */
/** The store as every part of politburo opens it: with the server's part of the migrations (`store-migrations.ts`). */
export const openEventStore = (url: string): Promise<Store> => openStore(url, { migrationHooks: SERVER_MIGRATION_HOOKS });
