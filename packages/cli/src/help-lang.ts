import { catalogue, type Lang, type Params, translator } from '@politburo/i18n';
import type { Command } from 'commander';

const TITLES: Record<string, string> = {
  'Usage:': 'usage',
  'Options:': 'options',
  'Global Options:': 'globalOptions',
  'Arguments:': 'arguments',
  'Commands:': 'commands',
};

/**
 * The help in a language. Commander's own words (its section titles, the help option, the
 * "choices"/"default" notes) come from `cli.commander.*`; each command's description, its options'
 * and its arguments' from `cli.help.<command path>`, where the catalogue has them (the English there
 * is the source: the descriptions in the commands' code are only what a missing entry falls back to).
 * Set before the commands are added: commander copies these settings into every sub-command.
 */
export const configureHelpLanguage = (program: Command, lang: Lang): void => {
  const t = translator(lang);
  program.configureOutput({ outputError: (text, write) => write(translateCommanderError(text, lang)) });
  program.helpOption('-h, --help', t('cli.commander.helpOption'));
  program.helpCommand('help [command]', t('cli.commander.helpCommand'));
  program.configureHelp({
    styleTitle: (title) => (TITLES[title] ? t(`cli.commander.${TITLES[title]}`) : title),
    optionDescription: (option) => {
      const extra: string[] = [];
      if (option.argChoices) extra.push(t('cli.commander.choices', { choices: option.argChoices.map((c) => JSON.stringify(c)).join(', ') }));
      // As commander shows a default: for an option that takes a value, or a boolean one given a boolean.
      if (option.defaultValue !== undefined && (option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean'))) {
        extra.push(t('cli.commander.default', { value: option.defaultValueDescription ?? JSON.stringify(option.defaultValue) }));
      }
      return extra.length ? `${option.description} (${extra.join(', ')})` : option.description;
    },
  });
};

/** The catalogue's words for every command, option and argument of the program (after the commands are added). */
export const translateHelp = (program: Command, lang: Lang): void => {
  const messages = catalogue(lang);
  const t = translator(lang);
  const text = (key: string): string | undefined => (key in messages ? t(key) : undefined);
  const walk = (cmd: Command, path: string): void => {
    const own = text(`${path}._`);
    if (own !== undefined) cmd.description(own);
    for (const o of cmd.options) o.description = text(`${path}.${o.attributeName()}`) ?? o.description;
    for (const a of cmd.registeredArguments) a.description = text(`${path}.arg.${a.name()}`) ?? a.description;
    for (const sub of cmd.commands) walk(sub, `${path}.${sub.name()}`);
  };
  walk(program, 'cli.help');
};

/**
 * Commander's own usage errors, line by line, as `cli.commander.error.*`: commander words them in English
 * only and hands out nothing but the finished text, so each of its sentences (commander 14, pinned) is
 * read back into its facts here. A line none of them matches is passed on as it stands.
 */
const COMMANDER_ERRORS: Array<[RegExp, string, (m: RegExpMatchArray) => Params]> = [
  [/^error: unknown option '(.+)'$/, 'unknownOption', (m) => ({ option: m[1]! })],
  [/^error: unknown command '(.+)'$/, 'unknownCommand', (m) => ({ command: m[1]! })],
  [/^error: missing required argument '(.+)'$/, 'missingArgument', (m) => ({ argument: m[1]! })],
  [/^error: option '(.+)' argument missing$/, 'optionMissingArgument', (m) => ({ option: m[1]! })],
  [/^error: required option '(.+)' not specified$/, 'missingMandatoryOption', (m) => ({ option: m[1]! })],
  [/^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/, 'invalidChoice', (m) => ({ option: m[1]!, value: m[2]!, choices: m[3]! })],
  [
    /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    'excessArguments',
    (m) => ({ command: m[1] ?? 'none', expected: Number(m[2]), got: m[3]! }),
  ],
  [/^\(Did you mean one of (.+)\?\)$/, 'didYouMeanOneOf', (m) => ({ suggestions: m[1]! })],
  [/^\(Did you mean (.+)\?\)$/, 'didYouMean', (m) => ({ suggestion: m[1]! })],
];

export const translateCommanderError = (text: string, lang: Lang): string => {
  const t = translator(lang);
  return text
    .split('\n')
    .map((line) => {
      for (const [pattern, key, facts] of COMMANDER_ERRORS) {
        const m = line.match(pattern);
        if (m) return t(`cli.commander.error.${key}`, facts(m));
      }
      return line;
    })
    .join('\n');
};
