import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from './contract.ts';
import { checkResponse, operationFor } from './test-support/contract-check.ts';
import { TestClient } from './test-support/http-client.ts';
import { startTestServer } from './test-support/test-server.ts';

const json = (status: number, body: unknown, type = 'application/json') => new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('the contract (OpenAPI document from the routes’ zod schemas)', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer({ webRoot: false });
  });
  afterAll(() => server.stopAndClean());

  it('is served at /api/openapi.json exactly as dumped without a server', async () => {
    const served = await (await fetch(`${server.url}/api/openapi.json`)).json();
    expect(served).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
  });

  it('gives every operation a typed success, its problems, an operationId and its security', () => {
    const doc = openApiDocument();
    const ops = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
      (['get', 'post', 'put', 'patch', 'delete'] as const).flatMap((m) => (item?.[m] ? [{ path, m, op: item[m]! }] : [])),
    );
    expect(ops.length).toBeGreaterThan(60);
    for (const { path, m, op } of ops) {
      const where = `${m} ${path}`;
      const success = Object.entries(op.responses ?? {}).filter(([s]) => /^[23]\d\d$/.test(s));
      expect(success.length, where).toBeGreaterThan(0);
      for (const [status, r] of success) {
        if (status === '204' || status.startsWith('3')) continue;
        const content = (r as { content?: Record<string, { schema?: unknown }> }).content ?? {};
        expect(Object.keys(content).length, `${where} ${status}`).toBeGreaterThan(0);
        for (const media of Object.values(content)) expect(media.schema, `${where} ${status}`).toBeDefined();
      }
      const problem = (op.responses as Record<string, { content?: Record<string, unknown> }>).default?.content?.['application/problem+json'];
      expect(problem, `${where} default`).toBeDefined();
      expect(op.security?.length, `${where} security`).toBeGreaterThan(0);
      expect(op.operationId, where).toMatch(/^[a-z]+[A-Za-z]+$/);
    }
    expect(Object.keys(doc.components?.securitySchemes ?? {}).sort()).toEqual(['csrf', 'csrfCookie', 'session']);
    expect(doc.servers?.length).toBeGreaterThan(0);
  });

  it('checks a response against its route: a literal path segment wins over a parameter', async () => {
    expect(operationFor('GET', '/api/bodies/b/messages/inbox')?.path).toBe('/api/bodies/{bodyId}/messages/inbox');
    expect(operationFor('GET', '/api/bodies/b/messages/m1')?.path).toBe('/api/bodies/{bodyId}/messages/{messageId}');
    await expect(checkResponse('GET', '/api/bodies', json(200, { bodies: [{ id: 'a', name: 'A', nameRu: null, readOnly: false, scenario: null }] }))).resolves.toBeUndefined();
    // A field of the wrong type, a missing field, a body that is no problem, a media type not declared.
    await expect(checkResponse('GET', '/api/bodies', json(200, { bodies: [{ id: 1, name: 'A', nameRu: null, readOnly: false, scenario: null }] }))).rejects.toThrow(/bodies\.0\.id/);
    await expect(checkResponse('GET', '/api/bodies/b/clock', json(200, { mode: 'real', now: '1934-01-01T00:00', speed: 1 }))).rejects.toThrow(/paused/);
    await expect(checkResponse('GET', '/api/bodies/b/clock', json(418, { oops: true }, 'application/problem+json'))).rejects.toThrow(/does not match/);
    await expect(checkResponse('GET', '/api/bodies/b/clock', json(200, {}, 'text/html'))).rejects.toThrow(/text\/html/);
    // Outside the contract (the web app) nothing is checked.
    await expect(checkResponse('GET', '/b/x/anything', json(200, 1))).resolves.toBeUndefined();
  });

  it('the test client checks what the server answers, problems included', async () => {
    const client = await new TestClient(server.url).ready();
    expect((await client.json('GET', '/api/bodies/1934/items/no-such-item')).status).toBe(404);
    const r = await client.json<{ items: unknown[] }>('GET', '/api/bodies/1934/items');
    expect(r.status).toBe(200);
    expect(r.body.items.length).toBeGreaterThan(0);
  });
});
