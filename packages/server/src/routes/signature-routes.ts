import { createRoute, z } from '@hono/zod-openapi';
import { fingerprintOf, readSignatures, signProtocol } from '../bodies/protocol-signing.ts';
import type { Api } from '../http/app-env.ts';
import { forbiddenProblem, notFoundProblem } from '../http/problem.ts';
import { signatureSchema, signedSchema } from '../http/contract/bodies.ts';
import { security } from '../http/contract/security.ts';
import { ok } from '../http/route-def.ts';
import { actorOf, writeContext } from '../http/run-command.ts';
import { readBody, requireMemberViewer } from '../http/viewer.ts';

const protocolParams = z.object({ bodyId: z.string().min(1), no: z.coerce.number().int().min(0) });

/** Signing a closed protocol (the secretariat) and reading its signature (anyone: it names no row). */
export const registerSignatureRoutes = (app: Api): void => {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/bodies/{bodyId}/protocols/{no}/sign',
      tags: ['register'],
      summary: "Sign a closed protocol (the secretariat): Ed25519 over its decisions' digest and the log's head",
      request: { params: protocolParams },
      security: security.write,
      responses: ok(signedSchema, 'The signature, with its fingerprint', { status: 201, write: true }),
    }),
    async (c) => {
      const { bodyId, no } = c.req.valid('param');
      const { entry, b } = await readBody(c, bodyId);
      c.var.services.repo.requireWritable(entry);
      const v = requireMemberViewer(c, entry);
      if (v.role !== 'secretariat') throw forbiddenProblem('Protocols are signed by the secretariat.', 'NOT_ALLOWED');
      const s = await signProtocol(c.var.services.store, b, no, actorOf(v), new Date(c.var.services.realNow()).toISOString(), writeContext(c).requestId);
      const { signature: _sig, publicKey: _key, ...shown } = s;
      return c.json({ ...shown, fingerprint: fingerprintOf(s) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/bodies/{bodyId}/protocols/{no}/signature',
      tags: ['register'],
      summary: "A protocol's signature, with its fingerprint and public key",
      request: { params: protocolParams },
      security: security.read,
      responses: ok(signatureSchema, 'The signature, its fingerprint and public key'),
    }),
    async (c) => {
      const { bodyId, no } = c.req.valid('param');
      await readBody(c, bodyId);
      const s = (await readSignatures(c.var.services.store, bodyId)).get(no);
      if (!s) throw notFoundProblem(`Protocol ${no} is not signed.`, 'NOT_SIGNED');
      return c.json({ ...s, fingerprint: fingerprintOf(s) });
    },
  );
};
