import { getRequestListener, type ServerType } from '@hono/node-server';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { scenarioNames } from '@politburo/scenarios';
import { createApp } from './app.ts';
import type { Store } from '@politburo/store';
import type { DemoAccount } from './bodies/body-factory.ts';
import { Scheduler } from './clock/scheduler.ts';
import { fastReadLane, laneRead } from './http/fast-reads.ts';
import { registerFastRead } from './routes/register-routes.ts';
import { openEventStore, openServices, type Services } from './services.ts';
import { smtpMailer } from './notifications/mailer.ts';
import { Notifier } from './notifications/notifier.ts';
import { mountWebApp } from './web-app.ts';

export const DEFAULT_DB = 'politburo.db';
export const DEMO_BODY_ID = '1934-demo';
/** The demo copy holds 1934 as it stood on the first day of the leader's holiday, so a user replays it from there. */
export const DEMO_AS_OF = '1934-07-30';

export interface StartOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** SQLite file (default `politburo.db`) or postgres:// URL; DATABASE_URL when absent. */
  databaseUrl?: string;
  /** An already open store (tests); `databaseUrl` is then ignored. */
  store?: Store;
  /** Load the 1934 scenario and a demo copy with one account per role (default true). */
  demo?: boolean;
  demoPassword?: string;
  schedulerIntervalMs?: number;
  realNow?: () => number;
  /** The built web app to serve beside the API (default packages/web/dist); false to serve none. */
  webRoot?: string | false;
  /** SMTP server for the notices (`SMTP_URL` when absent); without one nothing is mailed. */
  smtpUrl?: string;
  /** How near a deadline (body minutes) a poll is told as closing soon; default a day. */
  notifySoonMinutes?: number;
  /**
   * Run the clock's scheduler and the mail notices here (default true). Of several workers
   * on one store only one does: the others would only race it for the same deliveries and
   * mail each notice again.
   */
  background?: boolean;
  /** Answer kept pages on the pre-serialised read lane before the Hono chain (`http/fast-reads.ts`; default true; false for the tests that compare the two). */
  fastReads?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  services: Services;
  scheduler: Scheduler;
  /** The mail notices, when an SMTP server is configured. */
  notifier: Notifier | null;
  demoAccounts: DemoAccount[];
  demoBodyId: string | null;
  /** Whether the web app is served at `url`. */
  webApp: boolean;
  close(): Promise<void>;
}

/** What `startServer` does to a store before it serves: bodies listed, the scenarios and the demo copy there (its accounts reissued). */
const prepareServices = async (services: Services, demo: boolean): Promise<{ demoAccounts: DemoAccount[]; demoBodyId: string | null }> => {
  // Bodies an older `politburo init` or `restore` wrote without listing them.
  await services.bodies.adoptUnlisted();
  if (!demo) return { demoAccounts: [], demoBodyId: null };
  // Every shipped scenario (1934 as quoted, 1934-evidence as the archive suggests), each a read-only body named after it.
  for (const name of scenarioNames()) await services.bodies.ensureScenario(name);
  const demoAccounts = (await services.repo.exists(DEMO_BODY_ID))
    ? await services.bodies.reissueDemoAccounts(DEMO_BODY_ID)
    : (await services.bodies.copy('1934', { id: DEMO_BODY_ID, kind: 'demo', asOf: DEMO_AS_OF })).demoAccounts;
  return { demoAccounts, demoBodyId: DEMO_BODY_ID };
};

const servicesFor = async (o: StartOptions, store: Store): Promise<Services> =>
  openServices({ store, ...(o.realNow ? { realNow: o.realNow } : {}), ...(o.demoPassword ? { demoPassword: o.demoPassword } : {}) });

/** The store made ready for serving, once, before several workers start on it (`serve --workers`). */
export const prepareStore = async (o: StartOptions): Promise<{ demoAccounts: DemoAccount[]; demoBodyId: string | null }> => {
  const store = await openEventStore(o.databaseUrl ?? process.env.DATABASE_URL ?? DEFAULT_DB);
  try {
    const services = await servicesFor(o, store);
    const prepared = await prepareServices(services, o.demo ?? true);
    services.repo.stop();
    return prepared;
  } finally {
    await store.close();
  }
};

export const startServer = async (o: StartOptions = {}): Promise<RunningServer> => {
  const store = o.store ?? (await openEventStore(o.databaseUrl ?? process.env.DATABASE_URL ?? DEFAULT_DB));
  const services = await servicesFor(o, store);
  const { demoAccounts, demoBodyId } = await prepareServices(services, o.demo ?? true);
  const app = createApp(services);
  const webApp = o.webRoot === false ? false : mountWebApp(app, o.webRoot);
  const background = o.background ?? true;
  const scheduler = new Scheduler(services.repo, o.schedulerIntervalMs ?? 500, () => services.classes.tick());
  if (background) scheduler.start();
  const smtpUrl = background ? (o.smtpUrl ?? process.env.SMTP_URL) : undefined;
  const notifier = smtpUrl
    ? new Notifier(services.repo, smtpMailer(smtpUrl, process.env.SMTP_FROM), { ...(o.notifySoonMinutes !== undefined ? { soonMinutes: o.notifySoonMinutes } : {}) })
    : null;
  await notifier?.start();
  const host = o.host ?? '127.0.0.1';
  const server: ServerType = await new Promise((resolve) => {
    const listener = getRequestListener(app.fetch, { hostname: host });
    const s = createServer(o.fastReads === false ? listener : fastReadLane(services, [laneRead(registerFastRead)], listener));
    s.listen(o.port ?? 3000, host, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    services,
    scheduler,
    notifier,
    demoAccounts,
    demoBodyId,
    webApp,
    close: async () => {
      await scheduler.stop();
      await notifier?.stop();
      // SSE streams hold connections open: drop them so close() returns.
      const s = server as ServerType & { closeAllConnections?: () => void };
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        s.closeAllConnections?.();
      });
      services.repo.stop();
      if (!o.store) await store.close();
    },
  };
};
