/**
 * A classroom's shape: C copies of 1934 as of 30 July (each a classroom group's body, made
 * through the same copy as a class makes), all loaded in one server, with a login and a
 * session for each of the ~15 members holding a seat on that day. Reports:
 *
 * - memory per copy: heap (after two full collections) and RSS with all copies loaded,
 *   less the same with the shipped scenarios alone, ÷ C;
 * - the register page (`GET …/decisions?pageSize=50`, as a member) from a separate process
 *   at `--connections`, p50/p99, in interleaved rounds against a baseline in the same run and
 *   server: the same requests aimed at one copy only (one body's working set, against all C);
 * - every member of every copy acting at once (each proposes an item), during a register
 *   round: its latency, and that every action is kept.
 *
 *   npx tsx bench/classroom-shape.ts [--copies 300] [--connections 100] [--seconds 10] [--rounds 5]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dateOf, roleOn } from '@politburo/core';
import { hashPassword } from '../packages/server/src/auth/password.ts';
import { CSRF_HEADER, SESSION_COOKIE } from '../packages/server/src/auth/sessions.ts';
import { activeOf } from '../packages/server/src/bodies/body-repository.ts';
import { startServer } from '../packages/server/src/start-server.ts';
import type { LoadConfig } from './http-load.ts';
import { helperProcess, loadLine, median, parseFlags, progress, quantile, settledMemory } from './bench-support.ts';

const flags = parseFlags(process.argv.slice(2), { copies: '300', connections: '100', seconds: '10', rounds: '5', 'as-of': '1934-07-30' });
const C = Number(flags.copies);
const ROUNDS = Number(flags.rounds);
const memory = () => {
  const m = settledMemory();
  return { heap: m.heapUsed, rss: m.rss };
};
const pct = quantile;
const log = (s: string) => process.stderr.write(`${s}\n`);

const dir = mkdtempSync(join(tmpdir(), 'classroom-shape-'));
const srv = await startServer({ port: 0, databaseUrl: join(dir, 'bench.db'), webRoot: false, schedulerIntervalMs: 3_600_000 });
const { bodies, repo, sessions } = srv.services;
await repo.get('1934');
const base = memory();

type Seat = { bodyId: string; memberId: string; headers: Record<string, string> };
const seats: Seat[] = [];
const { salt, hash } = await hashPassword('classroom-shape-password');
const made = progress('copies of 1934', C);
const t0 = performance.now();
for (let i = 1; i <= C; i++) {
  const bodyId = `shape-${i}`;
  // a classroom group's copy: no demo accounts, the clock waiting for the teacher
  const { entry } = await bodies.copy('1934', { id: bodyId, name: `Group ${i} (synthetic class)`, asOf: flags['as-of'], forClass: true });
  const today = dateOf(repo.now(entry));
  for (const m of Object.values(activeOf(entry).members)) {
    const role = roleOn(m, today);
    // the seats a class gives its students (docs/classroom.md)
    if (role !== 'leader' && role !== 'deputy' && role !== 'member' && role !== 'candidate') continue;
    // each seated member's login through the accounts decider (one hash for all: scrypt is not what is measured) and his session
    await repo.account(bodyId, { type: 'CreateAccount', account: { username: m.id, memberId: m.id, salt, hash } }, 'system');
    const { token, data } = await sessions.start(bodyId, m.id);
    seats.push({ bodyId, memberId: m.id, headers: { cookie: `${SESSION_COOKIE}=${token}`, [CSRF_HEADER]: data.csrf } });
  }
  made(i);
}
const createS = (performance.now() - t0) / 1000;
const loaded = memory();
log(`  ${seats.length} seats in ${C} copies`);

const register = (s: Seat) => ({ url: `${srv.url}/api/bodies/${s.bodyId}/decisions?pageSize=50`, headers: { cookie: s.headers.cookie! } });
const oneCopy = seats.filter((s) => s.bodyId === 'shape-1');
const spread = [...seats].sort((a, b) => (a.memberId + a.bodyId < b.memberId + b.bodyId ? -1 : 1));

const load = async (config: LoadConfig, during?: () => Promise<void>) => {
  const file = join(dir, `load-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(config));
  const { next, go, exited } = helperProcess('http-load.ts', file);
  if ((await next()) !== 'READY') throw new Error('load did not start');
  go();
  const [line] = await Promise.all([next(), during?.()]);
  await exited;
  return JSON.parse(line.slice('RESULT '.length)) as { wallMs: number; statuses: Record<string, number>; ms: number[]; connectMaxMs: number };
};
const registerRound = (targets: Seat[], during?: () => Promise<void>) =>
  load({ connections: Number(flags.connections), durationMs: Number(flags.seconds) * 1000, requests: targets.map(register) }, during);

const rounds: Record<'one' | 'all', Array<{ p50: number; p99: number; perSecond: number; ok: boolean }>> = { one: [], all: [] };
try {
  for (let r = 1; r <= ROUNDS; r++) {
    for (const side of r % 2 ? (['all', 'one'] as const) : (['one', 'all'] as const)) {
      const x = await registerRound(side === 'one' ? oneCopy : spread);
      const ok = Object.keys(x.statuses).every((s) => s === '200');
      rounds[side].push({ p50: pct(x.ms, 0.5), p99: pct(x.ms, 0.99), perSecond: (x.ms.length / x.wallMs) * 1000, ok });
      log(`  round ${r}/${ROUNDS} register, ${side === 'one' ? 'one copy' : `all ${C} copies`}: p50 ${pct(x.ms, 0.5).toFixed(1)} ms, p99 ${pct(x.ms, 0.99).toFixed(1)} ms, ${((x.ms.length / x.wallMs) * 1000).toFixed(0)} req/s${ok ? '' : ` — statuses ${JSON.stringify(x.statuses)}`}`);
    }
  }
  const m = (side: 'one' | 'all', k: 'p50' | 'p99' | 'perSecond') => median(rounds[side].map((x) => x[k]));
  console.log(`\nClassroom shape: ${C} copies of 1934 as of ${flags['as-of']} in one server (SQLite), ${seats.length} seats (${(seats.length / C).toFixed(1)} a copy); ${await loadLine()}; Node ${process.version}\n`);
  console.log(`made in ${createS.toFixed(0)} s (${((createS * 1000) / C).toFixed(0)} ms a copy with its logins and sessions)`);
  console.log(`memory: heap ${((loaded.heap - base.heap) / C / 2 ** 20).toFixed(2)} MiB a copy, RSS ${((loaded.rss - base.rss) / C / 2 ** 20).toFixed(2)} MiB a copy (scenarios alone: heap ${(base.heap / 2 ** 20).toFixed(0)} MiB, RSS ${(base.rss / 2 ** 20).toFixed(0)} MiB; all loaded: heap ${(loaded.heap / 2 ** 20).toFixed(0)} MiB, RSS ${(loaded.rss / 2 ** 20).toFixed(0)} MiB)\n`);
  console.log(`| register page, ${flags.connections} connections, ${flags.seconds} s a round, ${ROUNDS} interleaved rounds | req/s | p50 ms | p99 ms | all 200 |`);
  console.log('|---|---:|---:|---:|---|');
  for (const side of ['one', 'all'] as const) {
    console.log(`| ${side === 'one' ? 'one copy (baseline)' : `spread over all ${C} copies`} | ${m(side, 'perSecond').toFixed(0)} | ${m(side, 'p50').toFixed(1)} | ${m(side, 'p99').toFixed(1)} | ${rounds[side].every((x) => x.ok) ? 'yes' : 'NO'} |`);
  }
  // every seat acts at once (one proposal each), while the register is read across all copies
  log(`  all ${seats.length} seats propose at once, the register read meanwhile…`);
  let acted: Awaited<ReturnType<typeof load>> | undefined;
  const during = await registerRound(spread, async () => {
    acted = await load({
      // as many at once as the listen backlog (511) takes without resets; the rest queue on them
      connections: Math.min(seats.length, 500),
      durationMs: 0,
      once: true,
      requests: seats.map((s) => ({ url: `${srv.url}/api/bodies/${s.bodyId}/items`, method: 'POST', headers: s.headers, body: JSON.stringify({ itemId: `act-${s.memberId}`, title: `A proposal by ${s.memberId}` }) })),
    });
  });
  let kept = 0;
  for (const s of seats) if (activeOf(await repo.get(s.bodyId)).items[`act-${s.memberId}`]) kept++;
  console.log(`| all ${C} copies, while every seat proposes at once | ${((during.ms.length / during.wallMs) * 1000).toFixed(0)} | ${pct(during.ms, 0.5).toFixed(1)} | ${pct(during.ms, 0.99).toFixed(1)} | ${Object.keys(during.statuses).every((s) => s === '200') ? 'yes' : 'NO'} |`);
  console.log(`\nratio all / one copy: throughput ×${(m('all', 'perSecond') / m('one', 'perSecond')).toFixed(2)}, p99 ×${(m('all', 'p99') / m('one', 'p99')).toFixed(2)}`);
  if (acted) console.log(`every seat at once (500 connections): ${seats.length} proposals in ${(acted.wallMs / 1000).toFixed(1)} s, p50 ${pct(acted.ms, 0.5).toFixed(0)} ms, p99 ${pct(acted.ms, 0.99).toFixed(0)} ms (the slowest connect ${acted.connectMaxMs.toFixed(0)} ms); statuses ${JSON.stringify(acted.statuses)}; ${kept} of ${seats.length} kept`);
  if (kept !== seats.length) process.exitCode = 1;
} finally {
  await srv.close();
  rmSync(dir, { recursive: true, force: true });
}
