/**
 * `politburo report <record-or-dir> [--leader ID] [--absence FROM..TO] [--only archival] [--json] [--explain KEY] [--stream]`.
 * Where the record comes from is a list of resolvers tried in order, so the CLI can
 * add `--scenario NAME` or a database without this package knowing about either.
 */
import { stat } from 'node:fs/promises';
import { DomainError } from '@politburo/core';
import { cliLang } from '@politburo/i18n';
import { type PolitburoRecord, readRecord } from '@politburo/record';
import type { Command } from 'commander';
import { type DateWindow, parseAbsenceOption } from './absence-windows.ts';
import { computeReport } from './compute-report.ts';
import { computeReportFromDir } from './compute-report-from-dir.ts';
import { formatReportText, reportToJson } from './format-report.ts';
import type { Report } from './report.ts';
import type { ReportOptions } from './report-context.ts';
import { isReportKey, REPORT_KEYS } from './report-definitions.ts';

export type CliCommand = (program: Command) => void;

/** A record in memory, or a CSV folder to stream. */
export type ReportSource = { kind: 'record'; record: PolitburoRecord } | { kind: 'dir'; dir: string };

export interface ReportCommandOptions {
  /** The command's options as commander parsed them (including any the CLI added). */
  [option: string]: unknown;
}

/** Returns undefined to let the next resolver try. */
export type ReportSourceResolver = (target: string | undefined, options: ReportCommandOptions) => Promise<ReportSource | undefined>;

/** A folder or a .json file on disk: read and fully validated, or streamed with --stream. */
export const pathResolver: ReportSourceResolver = async (target, options) => {
  if (target === undefined) return undefined;
  const info = await stat(target).catch(() => null);
  if (!info) throw new DomainError('RECORD_NOT_FOUND', 'not-found', `no record at ${target}`);
  if (info.isDirectory() && options.stream === true) return { kind: 'dir', dir: target };
  return { kind: 'record', record: await readRecord(target) };
};

export const resolveReportSource = async (
  target: string | undefined,
  options: ReportCommandOptions,
  resolvers: readonly ReportSourceResolver[] = [pathResolver],
): Promise<ReportSource> => {
  for (const resolve of resolvers) {
    const source = await resolve(target, options);
    if (source) return source;
  }
  throw new DomainError('RECORD_NOT_FOUND', 'not-found', 'no record given: pass a folder of CSV files or a .json file');
};

export const reportFromSource = (source: ReportSource, options: ReportOptions): Promise<Report> =>
  source.kind === 'record' ? Promise.resolve(computeReport(source.record, options)) : computeReportFromDir(source.dir, options);

/** Turns the command-line flags into report options, rejecting what they cannot mean. */
export const reportOptionsFromFlags = (flags: ReportCommandOptions): ReportOptions => {
  const options: ReportOptions = {};
  if (typeof flags.leader === 'string') options.leader = flags.leader;
  const absence = flags.absence;
  if (Array.isArray(absence) && absence.length > 0) options.absences = (absence as string[]).map(parseAbsenceOption) satisfies DateWindow[];
  if (flags.only !== undefined) {
    if (flags.only !== 'archival') throw new DomainError('OPTION_INVALID', 'validation', `--only '${String(flags.only)}': the only choice is 'archival'`);
    options.onlyArchival = true;
  }
  if (typeof flags.explain === 'string') {
    if (!isReportKey(flags.explain)) {
      throw new DomainError('OPTION_INVALID', 'validation', `--explain '${flags.explain}' is not a figure; one of ${REPORT_KEYS.join(', ')}`);
    }
    options.explain = flags.explain;
  }
  return options;
};

export interface ReportCommandConfig {
  /** Tried before the path resolver. */
  resolvers?: ReportSourceResolver[];
  /** Adds options (e.g. `--scenario <name>`) to the command. */
  configure?: (command: Command) => void;
  print?: (text: string) => void;
}

export const reportCommand =
  (config: ReportCommandConfig = {}): CliCommand =>
  (program) => {
    const print = config.print ?? ((text: string) => process.stdout.write(text));
    const command = program
      .command('report')
      .description('who decided? the leader-absence report over a record')
      .argument('[record-or-dir]', 'a folder of CSV files or a .json file')
      .option('--leader <id>', 'member id of the leader (default: the one member whose role is leader)')
      .option('--absence <from..to>', 'absence window replacing the record\'s (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
      .option('--only <which>', "'archival': drop rows marked synthetic")
      .option('--json', 'print one JSON object (rates as unrounded fractions)')
      .option('--explain <key>', 'list the rows behind a figure')
      .option('--stream', 'stream a CSV folder instead of reading and validating it whole (for very large records)');
    config.configure?.(command);
    command.action(async (target: string | undefined, flags: ReportCommandOptions, self: Command) => {
      const options = reportOptionsFromFlags(flags);
      const source = await resolveReportSource(target, flags, [...(config.resolvers ?? []), pathResolver]);
      const report = await reportFromSource(source, options);
      print(flags.json === true ? reportToJson(report) : formatReportText(report, cliLang(self.optsWithGlobals().lang, process.env)));
    });
  };

export const cliCommands: CliCommand[] = [reportCommand()];
