/**
 * `politburo scenarios`: lists the shipped scenarios with their folder, version, reading
 * and the provenance caveat of their figures. `politburo sources --scenario NAME`: the
 * scenario's sources as CSL-JSON or BibTeX, each entry naming the scenario's version.
 * Other commands take `--scenario NAME` by resolving it with `scenarioPath` from this package.
 */
import { writeFile } from 'node:fs/promises';
import { DomainError } from '@politburo/core';
import { readRecord } from '@politburo/record';
import type { Command } from 'commander';
import { sourcesToBibtex, sourcesToCslJson } from './citations.ts';
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
          return { name, title: d.title, reading: d.reading, readingLabel: d.readingLabel, path: scenarioPath(name), version: meta.version, readOnly: true, caveat: d.caveat };
        }),
      );
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ scenarios: rows }, null, 2)}\n`);
        return;
      }
      for (const r of rows) process.stdout.write(`${r.name}\t${r.title}\t${r.version}\t${r.path}\n  ${r.readingLabel}\n  ${r.caveat}\n`);
    });
};

export const SOURCE_FORMATS = ['csl-json', 'bibtex'] as const;

/** The text of a scenario's sources in a citation format. */
export const exportScenarioSources = async (name: string, format: (typeof SOURCE_FORMATS)[number]): Promise<string> => {
  const record = await readRecord(scenarioPath(name));
  const ctx = { scenario: name, version: (await readScenarioMeta(name)).version };
  return format === 'bibtex' ? sourcesToBibtex(record.sources, ctx) : `${JSON.stringify(sourcesToCslJson(record.sources, ctx), null, 2)}\n`;
};

export const sourcesCommand: CliCommand = (program) => {
  program
    .command('sources')
    .description('the sources of a shipped scenario as CSL-JSON or BibTeX (each entry names the scenario version)')
    .requiredOption('--scenario <name>', `a shipped scenario (${scenarioNames().join(', ')})`)
    .option('--format <format>', `${SOURCE_FORMATS.join(' or ')}`, 'csl-json')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (flags: { scenario: string; format: string; out?: string }) => {
      if (!(SOURCE_FORMATS as readonly string[]).includes(flags.format)) {
        throw new DomainError('OPTION_INVALID', 'validation', `--format '${flags.format}': one of ${SOURCE_FORMATS.join(', ')}`, [{ field: 'format', message: 'unknown format' }]);
      }
      const text = await exportScenarioSources(flags.scenario, flags.format as (typeof SOURCE_FORMATS)[number]);
      if (flags.out) await writeFile(flags.out, text);
      else process.stdout.write(text);
    });
};

export const cliCommands: CliCommand[] = [scenariosCommand, sourcesCommand];
