import { DomainError } from '@politburo/core';

export const CONCURRENCY_CONFLICT = 'CONCURRENCY_CONFLICT';

/** Someone else appended to the stream since the caller read it: reload and decide again. */
export const concurrencyConflict = (streamId: string, expected: number | 'any', actual: number | undefined): DomainError =>
  new DomainError(
    CONCURRENCY_CONFLICT,
    'concurrency',
    actual === undefined
      ? `Stream "${streamId}" changed while appending (expected version ${expected}): reload and try again.`
      : `Stream "${streamId}" is at version ${actual}, not ${expected}: reload and try again.`,
    [{ field: 'expectedVersion', message: `expected ${expected}${actual === undefined ? '' : `, found ${actual}`}` }],
  );

export const isConcurrencyConflict = (err: unknown): err is DomainError => err instanceof DomainError && err.code === CONCURRENCY_CONFLICT;
