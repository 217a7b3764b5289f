import { randomBytes } from 'node:crypto';
import { type Figures, type Params, presetParams, type RunResult, runMany, scenarioOverrides, summarize, TARGETS_1934, validateParams } from '@politburo/sim';

export interface SimulationRequest {
  preset: string;
  scenario?: string | undefined;
  runs: number;
  seed: number;
  overrides?: Partial<Record<string, number | boolean | string>> | undefined;
}

export interface SimulationJob {
  id: string;
  /** Who started it (`<body>/<username>`): the per-user limit counts these. */
  owner?: string;
  request: SimulationRequest;
  status: 'running' | 'done' | 'failed';
  progress: { done: number; total: number };
  error?: string;
  result?: { spreads: ReturnType<typeof summarize>; runs: Array<{ seed: number; figures: Figures }>; published: typeof TARGETS_1934 };
}

/**
 * Simulation jobs of this process, run on worker threads so the API stays responsive.
 * Kept in memory: a job is a computation, not a fact of any body, and is lost with the
 * process (the client starts it again).
 */
export class SimulationJobs {
  private readonly jobs = new Map<string, SimulationJob>();

  constructor(private readonly workers = 2) {}

  /** Running jobs, in all or of one owner (the limits: at most 2 a user, 4 in all). */
  running(owner?: string): number {
    let n = 0;
    for (const j of this.jobs.values()) if (j.status === 'running' && (owner === undefined || j.owner === owner)) n++;
    return n;
  }

  start(request: SimulationRequest, owner?: string): SimulationJob {
    const params: Params = validateParams({
      ...presetParams(request.preset),
      ...(request.scenario ? scenarioOverrides(request.scenario) : {}),
      ...(request.overrides ?? {}),
    } as Params);
    const job: SimulationJob = { id: `sim-${randomBytes(6).toString('hex')}`, ...(owner ? { owner } : {}), request, status: 'running', progress: { done: 0, total: request.runs } };
    this.jobs.set(job.id, job);
    const tasks = Array.from({ length: request.runs }, (_, i) => ({ params, seed: request.seed + i, preset: request.preset }));
    runMany(tasks, { workers: Math.min(this.workers, request.runs), onProgress: (done) => (job.progress = { done, total: request.runs }) })
      .then((results: RunResult[]) => {
        job.result = { spreads: summarize(results.map((r) => r.figures)), runs: results.map((r) => ({ seed: r.seed, figures: r.figures })), published: TARGETS_1934 };
        job.status = 'done';
      })
      .catch((err: unknown) => {
        job.status = 'failed';
        job.error = err instanceof Error ? err.message : String(err);
      });
    return job;
  }

  get(id: string): SimulationJob | undefined {
    return this.jobs.get(id);
  }
}
