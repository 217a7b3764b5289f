import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, startServer } from '@politburo/server';

export const WEB_DIR = fileURLToPath(new URL('../..', import.meta.url));
export const DIST_DIR = join(WEB_DIR, 'dist');
export const REPO_ROOT = join(WEB_DIR, '..', '..');
export const DEMO_PASSWORD = 'demo-password-1934';

/** Builds the web app once when `packages/web/dist` is missing (POLITBURO_WEB_REBUILD=1 forces it). */
export function ensureBuilt(): void {
  if (existsSync(join(DIST_DIR, 'index.html')) && process.env.POLITBURO_WEB_REBUILD !== '1') return;
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', WEB_DIR, '--logLevel', 'warn'], { cwd: REPO_ROOT, stdio: 'inherit' });
}

export interface AppUnderTest {
  /** Where the browser goes: the server, which serves the built app beside /api. */
  url: string;
  server: RunningServer;
  close(): Promise<void>;
}

/** The real server on port 0 over a temp SQLite file, serving the built app. */
export async function startAppUnderTest(): Promise<AppUnderTest> {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'politburo-web-e2e-'));
  const server = await startServer({ port: 0, databaseUrl: join(dir, 'e2e.db'), demoPassword: DEMO_PASSWORD, schedulerIntervalMs: 100 });
  if (!server.webApp) {
    await server.close();
    throw new Error(`the server did not find the built web app in ${DIST_DIR}`);
  }
  return {
    url: server.url,
    server,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
