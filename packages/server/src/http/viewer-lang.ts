import { type Lang, pickLang } from '@politburo/i18n';
import type { Context } from 'hono';
import { languageOf } from '../bodies/language-preferences.ts';
import type { AppEnv } from './app-env.ts';

/** The language a response speaks: the logged-in viewer's own setting, else the request's Accept-Language, else English. */
export const viewerLang = async (c: Context<AppEnv>): Promise<Lang> => pickLang(await viewerSetting(c), c.req.header('accept-language'));

/** The logged-in viewer's own choice, or undefined (logged out, or never chosen). */
export const viewerSetting = async (c: Context<AppEnv>): Promise<Lang | undefined> => {
  const s = c.var.session;
  return s ? languageOf(c.var.services.repo.store, s.bodyId, s.username) : undefined;
};

/** A document's language: the `lang` the link asks for (the web app's switch), else as `viewerLang`. */
export const documentLang = async (c: Context<AppEnv>, asked: Lang | undefined): Promise<Lang> => asked ?? (await viewerLang(c));
