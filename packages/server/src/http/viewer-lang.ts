import type { Context } from 'hono';
import type { BodyEntry } from '../bodies/body-repository.ts';
import { type Lang, pickLang } from '../export/lang.ts';
import type { AppEnv } from './app-env.ts';

/**
 * The language a document is written in for this request: the viewer's own setting (the
 * `lang` the web app passes from its language switch, else the language saved with his
 * mail settings), then the browser's Accept-Language, then English.
 */
export const viewerLang = (c: Context<AppEnv>, entry: BodyEntry, asked: string | undefined): Lang => {
  const s = c.var.session;
  const saved = s && s.bodyId === entry.listing.bodyId ? entry.accounts.get(s.username)?.lang : undefined;
  return pickLang(asked ?? saved ?? undefined, c.req.header('accept-language'));
};
