import { z } from '@hono/zod-openapi';
import { REPORT_KEYS, type ReportKey } from '@politburo/analytics';
import type { Seat } from '../../classes/classes-service.ts';
import type { Debrief } from '../../classes/debrief.ts';
import { clockSchema } from './views.ts';
import { roleOut } from './records.ts';
import type { SameWire } from './same-type.ts';

/** What the classroom routes send (docs/classroom.md), checked against the server's own types below. */
export const teacherLoginSchema = z.object({ teacher: z.string(), csrfToken: z.string() }).openapi('TeacherLogin');
export const classListSchema = z
  .object({ classes: z.array(z.object({ classId: z.string(), name: z.string(), groups: z.number().int(), asOf: z.string() })) })
  .openapi('ClassList');
export const classCreatedSchema = z.object({ classId: z.string(), code: z.string() }).openapi('ClassCreated');

const seatSchema = z
  .object({ memberId: z.string(), name: z.string(), nameRu: z.string().optional(), role: roleOut, student: z.object({ studentId: z.string(), pseudonym: z.string() }).optional() })
  .openapi('Seat');
const injectionSchema = z.object({ injectionId: z.string(), groupIds: z.array(z.string()), kind: z.string(), summary: z.string(), at: z.number() });
export const classViewSchema = z
  .object({
    classId: z.string(),
    name: z.string(),
    asOf: z.string(),
    settings: z.object({ groupsRunAlone: z.boolean() }),
    you: z.union([z.object({ teacher: z.literal(true) }), z.object({ teacher: z.literal(false), studentId: z.string(), groupId: z.string() })]),
    code: z.string().optional(),
    students: z.array(z.object({ studentId: z.string(), groupId: z.string(), pseudonym: z.string(), memberId: z.string().optional() }).passthrough()).optional(),
    injections: z.array(injectionSchema).optional(),
    groups: z.array(
      z.object({ groupId: z.string(), name: z.string(), bodyId: z.string(), runs: z.array(z.object({ run: z.number().int(), bodyId: z.string() })), clock: clockSchema, seats: z.array(seatSchema) }),
    ),
  })
  .openapi('ClassView');
export const joinedSchema = z
  .object({ studentId: z.string(), key: z.string(), groupId: z.string(), bodyId: z.string(), memberId: z.string(), role: roleOut, csrfToken: z.string() })
  .openapi('ClassJoined');
export const enteredSchema = z.object({ bodyId: z.string(), groupId: z.string(), memberId: z.string(), csrfToken: z.string() }).openapi('ClassEntered');
export const classLinkSchema = z.object({ token: z.string(), path: z.string() }).openapi('ClassLink');
export const okSchema = z.object({ ok: z.literal(true) }).openapi('Ok');
export const injectedSchema = z.object({ injectionId: z.string() }).openapi('ClassInjection');

const reportKey = z.enum(REPORT_KEYS as [ReportKey, ...ReportKey[]]);
const spread = z.object({ mean: z.number().nullable(), p5: z.number().nullable(), p95: z.number().nullable() });
export const debriefSchema = z
  .object({
    classId: z.string(),
    name: z.string(),
    asOf: z.string(),
    keys: z.array(reportKey),
    quoted: z.array(z.object({ key: reportKey, label: z.string(), value: z.number(), sourceIds: z.array(z.string()), ru: z.object({ label: z.string() }) })),
    archive: z.partialRecord(reportKey, z.number()),
    simulated: z.object({ runs: z.number().int(), preset: z.string(), spreads: z.partialRecord(reportKey, spread) }),
    groups: z.array(
      z.object({
        groupId: z.string(),
        name: z.string(),
        run: z.number().int(),
        runs: z.number().int(),
        bodyId: z.string(),
        now: z.string(),
        figures: z.partialRecord(reportKey, z.number().nullable()),
        played: z.object({
          decisions: z.number().int(),
          messages: z.number().int(),
          waiting: z.object({ referred: z.number().int(), waited: z.number().int(), didNotWait: z.number().int(), open: z.number().int() }),
        }),
      }),
    ),
    injections: z.array(injectionSchema),
  })
  .openapi('Debrief');
export const classDeletedSchema = z.object({ bodies: z.number().int(), events: z.number().int() }).openapi('ClassDeleted');

const checks: [SameWire<z.infer<typeof seatSchema>, Seat>, SameWire<Omit<z.infer<typeof debriefSchema>, 'injections'>, Omit<Debrief, 'injections'>>] = [true, true];
void checks;
