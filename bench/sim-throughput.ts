/**
 * Simulator throughput: simulated decisions per second through the full engine,
 * against a baseline measured in the same run — the simulator's bare event loop
 * (same calendar, same seeded streams, same queue, the same proposals, votes and
 * deadlines) with no engine behind it. The ratio is the price of "no second model
 * of the rules". Then the wall time of one small calibration.
 *
 *   npx tsx bench/sim-throughput.ts [runs=5]
 */
import { availableParallelism } from 'node:os';
import { buildCalendar, calibrate, DEFAULT_PARAMS, EventQueue, type Params, simulateRun, streamsFor, TARGETS_1934 } from '@politburo/sim';

type Bare = { k: 'day'; day: number } | { k: 'propose' } | { k: 'vote'; item: number } | { k: 'deadline'; item: number };

/** The event loop alone: proposals → poll or sitting → votes → deadline → a counted decision. */
const bareLoop = (p: Params, seed: number): number => {
  const cal = buildCalendar(p);
  const r = streamsFor(seed);
  const q = new EventQueue<Bare>();
  const horizon = cal.lastDay * 1440 + 1439;
  const votes: number[] = [];
  let decisions = 0;
  q.push(cal.firstDay * 1440, { k: 'day', day: cal.firstDay });
  for (let e = q.pop(); e; e = q.pop()) {
    const t = e.time;
    const ev = e.item;
    if (ev.k === 'day') {
      const n = r.arrivals.poisson(cal.rates[ev.day - cal.firstDay]!);
      for (let i = 0; i < n; i++) q.push(ev.day * 1440 + 540 + r.arrivals.int(660), { k: 'propose' });
      if (ev.day < cal.lastDay) q.push(t + 1440, { k: 'day', day: ev.day + 1 });
    } else if (ev.k === 'propose') {
      r.arrivals.beta1(p.importanceShape);
      r.arrivals.uniform();
      r.routing.uniform();
      const item = votes.push(0) - 1;
      const deadline = t + p.pollDeadlineHours * 60;
      for (let m = 0; m < 15; m++) {
        const voting = r.votes.bernoulli(p.pollVoteProb);
        const delay = Math.max(1, Math.round(r.votes.logNormal(p.voteDelayMedianHours * 60, p.voteDelaySigma)));
        if (voting && t + delay < deadline) q.push(t + delay, { k: 'vote', item });
      }
      if (deadline <= horizon) q.push(deadline, { k: 'deadline', item });
    } else if (ev.k === 'vote') {
      votes[ev.item]!++;
    } else if (votes[ev.item]! >= 6) decisions++;
  }
  return decisions;
};

const runs = Number(process.argv[2] ?? 5);
const seeds = Array.from({ length: runs }, (_, i) => i + 1);
// Warm up both paths so the JIT has compiled them before timing.
simulateRun(DEFAULT_PARAMS, 999);
bareLoop(DEFAULT_PARAMS, 999);

let t0 = performance.now();
let engineDecisions = 0;
let commands = 0;
for (const s of seeds) {
  const r = simulateRun(DEFAULT_PARAMS, s);
  engineDecisions += r.record.decisions.length;
  commands += r.commands;
}
const engineSeconds = (performance.now() - t0) / 1000;

t0 = performance.now();
let bareDecisions = 0;
for (const s of seeds) bareDecisions += bareLoop(DEFAULT_PARAMS, s);
const bareSeconds = (performance.now() - t0) / 1000;

const engineRate = engineDecisions / engineSeconds;
const bareRate = bareDecisions / bareSeconds;
console.log(`runs: ${runs} simulated years of the 1934 preset, one thread`);
console.log(`full engine : ${engineDecisions} decisions, ${commands} commands in ${engineSeconds.toFixed(2)} s → ${engineRate.toFixed(0)} decisions/s, ${(commands / engineSeconds).toFixed(0)} commands/s, ${(engineSeconds / runs).toFixed(3)} s per year`);
console.log(`bare loop   : ${bareDecisions} decisions in ${bareSeconds.toFixed(3)} s → ${bareRate.toFixed(0)} decisions/s`);
console.log(`ratio (bare / engine): ${(bareRate / engineRate).toFixed(1)}× — the engine costs that factor over the event loop alone`);

t0 = performance.now();
const cal = await calibrate(TARGETS_1934, { seedsPerEval: 8, budget: 8 * 8, validationSeeds: 0 });
const calSeconds = (performance.now() - t0) / 1000;
console.log(
  `one calibration (7 targets, 5 searched parameters, 8 seeds per candidate, budget 64 years, ${availableParallelism()} worker threads): ${cal.simulations} simulated years in ${calSeconds.toFixed(1)} s`,
);
