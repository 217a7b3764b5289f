import type { Command } from 'commander';

/**
 * Each package that offers CLI commands exports `cliCommands` from its `src/cli.ts`:
 * functions that attach one commander sub-command to the program. The CLI package
 * only wires them together and maps errors to exit codes (in main.ts).
 */
export type CliCommand = (program: Command) => void;
