import { z } from '@hono/zod-openapi';
import type { VerifyResult } from '@politburo/store';
import type { Backup } from '../../bodies/backup-schema.ts';
import type { SignatureProblem } from '../../bodies/protocol-signing.ts';
import type { ProtocolSignature } from '../../bodies/server-events.ts';
import type { Same, SameWire } from './same-type.ts';

/** What the body-level routes send besides the views: backup, invitation, the log's check, a protocol's signature. */
const event = z.looseObject({ type: z.string() });
const link = z.object({ position: z.number().int(), version: z.number().int(), previousHash: z.string(), hash: z.string(), meta: z.record(z.string(), z.unknown()) });
export const backupSchema = z
  .object({
    format: z.literal('politburo-backup/2'),
    bodyId: z.string(),
    name: z.string(),
    events: z.array(event),
    server: z.array(event),
    accounts: z.array(event),
    chain: z.object({ events: z.array(link), server: z.array(link), accounts: z.array(link) }),
  })
  .openapi('Backup', { description: 'Every event of the body, its settings and its accounts (password hashes), as restored by POST /api/bodies/restore' });

export const inviteSchema = z.object({ memberId: z.string(), username: z.string(), token: z.string(), link: z.string(), expiresAt: z.string() }).openapi('Invite');

const chainHead = z.object({ position: z.number().int(), hash: z.string() });
const signatureProblem = z.object({ bodyId: z.string(), protocolNo: z.number().int(), message: z.string() });
export const verifySchema = z
  .object({
    ok: z.boolean(),
    events: z.number().int(),
    head: chainHead.nullable(),
    problem: z.object({ position: z.number().int(), streamId: z.string().optional(), message: z.string() }).optional(),
    signatures: z.object({ checked: z.number().int(), problems: z.array(signatureProblem) }),
  })
  .openapi('Verification');

const signatureFields = { protocolNo: z.number().int(), digest: z.string(), chainHead, signedBy: z.string(), at: z.string(), fingerprint: z.string() };
/** A new signature as POST /sign answers it (without the signature and key). */
export const signedSchema = z.object(signatureFields).openapi('ProtocolSigned');
export const signatureSchema = z.object({ ...signatureFields, signature: z.string(), publicKey: z.string() }).openapi('ProtocolSignature');

const checks: [
  Same<z.infer<typeof signatureProblem>, SignatureProblem>,
  SameWire<Omit<z.infer<typeof verifySchema>, 'signatures'>, VerifyResult>,
  Same<Omit<z.infer<typeof signatureSchema>, 'fingerprint'>, ProtocolSignature>,
  Same<Omit<z.infer<typeof backupSchema>, 'events' | 'server' | 'accounts'>, Omit<Backup, 'events' | 'server' | 'accounts'>>,
] = [true, true, true, true];
void checks;
