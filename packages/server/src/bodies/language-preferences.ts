import { DomainError, notFound } from '@politburo/core';
import { isLang, type Lang } from '@politburo/i18n';
import { type Audit, type Decider, type EventStore, FoldedStream, handleCommand } from '@politburo/store';
import { decoderFor } from './server-deciders.ts';
import { type PreferenceEvent, streams } from './server-events.ts';

/**
 * Each login's interface language, a server fact on its own stream (`pref-<bodyId>`), written through
 * the one command handler like every other. Kept apart from the accounts stream so that a preference
 * never touches what a login is (its password, its member).
 */
export type PreferencesCommand = { type: 'SetLanguage'; username: string; lang: string };
export type PreferencesState = Map<string, Lang>;
export interface PreferencesMeta {
  bodyId: string;
  hasAccount(username: string): boolean;
}

export const preferencesDecider: Decider<PreferencesCommand, PreferenceEvent, PreferencesState, PreferencesMeta> = {
  initialState: () => new Map(),
  evolve: (state, e) => state.set(e.username, e.lang),
  decide: (c, state, meta) => {
    if (!isLang(c.lang)) throw new DomainError('LANG_UNKNOWN', 'validation', `"${c.lang}" is not a language of the interface (en, ru).`, [{ field: 'lang', message: 'en or ru' }]);
    if (!meta.hasAccount(c.username)) throw notFound('UNKNOWN_ACCOUNT', `Body "${meta.bodyId}" has no login "${c.username}".`, 'username');
    // Setting what is already set appends nothing.
    return state.get(c.username) === c.lang ? [] : [{ type: 'ServerLanguageSet', username: c.username, lang: c.lang }];
  },
  decode: decoderFor<PreferenceEvent>('ServerLanguageSet'),
};

const streamOf = (store: EventStore, bodyId: string) => new FoldedStream(store, streams.preferences(bodyId), preferencesDecider);

export const setLanguage = async (store: EventStore, meta: PreferencesMeta, username: string, lang: string, audit: Audit): Promise<Lang> => {
  const stream = streamOf(store, meta.bodyId);
  await handleCommand(stream, preferencesDecider, { type: 'SetLanguage', username, lang }, meta, { audit });
  return stream.state.get(username)!;
};

/** The login's own setting, or undefined when he has not chosen. */
export const languageOf = async (store: EventStore, bodyId: string, username: string): Promise<Lang | undefined> => {
  const stream = streamOf(store, bodyId);
  await stream.refresh();
  return stream.state.get(username);
};
