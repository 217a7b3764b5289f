import { reportCommand } from '@politburo/analytics';
import { cliCommands as scenarioCommands } from '@politburo/scenarios/cli';
import { cliCommands as serverCommands } from '@politburo/server/cli';
import type { Command } from 'commander';
import { demoCommand } from './commands/demo.ts';
import { addReportSourceOptions, databaseResolver, scenarioResolver } from './commands/report-sources.ts';
import { backupCommand, eventsCommand, exportCommand, importCommand, initCommand, restoreCommand } from './commands/store-commands.ts';

export const cliCommands: Array<(program: Command) => void> = [
  initCommand,
  demoCommand,
  importCommand,
  exportCommand,
  eventsCommand,
  backupCommand,
  restoreCommand,
  reportCommand({ resolvers: [scenarioResolver, databaseResolver], configure: addReportSourceOptions }),
  ...scenarioCommands,
  ...serverCommands,
];
