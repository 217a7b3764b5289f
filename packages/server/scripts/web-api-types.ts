import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPI3 } from 'openapi-typescript';
import { openApiDocument } from '../src/contract.ts';

/** Where the web app keeps its generated API types (it never imports this package). */
export const WEB_API_TYPES = new URL('../../web/src/api/openapi.d.ts', import.meta.url);

const HEADER = `/**
 * Generated from the server's OpenAPI document (GET /api/openapi.json) by
 * \`npm run api-types\` (packages/server/scripts/gen-web-api-types.ts). Do not edit:
 * packages/server/scripts/web-api-types.test.ts fails when this file is not what the contract generates.
 */
`;

/** The web app's API types as openapi-typescript writes them from the contract. */
export const webApiTypes = async (): Promise<string> => HEADER + astToString(await openapiTS(openApiDocument() as unknown as OpenAPI3, { alphabetize: true }));
