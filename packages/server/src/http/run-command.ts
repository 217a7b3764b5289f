import type { BodyCommand, BodyEvent, Body, Member, Role } from '@politburo/core';
import type { Context } from 'hono';
import type { WriteContext } from '../bodies/body-repository.ts';
import type { AppEnv } from './app-env.ts';
import { HttpProblem } from './problem.ts';
import { requireMemberViewer, requireSteeringViewer, type ViewerInfo } from './viewer.ts';

export type Gate = 'member' | 'steer';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{1,200}$/;

/** The request's id and its `Idempotency-Key` header, for the log's metadata and the handler. */
export const writeContext = (c: Context<AppEnv>): WriteContext => {
  const key = c.req.header('idempotency-key');
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
    throw new HttpProblem(400, 'VALIDATION', 'Idempotency-Key is 1–200 letters, digits, ".", "_", ":" or "-".', [{ field: 'Idempotency-Key', message: 'not allowed' }]);
  }
  return { requestId: c.var.requestId, ...(key !== undefined ? { idempotencyKey: key } : {}) };
};

/** The actor label written into the log for a logged-in member. */
export const actorOf = (v: { member: Member | null }): string => (v.member ? `member:${v.member.id}` : 'anonymous');

/**
 * A write on behalf of the logged-in member: the body must be writable, the role
 * must pass the server's gate, then the core decides with the member as actor (and
 * may refuse on its own rules).
 */
export const runCommand = async (
  c: Context<AppEnv>,
  bodyId: string,
  gate: Gate,
  build: (viewer: ViewerInfo & { member: Member; role: Role }) => BodyCommand,
): Promise<{ events: BodyEvent[]; body: Body; viewer: ViewerInfo & { member: Member; role: Role } }> => {
  const { repo } = c.var.services;
  const entry = await repo.get(bodyId);
  repo.requireWritable(entry);
  const viewer = gate === 'steer' ? requireSteeringViewer(c, entry) : requireMemberViewer(c, entry);
  const result = await repo.execute(bodyId, build(viewer), { kind: 'member', id: viewer.member.id }, writeContext(c));
  return { ...result, viewer };
};
