import { z } from '@hono/zod-openapi';

/**
 * What the classroom routes send. The class view and the debrief are large and still
 * growing; they are declared by their top-level fields (extra fields pass, as everywhere
 * in the contract check), so a missing or retyped field is still caught.
 */
export const teacherLoginSchema = z.object({ teacher: z.string(), csrfToken: z.string() }).openapi('TeacherLogin');
export const classListSchema = z
  .object({ classes: z.array(z.object({ classId: z.string(), name: z.string(), groups: z.number().int(), asOf: z.string() })) })
  .openapi('ClassList');
export const classCreatedSchema = z.object({ classId: z.string(), code: z.string() }).openapi('ClassCreated');
export const classViewSchema = z
  .looseObject({ classId: z.string(), name: z.string(), asOf: z.string(), you: z.looseObject({ teacher: z.boolean() }), groups: z.array(z.looseObject({ groupId: z.string() })) })
  .openapi('ClassView');
export const joinedSchema = z
  .looseObject({ studentId: z.string(), groupId: z.string(), bodyId: z.string(), memberId: z.string(), csrfToken: z.string() })
  .openapi('ClassJoined');
export const enteredSchema = z.object({ bodyId: z.string(), groupId: z.string(), memberId: z.string(), csrfToken: z.string() }).openapi('ClassEntered');
export const classLinkSchema = z.object({ token: z.string(), path: z.string() }).openapi('ClassLink');
export const okSchema = z.object({ ok: z.literal(true) }).openapi('Ok');
export const injectionSchema = z.object({ injectionId: z.string() }).openapi('ClassInjection');
export const debriefSchema = z.looseObject({ groups: z.array(z.looseObject({})) }).openapi('Debrief');
export const classDeletedSchema = z.object({ bodies: z.number().int(), events: z.number().int() }).openapi('ClassDeleted');
