/**
 * Refits the 1934 preset: `npx tsx packages/sim/scripts/calibrate-1934.ts [seedsPerEval] [budget]`.
 * Prints the fitted parameters and the figures they reach; the preset's values in
 * params.ts were copied from its output (see docs/simulator.md).
 */
import { calibrate } from '../src/calibrate.ts';
import { presetParams, TARGETS_1934 } from '../src/presets.ts';

const seedsPerEval = Number(process.argv[2] ?? 48);
const budget = Number(process.argv[3] ?? seedsPerEval * 14);
const base = process.argv[4] ? { ...presetParams('1934'), ...JSON.parse(process.argv[4]) } : presetParams('1934');
const t0 = performance.now();
const result = await calibrate(TARGETS_1934, {
  base,
  seedsPerEval,
  budget,
  firstSeed: 1,
  validationSeeds: 0,
  onProgress: (done, total, phase) => process.stderr.write(`\r${phase} ${done}/${total}   `),
});
process.stderr.write('\n');
console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000, fitted: result.fitted, searchFigures: result.searchFigures, loss: result.loss, simulations: result.simulations, history: result.history }, null, 1));
