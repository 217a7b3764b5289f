import { createRoute, z } from '@hono/zod-openapi';
import { visibleMeeting } from '@politburo/core';
import { meetingViewSchema } from '../http/contract/views.ts';
import { security } from '../http/contract/security.ts';
import type { Api } from '../http/app-env.ts';
import { newId } from '../http/ids.ts';
import { notFoundProblem } from '../http/problem.ts';
import { bodyParams, idParam, isoDate, jsonBody, ok, slug } from '../http/route-def.ts';
import { runCommand } from '../http/run-command.ts';
import {readBody, } from '../http/viewer.ts';
import { meetingView } from '../views/meeting-view.ts';

export const registerMeetingRoutes = (app: Api): void => {
  app.openapi(createRoute({ method: 'get', path: '/api/bodies/{bodyId}/meetings', tags: ['meetings'], summary: 'Meetings', security: security.read, request: { params: bodyParams }, responses: ok(z.object({ meetings: z.array(meetingViewSchema) }), 'Meetings by date') }), async (c) => {
    const { b, v } = await readBody(c, c.req.valid('param').bodyId);
    return c.json({ meetings: Object.values(b.meetings).sort((x, y) => x.date.localeCompare(y.date)).map((m) => meetingView(b, v, m, false)) });
  });

  app.openapi(
    createRoute({ method: 'get', path: '/api/bodies/{bodyId}/meetings/{meetingId}', tags: ['meetings'], summary: 'A meeting', security: security.read, request: { params: idParam('meetingId') }, responses: ok(meetingViewSchema, 'The meeting') }),
    async (c) => {
      const { bodyId, meetingId } = c.req.valid('param');
      const { b, v } = await readBody(c, bodyId);
      const m = visibleMeeting(b, v, meetingId);
      if (!m) throw notFoundProblem(`No meeting "${meetingId}".`, 'UNKNOWN_MEETING');
      return c.json(meetingView(b, v, m, true));
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/bodies/{bodyId}/meetings',
      tags: ['meetings'],
      summary: 'Schedule a meeting',
      security: security.write,
      request: { params: bodyParams, body: jsonBody(z.object({ meetingId: slug.optional(), date: isoDate })) },
      responses: ok(meetingViewSchema, 'The scheduled meeting', { status: 201, write: true }),
    }),
    async (c) => {
      const { bodyId } = c.req.valid('param');
      const i = c.req.valid('json');
      const meetingId = i.meetingId ?? newId('meeting');
      const { body, viewer } = await runCommand(c, bodyId, 'steer', () => ({ type: 'ScheduleMeeting', meetingId, date: i.date }));
      return c.json(meetingView(body, viewer, body.meetings[meetingId]!, true), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/bodies/{bodyId}/meetings/{meetingId}/open',
      tags: ['meetings'],
      summary: 'Open a meeting with chair and attendance',
      request: { params: idParam('meetingId'), body: jsonBody(z.object({ chairId: z.string().min(1), attendees: z.array(z.string().min(1)).min(1) })) },
      security: security.write,
      responses: ok(meetingViewSchema, 'The meeting', { write: true }),
    }),
    async (c) => {
      const { bodyId, meetingId } = c.req.valid('param');
      const i = c.req.valid('json');
      const { body, viewer } = await runCommand(c, bodyId, 'steer', () => ({ type: 'OpenMeeting', meetingId: meetingId, chairId: i.chairId, attendees: i.attendees }));
      return c.json(meetingView(body, viewer, body.meetings[meetingId]!, true));
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/bodies/{bodyId}/meetings/{meetingId}/agenda',
      tags: ['meetings'],
      summary: 'Put an item on the agenda',
      request: { params: idParam('meetingId'), body: jsonBody(z.object({ itemId: z.string().min(1) })) },
      security: security.write,
      responses: ok(meetingViewSchema, 'The meeting', { write: true }),
    }),
    async (c) => {
      const { bodyId, meetingId } = c.req.valid('param');
      const { itemId } = c.req.valid('json');
      const { body, viewer } = await runCommand(c, bodyId, 'steer', () => ({ type: 'PutItemToMeeting', itemId, meetingId: meetingId }));
      return c.json(meetingView(body, viewer, body.meetings[meetingId]!, true));
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/api/bodies/{bodyId}/meetings/{meetingId}/close', tags: ['meetings'], summary: 'Close a meeting (and its protocol)', security: security.write, request: { params: idParam('meetingId') }, responses: ok(meetingViewSchema, 'The closed meeting', { write: true }) }),
    async (c) => {
      const { bodyId, meetingId } = c.req.valid('param');
      const { body, viewer } = await runCommand(c, bodyId, 'steer', () => ({ type: 'CloseMeeting', meetingId: meetingId }));
      return c.json(meetingView(body, viewer, body.meetings[meetingId]!, true));
    },
  );
};
