/**
 * The load side of `bench/sse-fanout.ts`, in a process of its own: opens the SSE clients,
 * says CONNECTED, waits for GO on stdin, sends the votes all at once, waits until every
 * client has its expected frames, and prints RESULT with each frame's arrival time.
 */
import { createInterface } from 'node:readline';
import { openSwarm, SwarmClient, waitFor } from '../packages/server/src/test-support/sse-swarm.ts';

interface Config {
  streamUrl: string;
  clients: Array<Record<string, string>>;
  votes: Array<{ url: string; headers: Record<string, string>; body: string }>;
  /** Frames of this type each client must get. */
  expectType: string;
  expectPerClient: number;
}

const config = JSON.parse(process.argv[2]!) as Config;
const clients = await openSwarm(config.clients.length, (i) => new SwarmClient(config.streamUrl, config.clients[i]!));
if (clients.some((c) => c.status !== 200)) throw new Error(`a client was refused: ${clients.find((c) => c.status !== 200)?.status}`);
process.stdout.write('CONNECTED\n');
const lines = createInterface({ input: process.stdin });
await new Promise<void>((resolve) => lines.once('line', () => resolve()));
const got = (c: SwarmClient) => c.frames.reduce((n, f) => n + (f.event === config.expectType ? 1 : 0), 0);
const statuses = await Promise.all(
  config.votes.map((v) =>
    fetch(v.url, { method: 'POST', headers: { ...v.headers, 'content-type': 'application/json' }, body: v.body }).then(async (r) => {
      await r.arrayBuffer();
      return r.status;
    }),
  ),
);
await waitFor(
  () => clients.every((c) => got(c) >= config.expectPerClient),
  120_000,
  () => `${clients.filter((c) => got(c) < config.expectPerClient).length} clients short`,
);
const arrivals = clients.map((c) => c.frames.filter((f) => f.event === config.expectType).map((f) => [f.id, f.at]));
const exact = clients.every((c) => got(c) === config.expectPerClient && new Set(c.frames.map((f) => f.id)).size === c.frames.length);
process.stdout.write(`RESULT ${JSON.stringify({ statuses, arrivals, exact })}\n`);
for (const c of clients) c.close();
lines.close();
