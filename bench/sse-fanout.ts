/**
 * Live updates at scale: N SSE clients on one body (in a process of their own,
 * `sse-fanout-clients.ts`) while V members vote on a poll at once. Measures the fan-out delay
 * from each commit (the store's commit notice in the server process) to its arrival at each
 * client, p50 and p99 over every delivery, and the server's memory per connection (RSS and
 * heap after a full collection, before and with the clients, ÷ N). Baseline in the same run,
 * interleaved round by round: a bare `node:http` SSE server in the same process writing one
 * frame of the same size to every socket per vote (the floor: no store, no filtering).
 * Medians of the rounds; progress on stderr.
 *
 *   npx tsx bench/sse-fanout.ts [--clients 1000] [--voters 50] [--rounds 5]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../packages/server/src/start-server.ts';
import { makeFixture } from '../packages/server/src/test-support/fixture-body.ts';
import { makeVoters } from '../packages/server/src/test-support/voters.ts';
import { helperProcess, loadLine, median, parseFlags, quantile, settledMemory } from './bench-support.ts';

const flags = parseFlags(process.argv.slice(2), { clients: '1000', voters: '50', rounds: '5' });
const N = Number(flags.clients);
const V = Number(flags.voters);
const ROUNDS = Number(flags.rounds);
const memory = () => {
  const m = settledMemory();
  return { rss: m.rss, heap: m.heapUsed + m.external + m.arrayBuffers };
};
const wallNow = () => performance.timeOrigin + performance.now();
const pct = quantile;
const log = (s: string) => process.stderr.write(`${s}\n`);

const dir = mkdtempSync(join(tmpdir(), 'sse-fanout-'));
const srv = await startServer({ port: 0, databaseUrl: join(dir, 'bench.db'), demo: false, webRoot: false, schedulerIntervalMs: 3_600_000 });
const B = 'fanout';
log(`making the body and ${V} voters…`);
const f = await makeFixture(srv.url, B);
const voters = await makeVoters(srv.services, B, V, { by: 'poskrebyshev' });
const commitAt = new Map<number, number>();
srv.services.repo.onCommit((n) => {
  const t = wallNow();
  for (let p = n.fromPosition; p <= n.toPosition; p++) commitAt.set(p, t);
});
// the viewers: members, candidates, observers, the anonymous and the voters themselves
const roles = ['member', 'candidate', 'observer', 'leader', 'secretariat', 'external'] as const;
const viewerHeaders = (i: number): Record<string, string> => {
  if (i < voters.length) return { cookie: voters[i]!.headers.cookie! };
  const k = i % (roles.length + 1);
  return k === roles.length ? {} : { cookie: `pb_session=${f.as[roles[k]!].sessionCookie ?? ''}` };
};

// the baseline: one frame per vote written to every socket
const bareClients = new Set<ServerResponse>();
let bareId = 0;
const sampleData = JSON.stringify({ position: 123456, bodyId: B, event: { type: 'VoteCast', itemId: 'round-1', ballot: { memberId: 'voter-12', vote: 'for', at: '1934-09-01T10:00' } } });
const bare = createServer((req, res) => {
  if (req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.flushHeaders();
    bareClients.add(res);
    req.on('close', () => bareClients.delete(res));
    return;
  }
  req.resume();
  req.on('end', () => {
    const id = ++bareId;
    commitAt.set(-id, wallNow());
    const frame = Buffer.from(`event: VoteCast\ndata: ${sampleData}\nid: ${-id}\n\n`);
    for (const c of bareClients) c.write(frame);
    res.writeHead(201).end();
  });
});
await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;

interface Round {
  p50: number;
  p99: number;
  rssPerConn: number;
  heapPerConn: number;
  exact: boolean;
}

const runRound = async (side: 'politburo' | 'bare', round: number): Promise<Round> => {
  const itemId = `round-${round}`;
  let streamUrl = `${bareUrl}/stream`;
  let votes = voters.map(() => ({ url: `${bareUrl}/vote`, headers: {}, body: '{}' }));
  if (side === 'politburo') {
    await f.as.deputy.json('POST', `/api/bodies/${B}/items`, { itemId, title: `Round ${round}` });
    await f.as.deputy.json('POST', `/api/bodies/${B}/items/${itemId}/poll`, { deadline: '1934-09-05T10:00' });
    streamUrl = `${srv.url}/api/bodies/${B}/events/stream`;
    votes = voters.map((v) => ({ url: `${srv.url}/api/bodies/${B}/items/${itemId}/votes`, headers: v.headers, body: JSON.stringify({ vote: 'for' }) }));
  }
  const before = memory();
  const config = { streamUrl, clients: Array.from({ length: N }, (_, i) => viewerHeaders(i)), votes, expectType: 'VoteCast', expectPerClient: V };
  const { next, go, exited } = helperProcess('sse-fanout-clients.ts', JSON.stringify(config));
  if ((await next()) !== 'CONNECTED') throw new Error('clients did not connect');
  const withClients = memory();
  go();
  const line = await next();
  const result = JSON.parse(line.slice('RESULT '.length)) as { statuses: number[]; arrivals: Array<Array<[number, number]>>; exact: boolean };
  await exited;
  const delays: number[] = [];
  for (const client of result.arrivals) for (const [id, at] of client) delays.push(at - commitAt.get(id)!);
  const ok = result.statuses.every((s) => s === 201);
  return {
    p50: pct(delays, 0.5),
    p99: pct(delays, 0.99),
    rssPerConn: (withClients.rss - before.rss) / N,
    heapPerConn: (withClients.heap - before.heap) / N,
    exact: ok && result.exact,
  };
};

const results: Record<'politburo' | 'bare', Round[]> = { politburo: [], bare: [] };
try {
  for (let r = 1; r <= ROUNDS; r++) {
    // interleaved, the order alternating, so that drift in the machine's load falls on both
    for (const side of r % 2 ? (['politburo', 'bare'] as const) : (['bare', 'politburo'] as const)) {
      const x = await runRound(side, r);
      results[side].push(x);
      log(`  round ${r}/${ROUNDS} ${side}: p50 ${x.p50.toFixed(1)} ms, p99 ${x.p99.toFixed(1)} ms, ${(x.rssPerConn / 1024).toFixed(1)} KiB RSS / ${(x.heapPerConn / 1024).toFixed(1)} KiB heap a connection${x.exact ? '' : ' — NOT EXACT'}`);
    }
  }
  const m = (side: 'politburo' | 'bare', k: keyof Omit<Round, 'exact'>) => median(results[side].map((x) => x[k]));
  console.log(`\nSSE fan-out: ${N} clients (separate process) on one body, ${V} votes at once per round, ${ROUNDS} interleaved rounds; ${await loadLine()}; Node ${process.version}\n`);
  console.log('| server | fan-out p50 ms | p99 ms | RSS / connection | heap / connection | every client got every vote once |');
  console.log('|---|---:|---:|---:|---:|---|');
  for (const side of ['politburo', 'bare'] as const) {
    console.log(`| ${side === 'bare' ? 'bare node:http (one frame to every socket)' : 'politburo'} | ${m(side, 'p50').toFixed(1)} | ${m(side, 'p99').toFixed(1)} | ${(m(side, 'rssPerConn') / 1024).toFixed(1)} KiB | ${(m(side, 'heapPerConn') / 1024).toFixed(1)} KiB | ${results[side].every((x) => x.exact) ? 'yes' : 'NO'} |`);
  }
  console.log(`\nratio politburo / bare: p50 ×${(m('politburo', 'p50') / m('bare', 'p50')).toFixed(2)}, p99 ×${(m('politburo', 'p99') / m('bare', 'p99')).toFixed(2)}, heap a connection ×${(m('politburo', 'heapPerConn') / m('bare', 'heapPerConn')).toFixed(2)}`);
  if (![...results.politburo, ...results.bare].every((x) => x.exact)) process.exitCode = 1;
} finally {
  bare.close();
  await srv.close();
  rmSync(dir, { recursive: true, force: true });
}
