import { catalogue, type Lang, translator } from '@politburo/i18n';
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
