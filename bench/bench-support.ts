/** Small helpers shared by the bench scripts: flags, progress lines on stderr, memory, helper processes. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import v8 from 'node:v8';
import vm from 'node:vm';

/** `--name value` pairs over defaults; unknown flags are an error so a typo is not silently ignored. */
export const parseFlags = <K extends string>(argv: string[], defaults: Record<K, string>): Record<K, string> => {
  const out: Record<string, string> = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}`);
    const name = arg.slice(2);
    if (!(name in defaults)) throw new Error(`unknown flag --${name}; known: ${Object.keys(defaults).map((k) => `--${k}`).join(' ')}`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) out[name] = 'true';
    else {
      out[name] = value;
      i++;
    }
  }
  return out as Record<K, string>;
};

/** Returns a function reporting `done` of `total` (at most a few lines a second). */
export const progress = (label: string, total: number): ((done: number) => void) => {
  const started = performance.now();
  let last = 0;
  return (done) => {
    const now = performance.now();
    if (done < total && now - last < 500) return;
    last = now;
    const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
    const rate = done / Math.max(0.001, (now - started) / 1000);
    process.stderr.write(`  ${label}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} (${pct}%), ${Math.round(rate).toLocaleString('en')}/s${done >= total ? '\n' : '\r'}`);
  };
};

export const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * Wall and CPU time of `f`, in ms. On a machine shared with other jobs, wall time
 * includes waiting for a core; this process's CPU time (user + system, all its threads)
 * does not, so both are reported and ratios of each are taken within one pair.
 */
export const timed = <T>(f: () => T): { value: T; wallMs: number; cpuMs: number } => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = f();
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, wallMs, cpuMs: (c.user + c.system) / 1000 };
};

/** The load average while a bench ran, for the record: ratios within one run are what count. */
export const loadLine = async (): Promise<string> => {
  const { loadavg, availableParallelism } = await import('node:os');
  return `load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} on ${availableParallelism()} cores`;
};

/** The p-th quantile of `xs` (nearest rank). */
export const quantile = (xs: readonly number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(p * xs.length) - 1)]!;

let collect: (() => void) | undefined;
/** The process's memory after two full collections, so a delta counts what is kept, not garbage. */
export const settledMemory = (): NodeJS.MemoryUsage => {
  if (!collect) {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  collect();
  collect();
  return process.memoryUsage();
};

/**
 * A bench's helper process (a load generator, a swarm of clients) started through tsx with one
 * argument; `next()` is its next line on stdout, and fails if it exits first.
 */
export const helperProcess = (script: string, arg: string) => {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, script), arg], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((r) => child.once('exit', r));
  const lines = createInterface({ input: child.stdout });
  const next = () =>
    new Promise<string>((resolve, reject) => {
      lines.once('line', resolve);
      child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    });
  return { next, go: () => child.stdin.write('GO\n'), exited };
};
