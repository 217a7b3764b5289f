/**
 * Simulator throughput: simulated decisions per second through the full engine,
 * against a baseline measured in the same run — the simulator's bare event loop
 * (same calendar, same seeded streams, same queue, the same proposals, votes and
 * deadlines) with no engine behind it. The ratio is the price of "no second model
 * of the rules". Then the wall time of one small calibration.
 *
 *   npx tsx bench/sim-throughput.ts [pairs=7]     (SIM_CALIBRATE=0 skips the calibration)
 */
import { availableParallelism } from 'node:os';
import { loadLine, median, timed } from './bench-support.ts';
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

const runs = Number(process.argv[2] ?? 7);
// Warm up both paths so the JIT has compiled them before timing.
for (let i = 0; i < 3; i++) {
  simulateRun(DEFAULT_PARAMS, 990 + i);
  bareLoop(DEFAULT_PARAMS, 990 + i);
}

// Interleaved pairs: each seed through the engine, then the same seed through the bare loop,
// so a burst of load from other jobs falls on both sides of a pair alike.
// The engine side is the run to its folded state; the record (the run's export, built on
// demand) is timed apart, after the pair, so that it is shown but does not enter the ratio.
const pairs: { engine: ReturnType<typeof timed<number>>; bare: ReturnType<typeof timed<number>>; commands: number; recordMs: number }[] = [];
for (let s = 1; s <= runs; s++) {
  let commands = 0;
  let result: ReturnType<typeof simulateRun> | undefined;
  const engine = timed(() => {
    result = simulateRun(DEFAULT_PARAMS, s);
    commands = result.commands;
    return result.decisions;
  });
  const bare = timed(() => bareLoop(DEFAULT_PARAMS, s));
  const record = timed(() => result!.record.decisions.length);
  if (record.value !== engine.value) throw new Error(`seed ${s}: the record has ${record.value} decisions, the state ${engine.value}`);
  pairs.push({ engine, bare, commands, recordMs: record.cpuMs });
  process.stderr.write(`  pair ${s}/${runs}: engine ${engine.wallMs.toFixed(0)} ms, bare ${bare.wallMs.toFixed(1)} ms\r`);
}
process.stderr.write('\n');
// Per decision, so that a seed with more decisions does not weigh more.
const perDecision = (t: { value: number; wallMs: number; cpuMs: number }, k: 'wallMs' | 'cpuMs') => t[k] / t.value;
const wallRatio = median(pairs.map((p) => perDecision(p.engine, 'wallMs') / perDecision(p.bare, 'wallMs')));
const cpuRatio = median(pairs.map((p) => perDecision(p.engine, 'cpuMs') / perDecision(p.bare, 'cpuMs')));
const yearMs = median(pairs.map((p) => p.engine.wallMs));
const yearCpuMs = median(pairs.map((p) => p.engine.cpuMs));
const engineRate = median(pairs.map((p) => p.engine.value / (p.engine.wallMs / 1000)));
const bareRate = median(pairs.map((p) => p.bare.value / (p.bare.wallMs / 1000)));
const commandRate = median(pairs.map((p) => p.commands / (p.engine.wallMs / 1000)));
console.log(`${runs} interleaved pairs (one simulated year of the 1934 preset each side, one thread); ${await loadLine()}`);
console.log(`full engine : median ${engineRate.toFixed(0)} decisions/s, ${commandRate.toFixed(0)} commands/s; one simulated year ${yearMs.toFixed(0)} ms wall, ${yearCpuMs.toFixed(0)} ms CPU (goal < 100 ms)`);
console.log(`bare loop   : median ${bareRate.toFixed(0)} decisions/s`);
console.log(`record      : built from the state on demand, median ${median(pairs.map((p) => p.recordMs)).toFixed(1)} ms CPU a year (not in the ratio)`);
console.log(`ratio (engine / bare, per decision, median of pairs): ×${wallRatio.toFixed(1)} wall, ×${cpuRatio.toFixed(1)} CPU (goal ≤ ×6)`);

if (process.env.SIM_CALIBRATE !== '0') {
  const t0 = performance.now();
  const cal = await calibrate(TARGETS_1934, { seedsPerEval: 8, budget: 8 * 8, validationSeeds: 0 });
  const calSeconds = (performance.now() - t0) / 1000;
  console.log(
    `one calibration (7 targets, 5 searched parameters, 8 seeds per candidate, budget 64 years, ${availableParallelism()} worker threads): ${cal.simulations} simulated years in ${calSeconds.toFixed(1)} s`,
  );
}
