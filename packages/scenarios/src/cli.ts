/**
 * `politburo scenarios`: lists the shipped scenarios with their folder, version and
 * the provenance caveat of their figures. Other commands take `--scenario NAME` by
 * resolving it with `scenarioPath` from this package.
 */
import type { Command } from 'commander';
import { describeScenario, readScenarioMeta, scenarioNames, scenarioPath } from './scenarios.ts';

export type CliCommand = (program: Command) => void;

export const scenariosCommand: CliCommand = (program) => {
  program
    .command('scenarios')
    .description('list the scenarios shipped with politburo (read-only records; work on a copy)')
    .option('--json', 'print JSON')
    .action(async (flags: { json?: boolean }) => {
      const rows = await Promise.all(
        scenarioNames().map(async (name) => {
          const d = describeScenario(name);
          const meta = await readScenarioMeta(name);
          return { name, title: d.title, path: scenarioPath(name), version: meta.version, readOnly: true, caveat: d.caveat };
        }),
      );
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ scenarios: rows }, null, 2)}\n`);
        return;
      }
      for (const r of rows) process.stdout.write(`${r.name}\t${r.title}\t${r.version}\t${r.path}\n  ${r.caveat}\n`);
    });
};

export const cliCommands: CliCommand[] = [scenariosCommand];
