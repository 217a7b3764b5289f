/** Prints the parameter table of docs/simulator.md from the specs: `npx tsx packages/sim/scripts/params-table.ts`. */
import { DEFAULT_PARAMS, PARAM_NAMES, PARAM_SPECS, type ParamSpec } from '../src/params.ts';
import { SCENARIOS } from '../src/presets.ts';

console.log('| parameter | group | default | unit | meaning |');
console.log('|---|---|---:|---|---|');
for (const n of PARAM_NAMES) {
  const s: ParamSpec = PARAM_SPECS[n];
  const free = s.fit ? ` **Free** (calibrated, ${s.fit.scale} scale; chiefly moves ${s.fit.target}).` : '';
  console.log(`| \`${n}\` | ${s.group} | ${String(DEFAULT_PARAMS[n])} | ${s.unit ?? s.kind} | ${s.doc}${free} |`);
}
console.log('');
for (const [name, sc] of Object.entries(SCENARIOS)) {
  const set = Object.entries(sc.set).map(([k, v]) => `${k}=${v}`).join(', ');
  console.log(`| \`${name}\` | ${sc.doc} (\`${set}\`) |`);
}
