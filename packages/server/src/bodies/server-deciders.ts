import { conflict, DomainError, notFound } from '@politburo/core';
import { corruptEvent, type Decider, type StoredEvent } from '@politburo/store';
import type { Account, AccountEvent, AccountPrefs, ClockConfig, IndexEvent, InviteEvent, Latencies, Listing, SecretEvent, SettingsEvent } from './server-events.ts';
import { DEFAULT_LATENCIES, DEFAULT_PREFS } from './server-events.ts';

/**
 * Pure deciders for the server's own facts, on the same footing as the body's: a
 * command is decided against the stream's state into events, or refused with a typed
 * DomainError. Only the HTTP layer knows HTTP.
 */

/** Accepts only the given event types from a stream: anything else there is damage, not data. */
export const decoderFor =
  <E extends { type: string }>(...types: E['type'][]) =>
  (stored: StoredEvent): E => {
    if (!types.includes(stored.event.type as E['type'])) {
      throw corruptEvent(stored.position, stored.streamId, `"${stored.event.type}" does not belong on this stream (expected ${types.join(' or ')})`);
    }
    return stored.event as E;
  };

// --- the index of bodies ---------------------------------------------------------

export type IndexCommand = { type: 'ListBody'; listing: Listing } | { type: 'UnlistBody'; bodyId: string };
export type IndexState = Map<string, Listing>;

export const indexDecider: Decider<IndexCommand, IndexEvent, IndexState, undefined> = {
  initialState: () => new Map(),
  evolve: (state, e) => {
    if (e.type === 'ServerBodyDelisted') {
      state.delete(e.bodyId);
      return state;
    }
    const { type: _type, ...listing } = e;
    return state.set(e.bodyId, listing);
  },
  decide: (c, state) => {
    if (c.type === 'UnlistBody') {
      if (!state.has(c.bodyId)) throw notFound('BODY_NOT_FOUND', `No body "${c.bodyId}".`, 'bodyId');
      return [{ type: 'ServerBodyDelisted', bodyId: c.bodyId }];
    }
    if (state.has(c.listing.bodyId)) throw bodyExists(c.listing.bodyId);
    return [{ type: 'ServerBodyListed', ...c.listing }];
  },
  decode: decoderFor<IndexEvent>('ServerBodyListed', 'ServerBodyDelisted'),
};

export const bodyExists = (bodyId: string): DomainError => conflict('BODY_EXISTS', `A body "${bodyId}" already exists.`, 'id');

// --- a body's clock and channels ---------------------------------------------------

export type SettingsCommand = { type: 'SetClock'; clock: ClockConfig } | { type: 'SetLatencies'; latencies: Partial<Latencies> };
export interface SettingsState {
  clock: ClockConfig;
  latencies: Latencies;
}

export const settingsDecider: Decider<SettingsCommand, SettingsEvent, SettingsState, undefined> = {
  initialState: () => ({ clock: { mode: 'real' }, latencies: DEFAULT_LATENCIES }),
  evolve: (state, e) => {
    if (e.type === 'ServerClockSet') state.clock = e.clock;
    else state.latencies = e.latencies;
    return state;
  },
  decide: (c, state) => {
    if (c.type === 'SetClock') {
      if (c.clock.mode === 'replay' && !(c.clock.speed > 0)) throw new DomainError('CLOCK_INVALID', 'validation', 'A replay clock runs at a speed above 0.', [{ field: 'speed', message: 'must be > 0' }]);
      return [{ type: 'ServerClockSet', clock: c.clock }];
    }
    const latencies = { ...state.latencies, ...c.latencies };
    for (const [channel, minutes] of Object.entries(latencies)) {
      if (!Number.isInteger(minutes) || minutes < 1) throw new DomainError('LATENCY_INVALID', 'validation', `The ${channel} latency is a whole number of minutes from 1.`, [{ field: `latencies.${channel}`, message: 'must be a whole number ≥ 1' }]);
    }
    return [{ type: 'ServerLatenciesSet', latencies }];
  },
  decode: decoderFor<SettingsEvent>('ServerClockSet', 'ServerLatenciesSet'),
};

// --- a body's accounts ---------------------------------------------------------------

export type AccountsCommand =
  | {
      type: 'CreateAccount';
      account: Account;
      /** Give a known username a new password (demo accounts re-issued at start-up). */
      replace?: boolean;
    }
  | { type: 'SetAccountPrefs'; username: string; prefs: AccountPrefs }
  | { type: 'IssueCalendarToken'; username: string; tokenHash: string }
  | { type: 'RevokeCalendarToken'; username: string };

/** A login with its settings and, while one is issued, the hash of its calendar token. */
export interface AccountRecord extends Account, AccountPrefs {
  calendarTokenHash?: string;
}
export type AccountsState = Map<string, AccountRecord>;

export const USERNAME = /^[A-Za-z0-9_.@-]{1,80}$/;
/** An address a mail server takes: one @, no spaces, a dot in the domain. */
export const EMAIL = /^[^\s@<>]{1,64}@[^\s@<>]{1,253}\.[^\s@<>.]{2,63}$/;

/** The body the accounts belong to: a login is for one of its members. */
export interface AccountsMeta {
  bodyId: string;
  hasMember(memberId: string): boolean;
}

const unknownAccount = (bodyId: string, username: string): DomainError => notFound('UNKNOWN_ACCOUNT', `Body "${bodyId}" has no login "${username}".`, 'username');

export const accountsDecider: Decider<AccountsCommand, AccountEvent, AccountsState, AccountsMeta> = {
  initialState: () => new Map(),
  evolve: (state, e) => {
    const had = state.get(e.username);
    switch (e.type) {
      case 'ServerAccountCreated': {
        // A new password keeps the account's settings; a username given to another member starts afresh.
        const kept = had && had.memberId === e.memberId ? had : { ...DEFAULT_PREFS };
        return state.set(e.username, { ...kept, username: e.username, memberId: e.memberId, salt: e.salt, hash: e.hash });
      }
      case 'ServerAccountPrefsSet':
        return had ? state.set(e.username, { ...had, email: e.email, mail: e.mail }) : state;
      case 'ServerCalendarTokenIssued':
        return had ? state.set(e.username, { ...had, calendarTokenHash: e.tokenHash }) : state;
      case 'ServerCalendarTokenRevoked': {
        if (!had) return state;
        const { calendarTokenHash: _, ...rest } = had;
        return state.set(e.username, rest);
      }
    }
  },
  decide: (c, state, meta) => {
    if (c.type !== 'CreateAccount') {
      if (!state.has(c.username)) throw unknownAccount(meta.bodyId, c.username);
      if (c.type === 'IssueCalendarToken') return [{ type: 'ServerCalendarTokenIssued', username: c.username, tokenHash: c.tokenHash }];
      if (c.type === 'RevokeCalendarToken') return state.get(c.username)?.calendarTokenHash ? [{ type: 'ServerCalendarTokenRevoked', username: c.username }] : [];
      const { email, mail } = c.prefs;
      if (email !== null && !EMAIL.test(email)) throw new DomainError('EMAIL_INVALID', 'validation', `"${email}" is not an e-mail address.`, [{ field: 'email', message: 'expected name@domain' }]);
      if (mail !== 'off' && email === null) throw new DomainError('EMAIL_MISSING', 'validation', 'Mail needs an address: give an e-mail address, or turn mail off.', [{ field: 'email', message: 'required unless mail is off' }]);
      return [{ type: 'ServerAccountPrefsSet', username: c.username, email, mail }];
    }
    const { username, memberId } = c.account;
    if (!USERNAME.test(username)) {
      throw new DomainError('USERNAME_INVALID', 'validation', 'A username is 1–80 letters, digits, dots, dashes, underscores or @.', [{ field: 'username', message: 'not allowed' }]);
    }
    if (!meta.hasMember(memberId)) throw notFound('UNKNOWN_MEMBER', `Body "${meta.bodyId}" has no member "${memberId}".`, 'memberId');
    const taken = state.get(username);
    if (taken && !(c.replace && taken.memberId === memberId)) throw conflict('USERNAME_TAKEN', `Username "${username}" is taken in body "${meta.bodyId}".`, 'username');
    return [{ type: 'ServerAccountCreated', ...c.account }];
  },
  decode: decoderFor<AccountEvent>('ServerAccountCreated', 'ServerAccountPrefsSet', 'ServerCalendarTokenIssued', 'ServerCalendarTokenRevoked'),
};

/** The command that decides an account event again (a restore replays a backup's account stream through the decider). */
export const accountCommandOf = (e: AccountEvent): AccountsCommand => {
  switch (e.type) {
    case 'ServerAccountCreated': {
      const { type: _, ...account } = e;
      return { type: 'CreateAccount', account, replace: true };
    }
    case 'ServerAccountPrefsSet':
      return { type: 'SetAccountPrefs', username: e.username, prefs: { email: e.email, mail: e.mail } };
    case 'ServerCalendarTokenIssued':
      return { type: 'IssueCalendarToken', username: e.username, tokenHash: e.tokenHash };
    case 'ServerCalendarTokenRevoked':
      return { type: 'RevokeCalendarToken', username: e.username };
  }
};

// --- the session-signing secret ------------------------------------------------------------

export type SecretCommand = { type: 'SetSecret'; secret: string };

export const secretDecider: Decider<SecretCommand, SecretEvent, string | null, undefined> = {
  initialState: () => null,
  evolve: (_state, e) => e.secret,
  // Set once: a second process that races to set it keeps the first one's.
  decide: (c, state) => (state === null ? [{ type: 'ServerSecretSet', secret: c.secret }] : []),
  decode: decoderFor<SecretEvent>('ServerSecretSet'),
};

// --- invitations ---------------------------------------------------------------------------

export interface Invite {
  username: string;
  memberId: string;
  expiresAt: number;
  used: boolean;
}
export type InvitesState = Map<string, Invite>;
export type InvitesCommand =
  | { type: 'IssueInvite'; username: string; memberId: string; tokenHash: string; expiresAt: number }
  | { type: 'UseInvite'; tokenHash: string; nowMs: number };

/** What an invitation is decided against besides its own stream: the body's members and logins. */
export interface InvitesMeta extends AccountsMeta {
  usernameTaken(username: string): boolean;
}

export const invitesDecider: Decider<InvitesCommand, InviteEvent, InvitesState, InvitesMeta> = {
  initialState: () => new Map(),
  evolve: (state, e) => {
    if (e.type === 'ServerInviteIssued') state.set(e.tokenHash, { username: e.username, memberId: e.memberId, expiresAt: e.expiresAt, used: false });
    else {
      const invite = state.get(e.tokenHash);
      if (invite) invite.used = true;
    }
    return state;
  },
  decide: (c, state, meta) => {
    if (c.type === 'IssueInvite') {
      if (!USERNAME.test(c.username)) {
        throw new DomainError('USERNAME_INVALID', 'validation', 'A username is 1–80 letters, digits, dots, dashes, underscores or @.', [{ field: 'username', message: 'not allowed' }]);
      }
      if (!meta.hasMember(c.memberId)) throw notFound('UNKNOWN_MEMBER', `Body "${meta.bodyId}" has no member "${c.memberId}".`, 'memberId');
      if (meta.usernameTaken(c.username)) throw conflict('USERNAME_TAKEN', `Username "${c.username}" is taken in body "${meta.bodyId}".`, 'username');
      return [{ type: 'ServerInviteIssued', username: c.username, memberId: c.memberId, tokenHash: c.tokenHash, expiresAt: c.expiresAt }];
    }
    const invite = state.get(c.tokenHash);
    if (!invite) throw notFound('INVITE_UNKNOWN', 'This invitation link is not known here.', 'token');
    if (invite.used) throw conflict('INVITE_USED', 'This invitation link has been used already; ask for a new one.', 'token');
    if (invite.expiresAt <= c.nowMs) throw new DomainError('INVITE_EXPIRED', 'illegal-state', 'This invitation link has expired; ask for a new one.', [{ field: 'token', message: 'expired' }]);
    if (meta.usernameTaken(invite.username)) throw conflict('USERNAME_TAKEN', `Username "${invite.username}" is taken in body "${meta.bodyId}".`, 'username');
    return [{ type: 'ServerInviteUsed', tokenHash: c.tokenHash }];
  },
  decode: decoderFor<InviteEvent>('ServerInviteIssued', 'ServerInviteUsed'),
};
