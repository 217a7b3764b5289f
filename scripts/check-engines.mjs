// Every locked package's `engines.node` must admit each Node line the project tests
// (TESTED below: the lowest version package.json admits on each line, and the versions the
// CI legs run: the machine's Node 20, and 22 and 24 in scripts/test-other-node.sh).
//   node scripts/check-engines.mjs
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const semver = require('semver');
const TESTED = ['20.19.0', '22.13.0', '22.23.3', '24.0.0', '24.9.0'];
const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const own = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node;
const refused = [];
for (const v of TESTED) if (!semver.satisfies(v, own)) refused.push(`package.json engines "${own}" refuses ${v}`);
for (const [path, p] of Object.entries(lock.packages)) {
  const range = p.engines?.node;
  if (!path || !range || p.optional) continue;
  for (const v of TESTED) if (!semver.satisfies(v, range)) refused.push(`${path.replace(/^.*node_modules\//, '')}@${p.version} wants node ${range}: not ${v}`);
}
if (refused.length > 0) {
  console.error(refused.join('\n'));
  process.exit(1);
}
console.log(`engines: every locked package admits Node ${TESTED.join(', ')}`);
