import { z } from '@hono/zod-openapi';

/**
 * Route contracts: request schemas are validated at the edge and published in the
 * OpenAPI document; response shapes are described in docs/api.md (handlers return
 * plain Responses, which keeps problem+json and file downloads in one style).
 */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } }, required: true as const });

export const ok = (description: string) => ({ 200: { description: `${description} — shape in docs/api.md` } });

export const bodyParams = z.object({ bodyId: z.string().min(1).max(80) });
export const idParam = <K extends string>(name: K) =>
  z.object({ bodyId: z.string().min(1).max(80), [name]: z.string().min(1).max(200) } as { bodyId: z.ZodString } & Record<K, z.ZodString>);

export const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'expected YYYY-MM-DDTHH:MM');
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
export const roleSchema = z.enum(['leader', 'deputy', 'member', 'candidate', 'secretariat', 'observer', 'external']);
export const voteSchema = z.enum(['for', 'against', 'abstain']);
export const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and dashes');
