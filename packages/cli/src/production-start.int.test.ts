import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * What `npm start` serves: the packages compiled to packages/*\/dist (scripts/build-server.mjs)
 * and run by plain node with the dist loader, no tsx. A file a module reads beside itself that
 * the build left behind would only show here, at start-up.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'politburo-prod-'));
let server: ChildProcess | undefined;

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });

afterAll(() => {
  server?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('the production build (npm start)', () => {
  it('compiles, starts on compiled JavaScript, prints its URL and serves the demo body', async () => {
    execFileSync(process.execPath, ['scripts/build-server.mjs'], { cwd: root, stdio: 'pipe' });
    const port = await freePort();
    server = spawn(process.execPath, ['--import', './scripts/dist-loader.mjs', 'packages/cli/dist/main.js', 'serve', '--db', join(dir, 'p.db'), '--port', String(port)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    server.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    server.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 150_000;
    let bodies: { bodies: Array<{ id: string }> } | undefined;
    while (!bodies && Date.now() < deadline && server.exitCode === null) {
      bodies = await fetch(`${url}/api/bodies`).then((r) => (r.ok ? (r.json() as Promise<{ bodies: Array<{ id: string }> }>) : undefined), () => undefined);
      if (!bodies) await new Promise((r) => setTimeout(r, 500));
    }
    expect(server.exitCode, out).toBeNull();
    expect(bodies?.bodies.map((b) => b.id)).toContain('1934-demo');
    expect(out).toContain(url);
    const demo = (await (await fetch(`${url}/api/bodies/1934-demo`, { headers: { 'Accept-Language': 'ru' } })).json()) as { nameRu: string | null };
    expect(demo.nameRu).toMatch(/демонстрационная копия на 30 июля 1934/);
  }, 240_000);
});
