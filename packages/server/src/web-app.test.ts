import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppEnv } from './http/app-env.ts';
import { mountWebApp } from './web-app.ts';

const root = mkdtempSync(join(tmpdir(), 'politburo-web-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>politburo</title>');
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');

describe('the web app beside the API', () => {
  const app = new OpenAPIHono<AppEnv>();
  app.get('/api/ping', (c) => c.json({ ok: true }));
  const mounted = mountWebApp(app, root);

  it('serves files, index.html for client routes, and leaves /api to the API', async () => {
    expect(mounted).toBe(true);
    expect(await (await app.request('/assets/app.js')).text()).toBe('console.log(1)');
    const page = await app.request('/b/1934/protocol/3/item/2');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>politburo</title>');
    expect(await (await app.request('/api/ping')).json()).toEqual({ ok: true });
    const missing = await app.request('/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
  });

  it('reports when there is no built app', () => {
    expect(mountWebApp(new OpenAPIHono<AppEnv>(), join(root, 'nope'))).toBe(false);
  });
});
