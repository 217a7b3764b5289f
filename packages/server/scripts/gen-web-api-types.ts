/** Regenerates packages/web/src/api/openapi.d.ts from the contract: `npm run api-types`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WEB_API_TYPES, webApiTypes } from './web-api-types.ts';

writeFileSync(WEB_API_TYPES, await webApiTypes());
console.log(`wrote ${fileURLToPath(WEB_API_TYPES)}`);
