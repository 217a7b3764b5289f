import { cliLang, translator } from '@politburo/i18n';
import type { Command } from 'commander';
import { DEFAULT_DB, startServer } from './start-server.ts';

/** `politburo serve`: the API on the embedded SQLite file by default, or PostgreSQL. */
export const cliCommands: Array<(program: Command) => void> = [
  (program) => {
    program
      .command('serve')
      .description('Start the HTTP API (and load the 1934 scenario with a demo copy)')
      .option('--db <file|url>', `SQLite file or postgres:// URL (default: $DATABASE_URL or ${DEFAULT_DB})`)
      .option('--port <n>', 'port', '3000')
      .option('--host <h>', 'host', '127.0.0.1')
      .action(async (opts: { db?: string; port: string; host: string }) => {
        const port = Number(opts.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: "${opts.port}" is not a port`);
        const running = await startServer({ port, host: opts.host, ...(opts.db ? { databaseUrl: opts.db } : {}) });
        const lang = cliLang(program.opts().lang, process.env);
        const t = translator(lang);
        console.log(running.webApp ? t('cli.serve.running', { url: running.url }) : t('cli.serve.apiOnly'));
        console.log(t('cli.serve.api', { url: running.url }));
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
