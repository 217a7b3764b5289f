import { runCli } from './run-cli.ts';

/** `politburo`: the command line. */
const { exitCode, errorLines } = await runCli(process.argv.slice(2));
for (const l of errorLines) console.error(l);
process.exitCode = exitCode;
