/**
 * A server in a process of its own, for tests of two processes on one database:
 * `node --import tsx serve-child.ts <databaseUrl>` prints `READY <url>` when listening.
 */
import { startServer } from '../start-server.ts';

const url = process.argv[2];
if (!url) throw new Error('usage: serve-child.ts <databaseUrl>');
const running = await startServer({ port: 0, databaseUrl: url, demo: false, schedulerIntervalMs: 100 });
process.stdout.write(`READY ${running.url}\n`);
process.on('SIGTERM', () => void running.close().then(() => process.exit(0)));
