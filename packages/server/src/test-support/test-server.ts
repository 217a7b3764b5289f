import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, type StartOptions, startServer } from '../start-server.ts';

export const DEMO_PASSWORD = 'demo-password-1934';

/** A server on port 0 over a fresh SQLite file in a temp folder. */
export const startTestServer = async (o: StartOptions = {}): Promise<RunningServer & { dir: string; file: string; stopAndClean(): Promise<void> }> => {
  const dir = mkdtempSync(join(tmpdir(), 'politburo-server-'));
  const file = join(dir, 'test.db');
  const running = await startServer({ port: 0, databaseUrl: file, demoPassword: DEMO_PASSWORD, schedulerIntervalMs: 50, ...o });
  return {
    ...running,
    dir,
    file,
    stopAndClean: async () => {
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
