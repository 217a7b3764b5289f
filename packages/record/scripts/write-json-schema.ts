/** Regenerates docs/record.schema.json from the table specs: `npx tsx packages/record/scripts/write-json-schema.ts`. */
import { writeFileSync } from 'node:fs';
import { recordJsonSchema } from '../src/json-schema.ts';

const target = new URL('../../../docs/record.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target.pathname}\n`);
