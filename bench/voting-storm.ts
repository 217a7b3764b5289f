/**
 * A voting storm: N accounts (made by `makeVoters` through the core, the accounts decider
 * and the sessions service) vote on one poll at once over HTTP, the load in a process of its
 * own (`http-load.ts`) over `--connections` keep-alive sockets. Each round puts a new
 * item to a poll; every vote goes through the one command handler. Reports latency per vote
 * (p50, p99) and votes a second, and checks that every vote is in the body exactly once.
 * Baseline in the same run, interleaved: a bare `node:http` server answering the same
 * requests with a reply of the same mean size. Medians of the rounds; progress on stderr.
 *
 *   npx tsx bench/voting-storm.ts [--accounts 1000] [--connections 100] [--rounds 5]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { activeOf } from '../packages/server/src/bodies/body-repository.ts';
import { startServer } from '../packages/server/src/start-server.ts';
import { makeFixture } from '../packages/server/src/test-support/fixture-body.ts';
import { freshRequest } from '../packages/server/src/test-support/sse-swarm.ts';
import { makeVoters } from '../packages/server/src/test-support/voters.ts';
import { helperProcess, loadLine, median, parseFlags, progress, quantile } from './bench-support.ts';
import type { LoadConfig } from './http-load.ts';

const flags = parseFlags(process.argv.slice(2), { accounts: '1000', connections: '100', rounds: '5' });
const N = Number(flags.accounts);
const CONNECTIONS = Number(flags.connections);
const ROUNDS = Number(flags.rounds);
const pct = quantile;
const log = (s: string) => process.stderr.write(`${s}\n`);

const dir = mkdtempSync(join(tmpdir(), 'voting-storm-'));
const srv = await startServer({ port: 0, databaseUrl: join(dir, 'bench.db'), demo: false, webRoot: false, schedulerIntervalMs: 3_600_000 });
const B = 'storm';
const f = await makeFixture(srv.url, B);
const deputy = { cookie: `pb_session=${f.as.deputy.sessionCookie ?? ''}`, 'x-csrf-token': f.as.deputy.csrf };
const voters = await makeVoters(srv.services, B, N, { by: 'poskrebyshev', onProgress: progress('accounts', N) });

let replyBytes = 1024;
const bare = createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(201, { 'content-type': 'application/json', 'content-length': replyBytes }).end(Buffer.alloc(replyBytes, 32)));
});
await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;

interface Round {
  p50: number;
  p99: number;
  perSecond: number;
  exact: boolean;
  meanBytes: number;
}

const runRound = async (side: 'politburo' | 'bare', round: number): Promise<Round> => {
  const itemId = `storm-${round}`;
  const base = side === 'politburo' ? srv.url : bareUrl;
  if (side === 'politburo') {
    await freshRequest(`${srv.url}/api/bodies/${B}/items`, { method: 'POST', headers: deputy, body: { itemId, title: `Storm ${round}` } });
    await freshRequest(`${srv.url}/api/bodies/${B}/items/${itemId}/poll`, { method: 'POST', headers: deputy, body: { deadline: '1934-09-05T10:00' } });
  }
  const file = join(dir, `votes-${side}-${round}.json`);
  const requests = voters.map((v, i) => ({ url: `${base}/api/bodies/${B}/items/${itemId}/votes`, method: 'POST', headers: v.headers, body: JSON.stringify({ vote: i % 3 ? 'for' : 'against' }) }));
  const config: LoadConfig = { connections: CONNECTIONS, durationMs: 0, once: true, requests };
  writeFileSync(file, JSON.stringify(config));
  const { next, go, exited } = helperProcess('http-load.ts', file);
  if ((await next()) !== 'READY') throw new Error('load did not start');
  go();
  const { wallMs, statuses, ms, bytes } = JSON.parse((await next()).slice('RESULT '.length)) as { wallMs: number; statuses: Record<string, number>; ms: number[]; bytes: number };
  await exited;
  let exact = ms.length === N && statuses['201'] === N;
  if (side === 'politburo') {
    const item = activeOf(await srv.services.repo.get(B)).items[itemId]!;
    exact &&= Object.keys(item.votes).length === N && voters.every((v) => item.votes[v.memberId] !== undefined);
  }
  return { p50: pct(ms, 0.5), p99: pct(ms, 0.99), perSecond: (N / wallMs) * 1000, exact, meanBytes: bytes / ms.length };
};

const results: Record<'politburo' | 'bare', Round[]> = { politburo: [], bare: [] };
try {
  for (let r = 1; r <= ROUNDS; r++) {
    for (const side of r % 2 ? (['politburo', 'bare'] as const) : (['bare', 'politburo'] as const)) {
      const x = await runRound(side, r);
      if (side === 'politburo') replyBytes = Math.round(x.meanBytes);
      results[side].push(x);
      log(`  round ${r}/${ROUNDS} ${side}: p50 ${x.p50.toFixed(1)} ms, p99 ${x.p99.toFixed(1)} ms, ${x.perSecond.toFixed(0)} votes/s, mean reply ${(x.meanBytes / 1024).toFixed(1)} KiB${x.exact ? '' : ' — NOT EXACT'}`);
    }
  }
  const m = (side: 'politburo' | 'bare', k: 'p50' | 'p99' | 'perSecond') => median(results[side].map((x) => x[k]));
  console.log(`\nVoting storm: ${N} accounts vote on one poll at once, ${CONNECTIONS} connections from a separate process, ${ROUNDS} interleaved rounds (SQLite, one server process); ${await loadLine()}; Node ${process.version}\n`);
  console.log('| server | votes/s | p50 ms | p99 ms | every vote in once |');
  console.log('|---|---:|---:|---:|---|');
  for (const side of ['politburo', 'bare'] as const) {
    console.log(`| ${side === 'bare' ? 'bare node:http (a reply of the same mean size)' : 'politburo'} | ${m(side, 'perSecond').toFixed(0)} | ${m(side, 'p50').toFixed(1)} | ${m(side, 'p99').toFixed(1)} | ${results[side].every((x) => x.exact) ? 'yes' : 'NO'} |`);
  }
  console.log(`\nratio politburo / bare: throughput ×${(m('politburo', 'perSecond') / m('bare', 'perSecond')).toFixed(3)}, p99 ${m('politburo', 'p99').toFixed(1)} ms vs ${m('bare', 'p99').toFixed(1)} ms; mean vote reply ${(median(results.politburo.map((x) => x.meanBytes)) / 1024).toFixed(1)} KiB`);
  if (![...results.politburo, ...results.bare].every((x) => x.exact)) process.exitCode = 1;
} finally {
  bare.close();
  await srv.close();
  rmSync(dir, { recursive: true, force: true });
}
