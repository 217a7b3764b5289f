import { cliLang, translator } from '@politburo/i18n';
/**
 * `politburo validate <record>`: reads a record and lists every problem with its
 * file, row and column. Warnings are printed and do not fail the command; errors
 * are thrown as one RecordInvalidError, which the CLI's main turns into an exit code.
 */
import type { Command } from 'commander';
import { formatRecordProblem, RecordInvalidError } from './record-problem.ts';
import { scanRecord } from './read-record.ts';
import { progressMode, recordProgress } from './record-progress.ts';
import type { RecordSource } from './record-rows.ts';

export type CliCommand = (program: Command) => void;

export interface ValidateCommandOptions {
  /** Where lines go; the CLI passes its own writer in tests. */
  print?: (line: string) => void;
  /**
   * A second judge after the format's: the CLI passes the import's own dry run through
   * the engine, so that `validate` and `import` can never give different verdicts. It is
   * given the record to read once more, row by row, as `import` reads it.
   */
  check?: (source: RecordSource) => void;
}

export const validateCommand =
  (options: ValidateCommandOptions = {}): CliCommand =>
  (program) => {
    const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
    program
      .command('validate')
      .description('check a record (a folder of CSV files or a .json file) and list every problem')
      .argument('<record>', 'folder of CSV files or a .json file')
      .option('--limit <n>', 'most problems listed per severity', '100')
      .option('--progress', 'show progress on stderr even when it is not a terminal (a terminal always shows it)')
      .action(async (path: string, opts: { limit: string; progress?: boolean }) => {
        const limit = Math.max(1, Number.parseInt(opts.limit, 10) || 100);
        const lang = cliLang(program.opts().lang, process.env);
        const t = translator(lang);
        const progress = recordProgress(progressMode(opts.progress), t);
        // Read as a stream, as `import` reads it: the record is never held whole.
        const { problems, counts, source } = scanRecord(path, { limit, see: (item) => progress.checked(item) });
        progress.done();
        for (const w of problems.warnings) print(t('cli.error.warning', { message: formatRecordProblem(w, lang) }));
        if (problems.omittedWarnings > 0) print(t('cli.out.moreWarnings', { count: String(problems.omittedWarnings) }));
        if (problems.errors.length > 0) throw new RecordInvalidError(problems, path);
        const rows = Object.values(counts).reduce((a, b) => a + b, 0);
        options.check?.({ ...source, items: () => progress.deciding(source.items(), rows, 'deciding') });
        progress.done();
        const warnings = problems.warnings.length + problems.omittedWarnings;
        print(
          t('cli.out.validateOk', {
            members: String(counts.members),
            meetings: String(counts.meetings),
            decisions: String(counts.decisions),
            messages: String(counts.correspondence),
            interventions: String(counts.interventions),
            warnings: warnings > 0 ? t('cli.out.validateWarnings', { count: warnings, n: String(warnings) }) : '',
          }),
        );
      });
  };

export const cliCommands: CliCommand[] = [validateCommand()];
