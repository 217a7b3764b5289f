import { z } from '@hono/zod-openapi';
import type { BodyEvent } from '@politburo/core';
import type { AccountEvent, SettingsEvent } from './server-events.ts';

/**
 * A body's backup as the API gives it (`GET /api/bodies/:id/backup`) and takes it back
 * (`POST /api/bodies/restore`). The envelope is checked here; each body event against
 * its own strict schema (`event-schema.ts`) by the bodies service, which names the
 * first bad one.
 */
export const backupSchema = z.object({
  format: z.literal('politburo-backup/1'),
  bodyId: z.string().min(1).max(100),
  name: z.string().min(1).max(1000),
  events: z.array(z.unknown()).min(1),
  server: z.array(z.unknown()).default([]),
  accounts: z.array(z.unknown()).default([]),
});

export interface Backup {
  format: 'politburo-backup/1';
  bodyId: string;
  name: string;
  events: BodyEvent[];
  server: SettingsEvent[];
  accounts: AccountEvent[];
}

const clock = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('real') }),
  z.strictObject({
    mode: z.literal('replay'),
    anchorBody: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
    anchorReal: z.number().int(),
    speed: z.number().positive().max(1_000_000),
    paused: z.boolean(),
  }),
]);
const minutes = z.number().int().min(1).max(10_000_000);

export const settingsEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ServerClockSet'), clock }),
  z.strictObject({ type: z.literal('ServerLatenciesSet'), latencies: z.strictObject({ telegram: minutes, letter: minutes, telephone: minutes }) }),
]) satisfies z.ZodType<SettingsEvent>;

const username = z.string().regex(/^[A-Za-z0-9_.@-]{1,80}$/);
export const accountEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('ServerAccountCreated'),
    username,
    memberId: z.string().min(1).max(100),
    salt: z.string().min(1).max(200),
    hash: z.string().min(1).max(400),
  }),
  z.strictObject({
    type: z.literal('ServerAccountPrefsSet'),
    username,
    email: z.string().max(320).nullable(),
    mail: z.enum(['off', 'each', 'digest']),
  }),
  z.strictObject({ type: z.literal('ServerCalendarTokenIssued'), username, tokenHash: z.string().regex(/^[0-9a-f]{64}$/) }),
  z.strictObject({ type: z.literal('ServerCalendarTokenRevoked'), username }),
]) satisfies z.ZodType<AccountEvent>;
