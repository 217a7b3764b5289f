import type { Context, Next } from 'hono';
import { TEACHER_REALM } from '../classes/class-events.ts';
import type { AppEnv } from './app-env.ts';
import { HttpProblem } from './problem.ts';

/**
 * The privacy rule of a classroom, in front of every body route: a body that is a class's
 * group answers only a session on that very body (its students) or the class's teacher.
 * Anyone else is told there is no such body, as for one that does not exist.
 */
export const classBodyGate = async (c: Context<AppEnv>, next: Next): Promise<void> => {
  const bodyId = c.req.param('bodyId');
  const classes = c.get('services').classes;
  const classId = bodyId ? await classes.classOfBody(bodyId) : undefined;
  if (classId !== undefined) {
    const s = c.get('session');
    const own = s?.bodyId === bodyId;
    const teacher = s?.bodyId === TEACHER_REALM && (await classes.get(classId)).created.teacher === s.username;
    if (!own && !teacher) throw new HttpProblem(404, 'BODY_NOT_FOUND', `No body "${bodyId}".`, [{ field: 'bodyId', message: 'unknown body' }]);
  }
  await next();
};
