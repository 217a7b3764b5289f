import { type Dictionary, flatten } from './flatten.ts';
import type { Lang } from './lang.ts';
import cliEn from './messages/cli.en.json' with { type: 'json' };
import cliRu from './messages/cli.ru.json' with { type: 'json' };
import csvEn from './messages/csv.en.json' with { type: 'json' };
import csvRu from './messages/csv.ru.json' with { type: 'json' };
import problemEn from './messages/problem.en.json' with { type: 'json' };
import problemRu from './messages/problem.ru.json' with { type: 'json' };
import recordEn from './messages/record.en.json' with { type: 'json' };
import recordRu from './messages/record.ru.json' with { type: 'json' };
import vocabEn from './messages/vocab.en.json' with { type: 'json' };
import vocabRu from './messages/vocab.ru.json' with { type: 'json' };

/**
 * Every namespace of the shared catalogue, as data: `messages/<namespace>.<lang>.json`, keys
 * `<namespace>.<…>`. A new namespace is a pair of files and one line here per language. The web's own
 * section (packages/web/src/i18n) is merged over this one, so a namespace here must not share its name
 * with one of the web's top-level keys (report, mail, …): `web-catalogue.test.ts` there checks it.
 * `problem.<CODE>` words a DomainError by its code and `params` (`problemMessage`).
 */
export const NAMESPACES: Record<Lang, Record<string, Dictionary>> = {
  en: { cli: cliEn, csv: csvEn, problem: problemEn, record: recordEn, vocab: vocabEn },
  ru: { cli: cliRu, csv: csvRu, problem: problemRu, record: recordRu, vocab: vocabRu },
};

const flat = new Map<Lang, Record<string, string>>();
/** The shared catalogue of one language as flat ICU messages, `namespace.key` → message. */
export function catalogue(lang: Lang): Record<string, string> {
  let messages = flat.get(lang);
  if (!messages) {
    messages = {};
    for (const [ns, dict] of Object.entries(NAMESPACES[lang])) flatten(dict, ns, messages);
    flat.set(lang, messages);
  }
  return messages;
}
