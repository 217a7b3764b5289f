import type { Instant } from '@politburo/core';

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

/**
 * Facts the server keeps beside a body's own events: its listing, clock and channel
 * settings (stream `srv-<bodyId>`), its accounts (`acct-<bodyId>`) and the index of
 * bodies (`srv-index`). They live in the same store, so SQLite and PostgreSQL alike
 * keep them, every process sees them, and backups carry them.
 */
export type ServerEvent =
  | { type: 'ServerBodyListed'; bodyId: string; name: string; readOnly: boolean; scenario: string | null }
  | { type: 'ServerClockSet'; clock: ClockConfig }
  | { type: 'ServerLatenciesSet'; latencies: Latencies }
  | { type: 'ServerAccountCreated'; username: string; memberId: string; salt: string; hash: string }
  | { type: 'ServerSecretSet'; secret: string };

export const isServerEvent = (e: { type: string }): e is ServerEvent => e.type.startsWith('Server');

export const streams = {
  index: 'srv-index',
  body: (id: string) => `body-${id}`,
  server: (id: string) => `srv-${id}`,
  accounts: (id: string) => `acct-${id}`,
  /** The session-signing secret, shared by every process on the store. */
  secret: 'srv-secret',
} as const;

/** Defaults documented in docs/api.md: telegram ~12 h (1934 turnarounds), courier letter 3 days, telephone 10 min. */
export const DEFAULT_LATENCIES: Latencies = { telegram: 720, letter: 4320, telephone: 10 };
