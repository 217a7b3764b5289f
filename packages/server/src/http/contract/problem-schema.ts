import { z } from '@hono/zod-openapi';

/** RFC 7807 problem+json as `problem.ts` writes it: the one error shape of every route. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string().openapi({ description: 'Stable machine-readable code, e.g. VALIDATION, UNKNOWN_ITEM, CSRF' }),
    detail: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional().openapi({ description: 'The facts the detail is made of (titles, dates as stored), for a sentence in the reader’s language' }),
  })
  .openapi('Problem');

export type ProblemBody = z.infer<typeof problemSchema>;
