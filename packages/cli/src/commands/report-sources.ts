import { DomainError } from '@politburo/core';
import { bodyToRecord } from '@politburo/importer';
import { pathResolver, reportCommand, reportFromSource, reportOptionsFromFlags, reportToJson, formatReportText, resolveReportSource, type ReportCommandOptions, type ReportSourceResolver } from '@politburo/analytics';
import { readRecord } from '@politburo/record';
import { isScenarioName, scenarioNames, scenarioPath } from '@politburo/scenarios';
import { cliLang, type Lang } from '@politburo/i18n';
import type { Command } from 'commander';
import { loadBody, resolveBodyId, withBodies } from '../body-stream.ts';
import { compareScenarios, formatComparison } from './compare-readings.ts';
import { formatProvenance, scenarioProvenance } from './scenario-caveats.ts';

/** A scenario shipped with politburo, addressed by name. */
export const scenarioRecordPath = (name: string): string => {
  if (!isScenarioName(name)) throw new DomainError('SCENARIO_NOT_FOUND', 'not-found', `No scenario "${name}"; there is: ${scenarioNames().join(', ')}.`, [], { name, scenarios: scenarioNames().join(', ') });
  return scenarioPath(name);
};

/** `--scenario NAME` for the report. */
export const scenarioResolver: ReportSourceResolver = async (_target, options) => {
  const name = options.scenario;
  if (typeof name !== 'string') return undefined;
  return { kind: 'record', record: await readRecord(scenarioRecordPath(name)) };
};

/** A database (a .db/.sqlite file or postgres:// URL): the body it holds, as a record. */
export const databaseResolver: ReportSourceResolver = async (target, options) => {
  if (!target || !(/^postgres(ql)?:\/\//.test(target) || /\.(db|sqlite|sqlite3)$/.test(target))) return undefined;
  const wanted = typeof options.body === 'string' ? options.body : undefined;
  const record = await withBodies(target, async (bodies) => bodyToRecord(await loadBody(bodies, await resolveBodyId(bodies, wanted))), { mustExist: true });
  return { kind: 'record', record };
};

export const addReportSourceOptions = (command: Command): void => {
  command
    .option('--scenario <name>', `a scenario shipped with politburo (${scenarioNames().join(', ')})`)
    .option('--body <id>', 'with a database: which body')
    .option('--compare <name>', 'with --scenario: every figure under this scenario too, side by side, each with its basis');
};

/**
 * The report of a shipped scenario carries the provenance of its quoted figures:
 * a `provenance` key in JSON, a closing paragraph in text.
 */
export const scenarioReportCommand = (): ((program: Command) => void) => {
  const print = (name: string | undefined, text: string, lang: Lang): void => {
    const provenance = name ? scenarioProvenance(name) : undefined;
    if (!provenance) {
      process.stdout.write(text);
      return;
    }
    if (text.trimStart().startsWith('{')) {
      process.stdout.write(`${JSON.stringify({ ...(JSON.parse(text) as object), provenance }, null, 2)}\n`);
      return;
    }
    process.stdout.write(text + formatProvenance(provenance, lang));
  };
  const register = reportCommand({ configure: addReportSourceOptions });
  return (program) => {
    register(program);
    // The action is the report command's own, plus the side-by-side comparison of two scenarios.
    program.commands
      .find((c) => c.name() === 'report')!
      .action(async (target: string | undefined, flags: ReportCommandOptions, self: Command) => {
        const lang = cliLang(self.optsWithGlobals().lang, process.env);
        const options = reportOptionsFromFlags(flags);
        const name = typeof flags.scenario === 'string' ? flags.scenario : undefined;
        if (typeof flags.compare === 'string') {
          if (!name) throw new DomainError('OPTION_INVALID', 'validation', '--compare needs --scenario: both sides are shipped scenarios.', [{ field: 'compare', message: 'requires --scenario' }], { case: 'compareScenario' });
          const c = await compareScenarios([name, flags.compare], options);
          process.stdout.write(flags.json === true ? `${JSON.stringify(c, null, 2)}\n` : formatComparison(c, lang));
          return;
        }
        const source = await resolveReportSource(target, flags, [scenarioResolver, databaseResolver, pathResolver]);
        const report = await reportFromSource(source, options);
        print(name, flags.json === true ? reportToJson(report) : formatReportText(report, lang), lang);
      });
  };
};
