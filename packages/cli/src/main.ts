import { Command, CommanderError } from 'commander';
import { reportError } from './exit-codes.ts';
import { cliCommands as ownCommands } from './cli.ts';
import { cliCommands as recordCommands } from '@politburo/record/cli';

/**
 * `politburo`: the command line. Each package contributes its own sub-commands;
 * this file only assembles them and turns errors into one clear line and an exit code.
 */
const program = new Command()
  .name('politburo')
  .description('A collective body\'s decision machinery, as the 1934 Politburo ran it: register, analytics, simulator.')
  .showHelpAfterError()
  .exitOverride();

for (const add of [...ownCommands, ...recordCommands]) add(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : 64;
  } else {
    if (process.env.POLITBURO_DEBUG) console.error(e);
    const { lines, exitCode } = reportError(e);
    for (const l of lines) console.error(l);
    process.exitCode = exitCode;
  }
}
