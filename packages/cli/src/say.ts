import { cliLang, type Lang, type Translate, translator } from '@politburo/i18n';
import type { Command } from 'commander';

/** The language of this command line: `--lang`, read once the program has parsed it, else LC_ALL/LANG. */
export const outputLang = (program: Command): Lang => cliLang(program.opts().lang, process.env);

/**
 * The catalogue in the language of this command line. A `count` drives the plural and is printed as
 * `{n}`, digits as they are (4265, not 4,265), so a script reading the output sees the same number in
 * either language.
 */
export const sayer = (program: Command): Translate => {
  const t = translator(outputLang(program));
  return (key, params) => t(key, params && typeof params.count === 'number' ? { n: String(params.count), ...params } : params);
};
