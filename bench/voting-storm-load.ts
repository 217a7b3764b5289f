/**
 * The load side of `bench/voting-storm.ts`, in a process of its own: reads the votes from the
 * file named in argv, waits for GO on stdin, sends them over `connections` keep-alive
 * sockets at once (each socket one vote after another, as autocannon does), and prints
 * RESULT with each vote's status and latency and the storm's wall time.
 */
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createInterface } from 'node:readline';

interface Config {
  connections: number;
  votes: Array<{ url: string; headers: Record<string, string>; body: string }>;
}
const config = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Config;
const agent = new Agent({ keepAlive: true, maxSockets: config.connections });
const send = (v: Config['votes'][number]): Promise<{ status: number; ms: number; bytes: number }> =>
  new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = request(v.url, { method: 'POST', agent, headers: { ...v.headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(v.body) } }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0, bytes }));
    });
    req.on('error', reject);
    req.end(v.body);
  });

const lines = createInterface({ input: process.stdin });
process.stdout.write('READY\n');
await new Promise<void>((resolve) => lines.once('line', () => resolve()));
const t0 = performance.now();
let next = 0;
const results: Array<{ status: number; ms: number; bytes: number }> = [];
await Promise.all(
  Array.from({ length: Math.min(config.connections, config.votes.length) }, async () => {
    while (next < config.votes.length) results.push(await send(config.votes[next++]!));
  }),
);
const wallMs = performance.now() - t0;
process.stdout.write(`RESULT ${JSON.stringify({ wallMs, results })}\n`);
agent.destroy();
lines.close();
