/**
 * Read throughput of the register route (`GET /api/bodies/1934-demo/decisions?pageSize=50`,
 * as a logged-in full member, so the special folder is in play) at 100 connections, against a
 * bare `node:http` server returning the very same bytes — and the same API as `--workers N`.
 * Every server runs in a process of its own, and so does the load generator (wrk, or
 * autocannon's CLI): nothing measured shares a process with what measures it. The servers are
 * measured in interleaved rounds (the order rotates each round); the figures are medians over
 * the rounds, ratios taken within each round.
 *
 *   npx tsx bench/register-throughput.ts [--pairs 5] [--duration 10] [--connections 100]
 *     [--workers 2] [--gzip true] [--tool wrk|autocannon] [--query 'pageSize=50'] [--db FILE]
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadLine, median, parseFlags } from './bench-support.ts';

const run = promisify(execFile);
const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));
const flags = parseFlags(process.argv.slice(2), {
  pairs: '5',
  duration: '10',
  warmup: '3',
  connections: '100',
  threads: '1',
  workers: '2',
  tool: existsSync('/usr/bin/wrk') ? 'wrk' : 'autocannon',
  gzip: 'true',
  query: 'pageSize=50',
  db: '',
});
const pairs = Number(flags.pairs);
const duration = Number(flags.duration);
const connections = Number(flags.connections);
const workers = Number(flags.workers);
const password = 'bench-password';
const BODY = '1934-demo';
const path = `/api/bodies/${BODY}/decisions?${flags.query}`;

const dir = mkdtempSync(join(tmpdir(), 'politburo-bench-'));
const db = flags.db || join(dir, 'bench.db');
const children: ChildProcess[] = [];

/**
 * CPU seconds (user + system) of a process and all its descendants, from /proc: on a machine
 * other jobs share, requests/s depends on the share of a core a server gets, its CPU time per
 * request does not. (Linux only; elsewhere the column is left empty.)
 */
const cpuSeconds = (pid: number): number => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat(5), in clock ticks (100 a second on Linux)
    let total = (Number(fields[11]) + Number(fields[12])) / 100;
    for (const task of readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) total += cpuSeconds(Number(task));
    return total;
  } catch {
    return Number.NaN;
  }
};

/** A server in its own process; resolves with its URL once it prints `READY <url>`. */
const startChild = (label: string, args: string[]): Promise<{ url: string; pid: number }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /READY (\S+)/.exec(out);
      if (m) resolve({ url: m[1]!, pid: child.pid! });
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) => reject(new Error(`${label} exited (${code}): ${err}`)));
  });

const stopAll = async () => {
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((resolve) => {
          if (c.exitCode !== null) return resolve();
          c.once('exit', () => resolve());
          c.kill('SIGTERM');
        }),
    ),
  );
};

interface Load {
  rps: number;
  /** The server's CPU time per answered request, in µs. */
  cpuUs: number;
  p50: number;
  p99: number;
  bytesPerRequest: number;
  errors: number;
}

/** wrk's latency line ("99%  12.34ms") in ms. */
const ms = (text: string, pct: string): number => {
  const m = new RegExp(`^\\s*${pct}%\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm').exec(text);
  if (!m) throw new Error(`wrk: no ${pct}% line in\n${text}`);
  return Number(m[1]) * { us: 0.001, ms: 1, s: 1000 }[m[2] as 'us' | 'ms' | 's'];
};

/** One load run from a separate process: wrk, or autocannon's CLI. */
const load = async (url: string, pid: number, cookie: string, seconds: number, gzip: boolean): Promise<Load> => {
  const cpu0 = cpuSeconds(pid);
  const r = await loadOnly(url, cookie, seconds, gzip);
  return { ...r, cpuUs: ((cpuSeconds(pid) - cpu0) * 1e6) / (r.rps * seconds) };
};

const loadOnly = async (url: string, cookie: string, seconds: number, gzip: boolean): Promise<Omit<Load, 'cpuUs'>> => {
  const accept = gzip ? ['-H', 'accept-encoding: gzip'] : [];
  if (flags.tool === 'wrk') {
    const { stdout } = await run('/usr/bin/wrk', [`-t${flags.threads}`, `-c${connections}`, `-d${seconds}s`, '--latency', '-H', `cookie: ${cookie}`, ...accept, url], { maxBuffer: 1 << 20 });
    const requests = Number(/(\d+) requests in/.exec(stdout)?.[1]);
    const read = /requests in [\d.]+\w+, ([\d.]+)(B|KB|MB|GB) read/.exec(stdout);
    const bytes = Number(read?.[1]) * { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[(read?.[2] ?? 'B') as 'B'];
    const errs = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(stdout);
    const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(stdout)?.[1] ?? 0);
    return {
      rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1]),
      p50: ms(stdout, '50'),
      p99: ms(stdout, '99'),
      bytesPerRequest: bytes / requests,
      errors: non2xx + (errs ? errs.slice(1).reduce((a, b) => a + Number(b), 0) : 0),
    };
  }
  const bin = here('../node_modules/.bin/autocannon');
  const { stdout } = await run(bin, ['-j', '-c', String(connections), '-d', String(seconds), '-H', `cookie=${cookie}`, ...(gzip ? ['-H', 'accept-encoding=gzip'] : []), url], { maxBuffer: 1 << 24 });
  const r = JSON.parse(stdout) as { requests: { average: number; total: number }; latency: { p50: number; p99: number }; throughput: { total: number }; errors: number; timeouts: number; non2xx: number };
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, bytesPerRequest: r.throughput.total / r.requests.total, errors: r.errors + r.timeouts + r.non2xx };
};

const log = (s: string) => process.stderr.write(`${s}\n`);

try {
  log(`starting the API on ${db} (the first start loads the 1934 scenario and its demo copy)…`);
  const { url: single, pid: singlePid } = await startChild('api', [here('register-server.ts'), '--db', db, '--password', password]);
  const clusterChild = workers > 1 ? await startChild(`api --workers ${workers}`, [here('register-server.ts'), '--db', db, '--password', password, '--workers', String(workers)]) : null;
  const cluster = clusterChild?.url ?? null;

  // Log in as a member of the demo copy, as a browser would; the session lives in the store, so it works on every server of it.
  const first = await fetch(`${single}/api/auth/session`);
  const csrf = /pb_csrf=([^;]+)/.exec(first.headers.get('set-cookie') ?? '')?.[1] ?? '';
  const login = await fetch(`${single}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: `pb_csrf=${csrf}` },
    body: JSON.stringify({ bodyId: BODY, username: 'member', password }),
  });
  const cookie = /pb_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0];
  if (!login.ok || !cookie) throw new Error(`login failed: ${login.status}`);

  const page = async (base: string) => {
    const res = await fetch(base + path, { headers: { cookie } });
    if (res.status !== 200) throw new Error(`${base}${path}: ${res.status}`);
    return Buffer.from(await res.arrayBuffer());
  };
  const body = await page(single);
  const parsed = JSON.parse(body.toString('utf8')) as { total: number; hidden: number; items: Array<{ restricted: boolean }> };
  // A member's page: the special folder open (nothing hidden), so the cache serves the insiders' bytes.
  if (parsed.hidden !== 0) throw new Error('the session does not see the special folder');
  if (cluster && !(await page(cluster)).equals(body)) throw new Error('the workers serve other bytes than the single process');
  const file = join(dir, 'page.json');
  writeFileSync(file, body);
  const { url: bare, pid: barePid } = await startChild('bare node:http', [here('bare-http.ts'), file]);

  // The first three rows are what the ratios are of; the gzip rows (a browser's request) are compared with each other.
  const servers: Array<{ name: string; url: string; pid: number; gzip: boolean }> = [
    { name: 'bare node:http (same bytes)', url: bare + path, pid: barePid, gzip: false },
    { name: 'politburo API, 1 process', url: single + path, pid: singlePid, gzip: false },
    ...(clusterChild ? [{ name: `politburo API, --workers ${workers}`, url: clusterChild.url + path, pid: clusterChild.pid, gzip: false }] : []),
    ...(flags.gzip === 'true'
      ? [
          { name: 'bare node:http, gzip (same bytes, compressed once)', url: bare + path, pid: barePid, gzip: true },
          { name: 'politburo API, 1 process, gzip', url: single + path, pid: singlePid, gzip: true },
        ]
      : []),
  ];
  const before = await loadLine();
  for (const s of servers) {
    log(`  warm-up: ${s.name}, ${flags.warmup} s`);
    await load(s.url, s.pid, cookie, Number(flags.warmup), s.gzip);
  }
  const results = servers.map(() => [] as Load[]);
  for (let round = 0; round < pairs; round++) {
    // Rotate the order so that no server always runs first, or after the same one.
    for (let k = 0; k < servers.length; k++) {
      const i = (k + round) % servers.length;
      const r = await load(servers[i]!.url, servers[i]!.pid, cookie, duration, servers[i]!.gzip);
      results[i]!.push(r);
      log(`  round ${round + 1}/${pairs}: ${servers[i]!.name}: ${Math.round(r.rps).toLocaleString('en')} req/s, p99 ${r.p99.toFixed(1)} ms, ${r.cpuUs.toFixed(0)} µs CPU/request${r.errors ? `, ${r.errors} errors` : ''}`);
    }
  }
  const after = await loadLine();

  const perRound = (a: number, b: number) => median(results[a]!.map((r, i) => r.rps / results[b]![i]!.rps));
  /** The same ratio by CPU time per request: what a core of each would serve, whatever share of one it got here. */
  const perCpu = (a: number, b: number) => median(results[a]!.map((r, i) => results[b]![i]!.cpuUs / r.cpuUs));
  const fmt = (x: number) => Math.round(x).toLocaleString('en');
  console.log(`\nRegister route: GET ${path} (${body.length.toLocaleString('en')} bytes; ${parsed.total} matching decisions of the 1934 demo copy; a member's session)`);
  console.log(`${flags.tool}: ${connections} connections, ${flags.tool === 'wrk' ? `${flags.threads} thread, ` : ''}${duration} s per run, ${pairs} interleaved rounds; every server and the load generator in a process of its own; Node ${process.version}`);
  console.log(`before: ${before}; after: ${after}\n`);
  console.log('| server | req/s (median) | p50 ms | p99 ms (median) | p99 ms (worst round) | server CPU µs/request | bytes/response | errors |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  servers.forEach((s, i) => {
    const rs = results[i]!;
    console.log(
      `| ${s.name} | ${fmt(median(rs.map((r) => r.rps)))} | ${median(rs.map((r) => r.p50)).toFixed(1)} | ${median(rs.map((r) => r.p99)).toFixed(1)} | ${Math.max(...rs.map((r) => r.p99)).toFixed(1)} | ${median(rs.map((r) => r.cpuUs)).toFixed(0)} | ${fmt(median(rs.map((r) => r.bytesPerRequest)))} | ${rs.reduce((a, r) => a + r.errors, 0)} |`,
    );
  });
  console.log(`\nratio politburo (1 process) / bare node:http: ${perRound(1, 0).toFixed(3)} by req/s, ${perCpu(1, 0).toFixed(3)} by CPU per request (medians of the ${pairs} rounds' ratios)`);
  if (cluster) {
    console.log(`ratio politburo --workers ${workers} / 1 process: ${perRound(2, 1).toFixed(3)} by req/s (CPU per request: ${perCpu(2, 1).toFixed(3)} of the single process's rate)`);
    console.log(`ratio politburo --workers ${workers} / bare node:http: ${perRound(2, 0).toFixed(3)}`);
  }
  if (flags.gzip === 'true') {
    const g = servers.findIndex((s) => s.gzip);
    console.log(`ratio politburo gzip / bare node:http gzip: ${perRound(g + 1, g).toFixed(3)} by req/s, ${perCpu(g + 1, g).toFixed(3)} by CPU; politburo gzip / identity: ${perRound(g + 1, 1).toFixed(3)} by req/s, ${perCpu(g + 1, 1).toFixed(3)} by CPU`);
  }
} finally {
  await stopAll();
  rmSync(dir, { recursive: true, force: true });
}
