import { createRoute, z } from '@hono/zod-openapi';
import type { Api } from '../http/app-env.ts';
import { HttpProblem, notFoundProblem, unauthenticated } from '../http/problem.ts';

const MAX_PER_USER = 2;
const MAX_IN_ALL = 4;
import { simulationJobSchema } from '../http/contract/reports.ts';
import { security } from '../http/contract/security.ts';
import { jsonBody, ok } from '../http/route-def.ts';

const startBody = z.object({
  preset: z.string().min(1).max(40).default('1934'),
  scenario: z.string().min(1).max(40).optional(),
  runs: z.number().int().min(1).max(50).default(5),
  seed: z.number().int().min(0).default(1),
  overrides: z.record(z.string(), z.union([z.number(), z.boolean(), z.string()])).optional(),
});

export const registerSimulationRoutes = (app: Api): void => {
  app.openapi(
    createRoute({ method: 'post', path: '/api/simulations', tags: ['simulations'], summary: 'Start a simulation (preset or counterfactual scenario)', security: security.write, request: { body: jsonBody(startBody) }, responses: ok(simulationJobSchema, 'The job, running', { status: 202, write: true, also: [429] }) }),
    (c) => {
      // simulations cost CPU: any logged-in user may start one
      const session = c.var.session;
      if (!session) throw unauthenticated();
      const { simulations } = c.var.services;
      const owner = `${session.bodyId}/${session.username}`;
      if (simulations.running(owner) >= MAX_PER_USER || simulations.running() >= MAX_IN_ALL) {
        throw new HttpProblem(429, 'TOO_MANY_SIMULATIONS', `At most ${MAX_PER_USER} simulations run for one user and ${MAX_IN_ALL} in all; wait for one to finish.`, [], { 'Retry-After': '10' });
      }
      const job = simulations.start(c.req.valid('json'), owner);
      return c.json(job, 202);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/simulations/{id}', tags: ['simulations'], summary: 'Progress and result of a simulation', security: security.read, request: { params: z.object({ id: z.string().min(1).max(80) }) }, responses: ok(simulationJobSchema, 'Progress, and the result once done') }),
    (c) => {
      const job = c.var.services.simulations.get(c.req.valid('param').id);
      if (!job) throw notFoundProblem(`No simulation "${c.req.valid('param').id}" (jobs live in the process that ran them).`, 'UNKNOWN_SIMULATION');
      return c.json(job);
    },
  );
};
