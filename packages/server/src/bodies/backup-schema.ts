import { z } from '@hono/zod-openapi';
import type { BodyEvent } from '@politburo/core';
import type { AccountEvent, SettingsEvent } from './server-events.ts';

/** An event's link in the source log's chain, beside the event in a backup. */
export const linkSchema = z.strictObject({
  position: z.number().int().min(1),
  version: z.number().int().min(1),
  previousHash: z.string().max(200),
  hash: z.string().max(200),
  meta: z.record(z.string(), z.unknown()),
});
export type BackupLink = z.infer<typeof linkSchema>;

const envelope = {
  bodyId: z.string().min(1).max(100),
  name: z.string().min(1).max(1000),
  events: z.array(z.unknown()).min(1),
  server: z.array(z.unknown()).default([]),
  accounts: z.array(z.unknown()).default([]),
};

/**
 * A body's backup as the API gives it (`GET /api/bodies/:id/backup`) and takes it back
 * (`POST /api/bodies/restore`). The envelope is checked here; each body event against
 * its own strict schema (`event-schema.ts`) by the bodies service, which names the
 * first bad one. Format 2 carries each event's link in the source chain (`chain`, one
 * array per stream, beside its events), which restore verifies; format 1 (before the
 * chain) carries none and restores unverified (docs/security.md).
 */
export const backupSchema = z.discriminatedUnion('format', [
  z.object({ format: z.literal('politburo-backup/1'), ...envelope }),
  z.object({
    format: z.literal('politburo-backup/2'),
    ...envelope,
    // Each link is checked after the events themselves, so that a forged event is named as such first.
    chain: z.strictObject({ events: z.array(z.unknown()), server: z.array(z.unknown()).default([]), accounts: z.array(z.unknown()).default([]) }),
  }),
]);

export interface Backup {
  format: 'politburo-backup/2';
  bodyId: string;
  name: string;
  events: BodyEvent[];
  server: SettingsEvent[];
  accounts: AccountEvent[];
  chain: { events: BackupLink[]; server: BackupLink[]; accounts: BackupLink[] };
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
