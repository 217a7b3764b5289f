import cluster, { type Worker } from 'node:cluster';
import { fileURLToPath } from 'node:url';
import type { DemoAccount } from './bodies/body-factory.ts';
import { prepareStore, type StartOptions, startServer } from './start-server.ts';

/** What a worker is started with: the options a process can be told in its environment (no open store, no clock function). */
export type WorkerOptions = Omit<StartOptions, 'store' | 'realNow'>;

export interface RunningWorkers {
  url: string;
  port: number;
  workers: number;
  demoAccounts: DemoAccount[];
  demoBodyId: string | null;
  webApp: boolean;
  close(): Promise<void>;
}

const ENV = 'POLITBURO_WORKER';
type FromWorker = { type: 'ready'; url: string; port: number; webApp: boolean };

/** The worker's entry: this module's sibling, as TypeScript under tsx and vitest, as JavaScript in the production build. */
const workerEntry = (): { exec: string; execArgv: string[] } => {
  const fromSources = import.meta.url.endsWith('.ts');
  const exec = fileURLToPath(new URL(fromSources ? './serve-worker.ts' : './serve-worker.js', import.meta.url));
  // Node 20 loads a .ts entry only through tsx's loader; a primary started by tsx already has it in its flags.
  const hasTsx = process.execArgv.some((a) => a.includes('tsx'));
  return { exec, execArgv: fromSources && !hasTsx ? [...process.execArgv, '--import', 'tsx'] : process.execArgv };
};

/**
 * `politburo serve --workers N`: N processes (node:cluster) sharing one port and one store.
 * The primary prepares the store once (scenarios, demo copy), then forks; it serves nothing
 * itself and hands each new connection to a worker in turn. Each worker folds the bodies it
 * serves and learns of the others' commits from the store's commit feed (the same as two
 * servers on one database). Writes to one body from two workers are serialised by the
 * store's expected version: the loser gets CONCURRENCY_CONFLICT inside the one command
 * handler, which waits a jittered backoff, catches up and decides again — no write is lost,
 * none is applied twice. Only the first worker runs the scheduler and the mail notices. A
 * worker that dies is started again.
 */
export const startWorkers = async (n: number, o: WorkerOptions = {}): Promise<RunningWorkers> => {
  if (!cluster.isPrimary) throw new Error('startWorkers runs in the primary process');
  if (!Number.isInteger(n) || n < 1) throw new Error(`workers: ${n} is not a positive whole number`);
  const { demoAccounts, demoBodyId } = await prepareStore(o);
  cluster.setupPrimary({ ...workerEntry(), silent: false });
  const workers = new Map<number, Worker>();
  let closing = false;

  const fork = (index: number): Promise<FromWorker> =>
    new Promise((resolve, reject) => {
      // Every worker asks for the same port; with 0 the cluster gives them all the one the first got.
      const options: WorkerOptions = { ...o, demo: false, background: index === 0 };
      const w = cluster.fork({ [ENV]: JSON.stringify({ index, options }) });
      workers.set(index, w);
      let ready = false;
      w.on('message', (m: FromWorker) => {
        if (m?.type !== 'ready') return;
        ready = true;
        resolve(m);
      });
      w.on('exit', (code, signal) => {
        if (workers.get(index) === w) workers.delete(index);
        if (!ready) return reject(new Error(`worker ${index} exited before it listened (${signal ?? code})`));
        if (closing) return;
        process.stderr.write(`politburo: worker ${index} exited (${signal ?? code}); starting it again\n`);
        // A second's pause, so that a worker dying at once again does not spin the primary.
        setTimeout(() => {
          if (!closing) void fork(index).catch((err: unknown) => process.stderr.write(`politburo: worker ${index} did not restart: ${String(err)}\n`));
        }, 1000);
      });
    });

  const close = async () => {
    closing = true;
    await Promise.all(
      [...workers.values()].map(
        (w) =>
          new Promise<void>((resolve) => {
            if (w.isDead()) return resolve();
            w.once('exit', () => resolve());
            w.process.kill('SIGTERM');
          }),
      ),
    );
  };
  let first: FromWorker;
  try {
    first = await fork(0);
    await Promise.all(Array.from({ length: n - 1 }, (_, i) => fork(i + 1)));
  } catch (err) {
    await close();
    throw err;
  }
  return {
    url: first.url,
    port: first.port,
    workers: n,
    demoAccounts,
    demoBodyId,
    webApp: first.webApp,
    close,
  };
};

/** In a process `startWorkers` forked: its server, on the shared port; SIGTERM closes it. */
export const runWorker = async (): Promise<void> => {
  const spec = process.env[ENV];
  if (!cluster.isWorker || !spec) throw new Error('serve-worker runs only as a worker forked by `serve --workers`');
  const { options } = JSON.parse(spec) as { index: number; options: WorkerOptions };
  const running = await startServer(options);
  process.once('SIGTERM', () => void running.close().then(() => process.exit(0)));
  // Ctrl-C reaches the whole process group: the primary closes its workers itself (SIGTERM), not one by one as they die.
  process.on('SIGINT', () => {});
  process.send?.({ type: 'ready', url: running.url, port: running.port, webApp: running.webApp } satisfies FromWorker);
};
