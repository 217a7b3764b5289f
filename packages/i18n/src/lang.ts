/** The languages the product speaks; English is the fallback everywhere. */
export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** The BCP 47 locale each language formats dates and numbers with. */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', ru: 'ru-RU' };

export const isLang = (value: unknown): value is Lang => typeof value === 'string' && (LANGS as readonly string[]).includes(value);

/** `ru`, `ru-RU`, `ru_RU.UTF-8` → `ru`; anything else → undefined. */
export function langOfTag(tag: string | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_.@]/)[0];
  return isLang(primary) ? primary : undefined;
}

/**
 * An `Accept-Language` header's best supported language: by quality, then by order;
 * `*` and unsupported tags are skipped, `q=0` means "not this one".
 */
export function langFromAcceptLanguage(header: string | undefined): Lang | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { lang: langOfTag(tag), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r): r is { lang: Lang; quality: number; index: number } => r.lang !== undefined && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked[0]?.lang;
}

/** The viewer's own setting wins, then the browser's `Accept-Language`, then English. */
export function pickLang(setting: string | undefined, acceptLanguage: string | undefined): Lang {
  return langOfTag(setting) ?? langFromAcceptLanguage(acceptLanguage) ?? 'en';
}

/**
 * The language of a terminal, as POSIX orders the variables: `LC_ALL`, then `LC_MESSAGES`, then `LANG`.
 * The first one set decides, even when it names a language we do not speak (`C`, `de_DE`): that is English.
 */
export function langFromEnv(env: NodeJS.ProcessEnv | Record<string, string | undefined>): Lang {
  const first = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return langOfTag(first) ?? 'en';
}

/** A command line's language: `--lang` when given (the CLI has checked it is one we speak), else the terminal's. */
export const cliLang = (flag: unknown, env: NodeJS.ProcessEnv | Record<string, string | undefined>): Lang => (isLang(flag) ? flag : langFromEnv(env));
