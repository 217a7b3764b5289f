/**
 * `politburo serve --workers N` in a process of its own, for tests over real HTTP:
 * `node --import tsx serve-workers-child.ts <databaseUrl> <workers>` prints `READY <url>` when every worker listens.
 */
import { startWorkers } from '../serve-workers.ts';

const [url, n] = process.argv.slice(2);
if (!url || !n) throw new Error('usage: serve-workers-child.ts <databaseUrl> <workers>');
const running = await startWorkers(Number(n), { port: 0, databaseUrl: url, demo: false, schedulerIntervalMs: 100, webRoot: false });
process.stdout.write(`READY ${running.url}\n`);
process.on('SIGTERM', () => void running.close().then(() => process.exit(0)));
