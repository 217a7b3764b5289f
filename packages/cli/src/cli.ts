import { cliCommands as scenarioCommands } from '@politburo/scenarios/cli';
import { cliCommands as serverCommands } from '@politburo/server/cli';
import { cliCommands as simCommands } from '@politburo/sim/cli';
import type { Command } from 'commander';
import { accountCommand } from './commands/account-command.ts';
import { demoCommand } from './commands/demo.ts';
import { scenarioReportCommand } from './commands/report-sources.ts';
import { verifyCommand } from './commands/verify-command.ts';
import { backupCommand, eventsCommand, exportCommand, importCommand, initCommand, restoreCommand } from './commands/store-commands.ts';

export const cliCommands: Array<(program: Command) => void> = [
  initCommand,
  demoCommand,
  importCommand,
  exportCommand,
  eventsCommand,
  backupCommand,
  restoreCommand,
  accountCommand,
  verifyCommand,
  scenarioReportCommand(),
  ...scenarioCommands,
  ...serverCommands,
  ...simCommands,
];
