import { IntlMessageFormat } from 'intl-messageformat';
import { catalogue } from './catalogue.ts';
import type { Lang } from './lang.ts';
import { type Params, translator } from './translator.ts';

/** The arguments an ICU message takes, plural and select branches included, sorted. */
export function messageArguments(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: ReturnType<IntlMessageFormat['getAst']>): void => {
    for (const e of elements) {
      // type 0 is literal text; every other element names its argument in `value`
      if ('value' in e && typeof e.value === 'string' && e.type !== 0) names.add(e.value);
      if ('options' in e) for (const o of Object.values(e.options)) walk(o.value);
    }
  };
  walk(new IntlMessageFormat(message, 'en', undefined, { ignoreTag: true }).getAst());
  return [...names].sort();
}

/**
 * A typed error in a language: the catalogue's `problem.<code>` filled with the error's facts, where
 * the catalogue has the code and the error brought every fact its sentence needs; else the error's
 * own (English) message, never a half-filled sentence.
 */
export function problemMessage(lang: Lang, error: { code: string; message: string; params?: Params | undefined }): string {
  const key = `problem.${error.code}`;
  const message = catalogue(lang)[key] ?? catalogue('en')[key];
  if (message === undefined) return error.message;
  const params = error.params ?? {};
  return messageArguments(message).every((a) => a in params) ? translator(lang)(key, params) : error.message;
}
