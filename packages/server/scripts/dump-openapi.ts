/**
 * Writes the OpenAPI document as GET /api/openapi.json serves it, without a server or a
 * database: `tsx packages/server/scripts/dump-openapi.ts [FILE]` (stdout without FILE).
 * CI lints it (redocly) and the web app's types are generated from it.
 */
import { writeFileSync } from 'node:fs';
import { openApiDocument } from '../src/contract.ts';

const json = `${JSON.stringify(openApiDocument(), null, 2)}\n`;
const out = process.argv[2];
if (out) writeFileSync(out, json);
else process.stdout.write(json);
