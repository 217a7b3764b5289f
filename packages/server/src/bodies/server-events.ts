import type { BodyEvent, Instant } from '@politburo/core';

/** How a body's clock runs; the current instant is derived, never stored. */
export type ClockConfig =
  | { mode: 'real' }
  | {
      mode: 'replay';
      /** Body instant at `anchorReal`. */
      anchorBody: Instant;
      /** Real epoch milliseconds. */
      anchorReal: number;
      /** Body minutes per real minute. */
      speed: number;
      paused: boolean;
    };

/** Median latency in minutes per channel. */
export interface Latencies {
  telegram: number;
  letter: number;
  telephone: number;
}

export interface Listing {
  bodyId: string;
  name: string;
  readOnly: boolean;
  scenario: string | null;
  /** The body's name in Russian, where its record gives one (listings written before lack it). */
  nameRu?: string;
  /** A copy the server made under its own name: what it is a copy of, so its name is built in each language (listings written before lack it). */
  copy?: ListingCopy;
}

export interface ListingCopy {
  kind: 'demo' | 'copy';
  /** The day the copy's history stops at (YYYY-MM-DD); null for a whole copy. */
  asOf: string | null;
  /** The source's name, in English and (where known) in Russian. */
  of: string;
  ofRu: string | null;
}

export interface Account {
  username: string;
  memberId: string;
  salt: string;
  hash: string;
}

/**
 * Facts the server keeps beside a body's own events, each kind on streams of its own
 * and in the same store, so SQLite and PostgreSQL alike keep them, every process sees
 * them, and backups carry them:
 * - the index of bodies (`srv-index`);
 * - a body's clock and channel settings (`srv-<bodyId>`);
 * - a body's accounts (`acct-<bodyId>`);
 * - the session-signing secret (`srv-secret`).
 * They are events of their own types: nothing in a body's stream (a record's free-form
 * meta, say) can pass for one.
 */
/** A delisted body's streams were erased (a deleted class's groups): its id stays in the index, nothing else of it. */
export type IndexEvent = ({ type: 'ServerBodyListed' } & Listing) | { type: 'ServerBodyDelisted'; bodyId: string };
export type SettingsEvent = { type: 'ServerClockSet'; clock: ClockConfig } | { type: 'ServerLatenciesSet'; latencies: Latencies };
/** Where and how an account is told of what happens (`notifications/`); the language is the login's own setting (`pref-<bodyId>`). */
export type MailMode = 'off' | 'each' | 'digest';
export interface AccountPrefs {
  email: string | null;
  mail: MailMode;
}
export const DEFAULT_PREFS: AccountPrefs = { email: null, mail: 'off' };
/**
 * The account's own facts beside its login: its mail settings, and the secret of its
 * calendar feed (only the token's hash is kept; revoking it ends the feed's address).
 */
export type AccountEvent =
  | ({ type: 'ServerAccountCreated' } & Account)
  | ({ type: 'ServerAccountPrefsSet'; username: string } & AccountPrefs)
  | { type: 'ServerCalendarTokenIssued'; username: string; tokenHash: string }
  | { type: 'ServerCalendarTokenRevoked'; username: string };
export type SecretEvent = { type: 'ServerSecretSet'; secret: string };
/** A one-time link for a member to set his own password (`inv-<bodyId>`); only its token's hash is kept. */
export type InviteEvent =
  | { type: 'ServerInviteIssued'; username: string; memberId: string; tokenHash: string; expiresAt: number }
  | { type: 'ServerInviteUsed'; tokenHash: string };
/** A protocol closed and signed by the secretariat (`sig-<bodyId>`): its decisions' digest and the log's head, signed with Ed25519. */
export interface ProtocolSignature {
  protocolNo: number;
  /** SHA-256 of the canonical JSON of the protocol's decisions, in item order. */
  digest: string;
  chainHead: { position: number; hash: string };
  /** Base64 Ed25519 over `signedText(...)`, and the SPKI PEM public key to check it. */
  signature: string;
  publicKey: string;
  signedBy: string;
  at: string;
}
export type SignatureEvent = { type: 'ServerProtocolSigned' } & ProtocolSignature;
export type SigningKeyEvent = { type: 'ServerSigningKeySet'; privateKeyPem: string };
/** A login's interface language (`pref-<bodyId>`): the viewer's setting, which wins over Accept-Language. */
export type PreferenceEvent = { type: 'ServerLanguageSet'; username: string; lang: 'en' | 'ru' };
export type ServerEvent = IndexEvent | SettingsEvent | AccountEvent | SecretEvent | InviteEvent | SignatureEvent | SigningKeyEvent | PreferenceEvent;
/** What the live feed carries for a body: its own events and its settings stream's. */
export type AnyEvent = BodyEvent | ServerEvent;

export const streams = {
  index: 'srv-index',
  body: (id: string) => `body-${id}`,
  server: (id: string) => `srv-${id}`,
  accounts: (id: string) => `acct-${id}`,
  invites: (id: string) => `inv-${id}`,
  preferences: (id: string) => `pref-${id}`,
  signatures: (id: string) => `sig-${id}`,
  /** The store's own protocol-signing key, when POLITBURO_SIGNING_KEY does not give one. */
  signingKey: 'srv-signing-key',
  secret: 'srv-secret',
} as const;

/** Defaults documented in docs/api.md: telegram ~12 h (1934 turnarounds), courier letter 3 days, telephone 10 min. */
export const DEFAULT_LATENCIES: Latencies = { telegram: 720, letter: 4320, telephone: 10 };
