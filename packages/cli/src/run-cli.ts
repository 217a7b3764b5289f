import { cliLang, type Lang, LANGS, translator } from '@politburo/i18n';
import { Command, CommanderError, Option } from 'commander';
import { sourceToEvents } from '@politburo/importer';
import { validateCommand } from '@politburo/record';
import { cliCommands as ownCommands } from './cli.ts';
import { reportError } from './exit-codes.ts';
import { configureHelpLanguage, translateHelp } from './help-lang.ts';

/** The language a command line asks for: its `--lang` (checked by commander later), else the terminal's. */
export const langOfArgs = (args: readonly string[]): Lang => {
  const i = args.indexOf('--lang');
  const given = i >= 0 ? args[i + 1] : args.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return cliLang(given, process.env);
};

/** The whole command line as one program; each package contributes its own sub-commands, the help in `lang`. */
export const buildProgram = (lang: Lang = cliLang(undefined, process.env)): Command => {
  const program = new Command()
    .name('politburo')
    .description("A collective body's decision machinery, as the 1934 Politburo ran it: register, analytics, simulator.")
    .addOption(new Option('--lang <lang>', translator(lang)('cli.lang.option')).choices(LANGS))
    .showHelpAfterError()
    .exitOverride();
  configureHelpLanguage(program, lang);
  // `validate` judges with the import's own dry run through the engine: one verdict for both.
  for (const add of [...ownCommands, validateCommand({ check: (source) => void sourceToEvents(source, { keepLog: false }) })]) add(program);
  translateHelp(program, lang);
  return program;
};

/**
 * Runs one command line (without `node politburo`) and turns whatever it throws into
 * the lines a user reads and an exit code — the one place that happens. Tests call
 * it in-process; `main.ts` calls it for `npx politburo`.
 */
export const runCli = async (args: readonly string[]): Promise<{ exitCode: number; errorLines: string[] }> => {
  const lang = langOfArgs(args);
  try {
    await buildProgram(lang).parseAsync(['node', 'politburo', ...args]);
    return { exitCode: 0, errorLines: [] };
  } catch (e) {
    if (e instanceof CommanderError) return { exitCode: e.exitCode === 0 ? 0 : 64, errorLines: [] };
    if (process.env.POLITBURO_DEBUG) console.error(e);
    const { lines, exitCode } = reportError(e, lang);
    return { exitCode, errorLines: lines };
  }
};
