/**
 * A load generator in a process of its own, for benches that need more than one URL (or a
 * write per request): reads a config file (argv[2]), says READY, waits for GO on stdin, then
 * keeps `connections` keep-alive sockets busy — each request the next of `requests`, round
 * robin — for `durationMs` (or until each request has been sent once, with `once`), and prints
 * RESULT with the statuses, latencies and bytes received.
 */
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createInterface } from 'node:readline';

export interface LoadConfig {
  connections: number;
  durationMs: number;
  once?: boolean;
  requests: Array<{ url: string; method?: string; headers?: Record<string, string>; body?: string }>;
}
const config = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as LoadConfig;
const agent = new Agent({ keepAlive: true, maxSockets: config.connections });
const send = (r: LoadConfig['requests'][number]): Promise<{ status: number; ms: number; bytes: number; connectMs: number }> =>
  new Promise((resolve) => {
    const t0 = performance.now();
    const headers: Record<string, string | number> = { ...r.headers };
    if (r.body !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(r.body) });
    let connectMs = 0;
    const req = request(r.url, { method: r.method ?? 'GET', agent, headers }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0, bytes, connectMs }));
    });
    // a new socket's connect is timed apart: a full accept queue shows there, not in the server's answer
    req.on('socket', (socket) => {
      if (socket.connecting) socket.once('connect', () => (connectMs = performance.now() - t0));
    });
    // a refused or reset connection is counted (status 0), not fatal: the bench reports it
    req.on('error', () => resolve({ status: 0, ms: performance.now() - t0, bytes: 0, connectMs }));
    req.end(r.body);
  });

const lines = createInterface({ input: process.stdin });
process.stdout.write('READY\n');
await new Promise<void>((resolve) => lines.once('line', () => resolve()));
const t0 = performance.now();
let next = 0;
const statuses: Record<number, number> = {};
const ms: number[] = [];
let bytes = 0;
let connectMaxMs = 0;
const more = () => (config.once ? next < config.requests.length : performance.now() - t0 < config.durationMs);
await Promise.all(
  Array.from({ length: config.connections }, async () => {
    while (more()) {
      const r = await send(config.requests[next++ % config.requests.length]!);
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      ms.push(r.ms);
      bytes += r.bytes;
      connectMaxMs = Math.max(connectMaxMs, r.connectMs);
    }
  }),
);
process.stdout.write(`RESULT ${JSON.stringify({ wallMs: performance.now() - t0, statuses, ms, bytes, connectMaxMs })}\n`);
agent.destroy();
lines.close();
