import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WEB_API_TYPES, webApiTypes } from './web-api-types.ts';

describe("the web app's generated API types", () => {
  it('are what the contract generates now (run `npm run api-types` after changing a route)', async () => {
    const committed = readFileSync(WEB_API_TYPES, 'utf8');
    const fresh = await webApiTypes();
    expect(committed === fresh, 'packages/web/src/api/openapi.d.ts is stale: run `npm run api-types`').toBe(true);
    expect(fresh).toContain('ItemView');
  });
});
