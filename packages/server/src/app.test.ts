import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { openServices, type Services } from './services.ts';
import { openEventStore } from './services.ts';
import { checkResponse } from './test-support/contract-check.ts';

/** The app in-process (`app.request`, no port): the error mapping and the edge validation. */
describe('createApp without a port', () => {
  let dir: string;
  let services: Services;
  let inner: ReturnType<typeof createApp>;
  // Every answer checked against its route's declared contract, as the HTTP suites' client does.
  const app = {
    request: async (path: string, init?: RequestInit): Promise<Response> => {
      const res = await inner.request(path, init);
      await checkResponse(init?.method ?? 'GET', path, res);
      return res;
    },
  };
  let csrf: string;
  const post = (path: string, body: unknown) =>
    app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', cookie: `pb_csrf=${csrf}`, 'x-csrf-token': csrf }, body: JSON.stringify(body) });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'politburo-app-'));
    services = await openServices({ store: await openEventStore(join(dir, 'a.db')) });
    inner = createApp(services);
    const res = await app.request('/api/auth/session');
    csrf = /pb_csrf=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')![1]!;
  });
  afterAll(async () => {
    services.repo.stop();
    await services.store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('names every bad field of a body in a 400 problem', async () => {
    const res = await post('/api/bodies', { name: '', founder: { memberId: 'Bad Id', name: 'x', role: 'tsar', username: 'u', password: 'short' } });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = (await res.json()) as { code: string; errors: Array<{ field: string }> };
    expect(body.code).toBe('VALIDATION');
    expect(body.errors.map((e) => e.field).sort()).toEqual(['founder.memberId', 'founder.password', 'founder.role', 'name']);
  });

  it('answers a body that is not JSON with a 4xx problem, not a 500', async () => {
    const send = (type: string, raw: string) =>
      app.request('/api/bodies', { method: 'POST', headers: { 'content-type': type, cookie: `pb_csrf=${csrf}`, 'x-csrf-token': csrf }, body: raw });
    const broken = await send('application/json', '{"name": ');
    expect(broken.status).toBe(400);
    expect(broken.headers.get('content-type')).toBe('application/problem+json');
    expect(((await broken.json()) as { errors: Array<{ field: string }> }).errors.map((e) => e.field)).toEqual(['body']);
    const form = await send('application/x-www-form-urlencoded', 'name=x');
    expect(form.status).toBe(415);
    expect(((await form.json()) as { code: string }).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('maps an unknown body to 404 and a missing session to 401', async () => {
    expect((await app.request('/api/bodies/nobody/decisions')).status).toBe(404);
    await post('/api/bodies', { id: 'b1', name: 'B', founder: { memberId: 'f', name: 'F', role: 'leader', username: 'f', password: 'long-enough' } });
    const anon = await app.request('/api/bodies/b1/items', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `pb_csrf=${csrf}`, 'x-csrf-token': csrf },
      body: JSON.stringify({ title: 'x' }),
    });
    expect(anon.status).toBe(401);
    const p = (await anon.json()) as Record<string, unknown>;
    expect(p).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', title: 'Unauthenticated' });
    expect(JSON.stringify(p)).not.toContain('at ');
  });

  it('maps a DomainError (core validation) to 422 with its field', async () => {
    const login = await post('/api/auth/login', { bodyId: 'b1', username: 'f', password: 'long-enough' });
    // After login the CSRF token is the one bound to the session.
    const token = ((await login.json()) as { csrfToken: string }).csrfToken;
    expect(token).not.toBe(csrf);
    const cookie = `${/pb_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0]}; pb_csrf=${token}`;
    await app.request('/api/bodies/b1/items', { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': token }, body: JSON.stringify({ itemId: 'i1', title: 'x' }) });
    const res = await app.request('/api/bodies/b1/items/i1/poll', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': token },
      body: JSON.stringify({ deadline: '2000-01-01T00:00' }),
    });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: Array<{ field: string }> }).errors[0]?.field).toBe('deadline');
  });
});

describe('GET /api/report', () => {
  it('is the body report under a short name: the 1934 scenario by default, the same query passed on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'politburo-report-'));
    const services = await openServices({ store: await openEventStore(join(dir, 'r.db')) });
    try {
      const app = createApp(services);
      const bare = await app.request('/api/report');
      expect(bare.status).toBe(307);
      expect(bare.headers.get('location')).toBe('/api/bodies/1934/report');
      const named = await app.request('/api/report?body=1934-demo&onlyArchival=true&explain=interventions');
      expect(named.headers.get('location')).toBe('/api/bodies/1934-demo/report?onlyArchival=true&explain=interventions');
    } finally {
      services.repo.stop();
      await services.store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
