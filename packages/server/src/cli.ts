import { cliLang, translator } from '@politburo/i18n';
import type { Command } from 'commander';
import { startWorkers } from './serve-workers.ts';
import { DEFAULT_DB, startServer } from './start-server.ts';

/** More workers than this is a typo, not a deployment. */
const MAX_WORKERS = 64;

/** `politburo serve`: the API on the embedded SQLite file by default, or PostgreSQL; `--workers N` for N processes. Its help's words are the catalogue's `cli.help.serve` (help-lang.ts); these are the fallback. */
export const cliCommands: Array<(program: Command) => void> = [
  (program) => {
    program
      .command('serve')
      .description('Start the HTTP API (and load the 1934 scenario with a demo copy)')
      .option('--db <file|url>', `SQLite file or postgres:// URL (default: $DATABASE_URL or ${DEFAULT_DB})`)
      .option('--port <n>', 'port', '3000')
      .option('--host <h>', 'host', '127.0.0.1')
      .option('--workers <n>', 'server processes sharing the port and the store (node:cluster; default 1)', '1')
      .action(async (opts: { db?: string; port: string; host: string; workers: string }, command: Command) => {
        const lang = cliLang(command.optsWithGlobals().lang, process.env);
        const t = translator(lang);
        const port = Number(opts.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) command.error(t('cli.serve.badPort', { value: opts.port }), { exitCode: 64 });
        const workers = Number(opts.workers);
        if (!Number.isInteger(workers) || workers < 1 || workers > MAX_WORKERS) command.error(t('cli.serve.badWorkers', { value: opts.workers, max: MAX_WORKERS }), { exitCode: 64 });
        const options = { port, host: opts.host, ...(opts.db ? { databaseUrl: opts.db } : {}) };
        const running = workers === 1 ? await startServer(options) : await startWorkers(workers, options);
        if (running.webApp) console.log(t('cli.serve.running', { url: running.url }));
        else console.log(t('cli.serve.apiOnly'));
        console.log(t('cli.serve.api', { url: running.url }));
        if (workers > 1) console.log(t('cli.serve.workersUp', { count: workers }));
        if (running.demoBodyId) {
          console.log(t('cli.serve.demo', { bodyId: running.demoBodyId }));
          for (const a of running.demoAccounts) {
            const name = (lang === 'ru' ? a.nameRu : undefined) ?? a.name;
            console.log(`  ${a.role.padEnd(12)} ${t('cli.serve.account', { username: a.username.padEnd(12), password: a.password, name })}`);
          }
        }
        const stop = () => void running.close().then(() => process.exit(0));
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
  },
];
