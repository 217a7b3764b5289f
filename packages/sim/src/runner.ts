import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { writeRecordDir } from '@politburo/record';
import { type Figures, figuresOf } from './figures.ts';
import type { Params } from './params.ts';
import { simulateRun } from './simulate.ts';

/** One simulated year to run: parameters, seed, and optionally where to write its record. */
export interface RunTask {
  params: Params;
  seed: number;
  preset?: string;
  outDir?: string;
}

export interface RunResult {
  seed: number;
  figures: Figures;
  decisions: number;
  commands: number;
}

export type Progress = (done: number, total: number) => void;

/** Runs one task in this thread. */
export const runTask = async (task: RunTask): Promise<RunResult> => {
  const r = simulateRun(task.params, task.seed, task.preset ? { preset: task.preset } : {});
  if (task.outDir) await writeRecordDir(r.record, task.outDir);
  return { seed: task.seed, figures: figuresOf(r.record), decisions: r.record.decisions.length, commands: r.commands };
};

export interface PoolOptions {
  /** Worker threads; 1 runs in the calling thread. Default: all cores. */
  workers?: number;
}

/**
 * Starts a worker on worker.ts. Run from TypeScript sources (tsx, vitest), the worker
 * first registers tsx's ESM loader — Node 20 cannot load a .ts entry otherwise.
 */
const startWorker = (): Worker => {
  const fromSources = import.meta.url.endsWith('.ts');
  const workerUrl = new URL(fromSources ? './worker.ts' : './worker.js', import.meta.url).href;
  if (!fromSources) return new Worker(new URL(workerUrl));
  // require.resolve yields the CommonJS build of tsx's API; the ESM one sits beside it.
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(workerUrl)}); });`;
  return new Worker(boot, { eval: true });
};

type Reply = { id: number; result: RunResult } | { id: number; error: string };

/**
 * Worker threads that run simulations. When this module is TypeScript (tests, tsx),
 * each worker loads the tsx loader so it can import the same sources.
 */
export class SimPool {
  private readonly workers: Worker[] = [];
  readonly size: number;

  constructor(options: PoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.workers ?? availableParallelism()));
  }

  private spawn(): Worker[] {
    if (this.workers.length === 0 && this.size > 1) {
      for (let i = 0; i < this.size; i++) this.workers.push(startWorker());
    }
    return this.workers;
  }

  /** Runs the tasks, results in task order; `onProgress` after each finished task. */
  async run(tasks: readonly RunTask[], onProgress?: Progress): Promise<RunResult[]> {
    const results: RunResult[] = new Array(tasks.length);
    let done = 0;
    if (this.size === 1 || tasks.length <= 1) {
      for (const [i, t] of tasks.entries()) {
        results[i] = await runTask(t);
        onProgress?.(++done, tasks.length);
      }
      return results;
    }
    const workers = this.spawn();
    let next = 0;
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= tasks.length) {
                w.off('message', onMessage);
                w.off('error', onError);
                resolve();
                return;
              }
              const id = next++;
              w.postMessage({ id, task: tasks[id] });
            };
            const onMessage = (m: Reply) => {
              if ('error' in m) {
                w.off('message', onMessage);
                w.off('error', onError);
                reject(new Error(`simulation of seed ${tasks[m.id]?.seed} failed: ${m.error}`));
                return;
              }
              results[m.id] = m.result;
              onProgress?.(++done, tasks.length);
              feed();
            };
            const onError = (e: Error) => reject(e);
            w.on('message', onMessage);
            w.on('error', onError);
            feed();
          }),
      ),
    );
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((w) => w.terminate()));
  }
}

/** Runs tasks on a fresh pool and closes it. */
export const runMany = async (tasks: readonly RunTask[], options: PoolOptions & { onProgress?: Progress } = {}): Promise<RunResult[]> => {
  const pool = new SimPool(options);
  try {
    return await pool.run(tasks, options.onProgress);
  } finally {
    await pool.close();
  }
};

export const seedRange = (first: number, count: number): number[] => Array.from({ length: count }, (_, i) => first + i);
