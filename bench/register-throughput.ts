/**
 * Read throughput of the register route (`GET /api/bodies/:id/decisions`, page of 50,
 * as a logged-in member so the special folder is in play) at 100 connections, against
 * a bare `node:http` server returning the very same JSON bytes, in the same run, with
 * the same autocannon settings. Prints requests/s, p99 latency and the ratio.
 *
 *   npx tsx bench/register-throughput.ts [--duration 10] [--connections 100] [--db FILE] [--query 'pageSize=50']
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_BODY_ID, startServer } from '@politburo/server';
import { parseFlags } from './bench-support.ts';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  throughput: { average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (opts: { url: string; connections: number; duration: number; headers?: Record<string, string>; pipelining?: number }) => Promise<AutocannonResult>;
// autocannon ships no types; this is the slice we use.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const flags = parseFlags(process.argv.slice(2), { duration: '10', connections: '100', db: '', query: 'pageSize=50' });
const duration = Number(flags.duration);
const connections = Number(flags.connections);

const dir = mkdtempSync(join(tmpdir(), 'politburo-bench-'));
const db = flags.db || join(dir, 'bench.db');
const password = 'bench-password';
const api = await startServer({ port: 0, databaseUrl: db, demoPassword: password, schedulerIntervalMs: 3_600_000 });
const path = `/api/bodies/${DEMO_BODY_ID}/decisions?${flags.query}`;

// log in as a member of the demo copy: a session cookie and the CSRF token, as a browser would
const first = await fetch(`${api.url}/api/auth/session`);
const csrf = /pb_csrf=([^;]+)/.exec(first.headers.get('set-cookie') ?? '')?.[1] ?? '';
const login = await fetch(`${api.url}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: `pb_csrf=${csrf}` },
  body: JSON.stringify({ bodyId: DEMO_BODY_ID, username: 'member', password }),
});
const session = /pb_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0];
if (!login.ok || !session) throw new Error(`login failed: ${login.status}`);
const headers = { cookie: session };

const sample = await fetch(api.url + path, { headers });
const body = Buffer.from(await sample.arrayBuffer());
const total = (JSON.parse(body.toString('utf8')) as { total: number }).total;

const bare = createServer((_, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
  res.end(body);
});
await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}${path}`;

const run = async (label: string, url: string) => {
  process.stderr.write(`  ${label}: ${connections} connections for ${duration} s…\n`);
  await autocannon({ url, connections, duration: 2, headers }); // warm-up
  return autocannon({ url, connections, duration, headers });
};
const bareResult = await run('bare node:http', bareUrl);
const apiResult = await run('politburo register route', api.url + path);

const row = (name: string, r: AutocannonResult) =>
  `| ${name} | ${Math.round(r.requests.average).toLocaleString('en')} | ${r.latency.p50} | ${r.latency.p99} | ${r.errors + r.timeouts} | ${r.non2xx} |`;
console.log(`\nRegister route: GET ${path} (${body.length.toLocaleString('en')} bytes; ${total} matching decisions of the 1934 demo copy; member session)`);
console.log(`autocannon: ${connections} connections, ${duration} s, Node ${process.version}, same process and run\n`);
console.log('| server | req/s | p50 ms | p99 ms | errors | non-2xx |');
console.log('|---|---:|---:|---:|---:|---:|');
console.log(row('bare node:http (same JSON)', bareResult));
console.log(row('politburo API', apiResult));
console.log(`\nratio politburo / bare: ${(apiResult.requests.average / bareResult.requests.average).toFixed(3)} (throughput), p99 ${apiResult.latency.p99} ms vs ${bareResult.latency.p99} ms`);

bare.close();
await api.close();
if (!flags.db) rmSync(dir, { recursive: true, force: true });
