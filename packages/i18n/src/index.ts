export { catalogue, NAMESPACES } from './catalogue.ts';
export { type Dictionary, flatten, icuFromI18next } from './flatten.ts';
export { formatDate, formatDateTime, formatNumber } from './format.ts';
export { cliLang, isLang, LANGS, LOCALES, type Lang, langFromAcceptLanguage, langFromEnv, langOfTag, pickLang } from './lang.ts';
export { createTranslator, formatMessage, type Params, type Translate, translator } from './translator.ts';
export { localized, type Localized } from './localized.ts';
export { messageArguments, problemMessage } from './problem.ts';
