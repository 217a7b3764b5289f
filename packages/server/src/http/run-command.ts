import type { Body, BodyCommand, BodyEvent, Member, Role } from '@politburo/core';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.ts';
import { requireMemberViewer, requireSteeringViewer, type ViewerInfo } from './viewer.ts';

export type Gate = 'member' | 'steer';

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
  const result = await repo.execute(bodyId, build(viewer), { kind: 'member', id: viewer.member.id });
  return { ...result, viewer };
};
