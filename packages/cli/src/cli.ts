import type { Command } from 'commander';
import { demoCommand } from './commands/demo.ts';

export const cliCommands: Array<(program: Command) => void> = [demoCommand];
