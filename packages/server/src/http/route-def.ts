import { z } from '@hono/zod-openapi';
import { CORRECTABLE_TABLES, DECISION_MODES, MESSAGE_KINDS, ORIGINS, OUTCOMES, ROLES, VOTES } from '@politburo/core';

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
/** The core's vocabulary as zod enums (the one spelling: packages/core/src/vocabulary.ts). */
export const roleSchema = z.enum(ROLES);
export const voteSchema = z.enum(VOTES);
export const kindSchema = z.enum(MESSAGE_KINDS);
export const originSchema = z.enum(ORIGINS);
export const outcomeSchema = z.enum(OUTCOMES);
export const modeSchema = z.enum(DECISION_MODES);
export const correctableTableSchema = z.enum(CORRECTABLE_TABLES);
export const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and dashes');
