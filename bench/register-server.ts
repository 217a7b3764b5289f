/**
 * The API for the register bench, in a process of its own: politburo on a SQLite file (the
 * 1934 scenario and its demo copy, demo accounts with `--password`), as one process or as
 * `--workers N` (the same code as `politburo serve --workers N`). Prints one line
 * `READY <url>` on stdout when it listens; SIGTERM closes it.
 *
 *   npx tsx bench/register-server.ts --db FILE [--workers 1] [--password bench-password]
 */
import { startServer, startWorkers } from '@politburo/server';
import { parseFlags } from './bench-support.ts';

const flags = parseFlags(process.argv.slice(2), { db: '', workers: '1', password: 'bench-password' });
if (!flags.db) throw new Error('--db FILE is required');
const workers = Number(flags.workers);
// The clock's scheduler is idle for the bench: it would only add its passes to what is measured.
const options = { port: 0, databaseUrl: flags.db, demoPassword: flags.password, schedulerIntervalMs: 3_600_000, webRoot: false as const };
const api = workers === 1 ? await startServer(options) : await startWorkers(workers, options);
process.stdout.write(`READY ${api.url}\n`);
const stop = () => void api.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
