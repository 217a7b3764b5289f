import type { Context, Next } from 'hono';
import type { SessionData } from '../auth/sessions.ts';
import { TEACHER_REALM } from '../classes/class-events.ts';
import type { Services } from '../services.ts';
import type { AppEnv } from './app-env.ts';
import { HttpProblem } from './problem.ts';

/**
 * The privacy rule of a classroom: a body that is a class's group answers only a session on
 * that very body (its students) or the class's teacher. The one place it is decided: the
 * middleware below and the pre-serialised read lane (`fast-reads.ts`) both ask it.
 */
export const classBodyAdmits = async (services: Pick<Services, 'classes'>, bodyId: string, session: SessionData | null): Promise<boolean> => {
  const classId = await services.classes.classOfBody(bodyId);
  if (classId === undefined) return true;
  if (session?.bodyId === bodyId) return true;
  return session?.bodyId === TEACHER_REALM && (await services.classes.get(classId)).created.teacher === session.username;
};

/** The rule in front of every body route: anyone it does not admit is told there is no such body, as for one that does not exist. */
export const classBodyGate = async (c: Context<AppEnv>, next: Next): Promise<void> => {
  const bodyId = c.req.param('bodyId');
  if (bodyId && !(await classBodyAdmits(c.get('services'), bodyId, c.get('session')))) {
    throw new HttpProblem(404, 'BODY_NOT_FOUND', `No body "${bodyId}".`, [{ field: 'bodyId', message: 'unknown body' }]);
  }
  await next();
};
