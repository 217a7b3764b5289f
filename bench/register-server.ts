/**
 * The API for the register bench, in a process of its own: starts politburo on a SQLite file
 * (the 1934 scenario and its demo copy), logs in as a full member of the demo copy and prints
 * one line `READY {"url":…,"cookie":…}` on stdout; SIGTERM closes it.
 *
 *   npx tsx bench/register-server.ts --db FILE [--workers 1]
 */
import { DEMO_BODY_ID, startServer } from '@politburo/server';
import { parseFlags } from './bench-support.ts';

const flags = parseFlags(process.argv.slice(2), { db: '', password: 'bench-password' });
if (!flags.db) throw new Error('--db FILE is required');
const api = await startServer({ port: 0, databaseUrl: flags.db, demoPassword: flags.password, schedulerIntervalMs: 3_600_000, webRoot: false });
process.stdout.write(`READY ${JSON.stringify({ url: api.url })}\n`);
process.on('SIGTERM', () => void api.close().then(() => process.exit(0)));
process.on('SIGINT', () => void api.close().then(() => process.exit(0)));
void DEMO_BODY_ID;
