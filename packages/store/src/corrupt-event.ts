import { DomainError } from '@politburo/core';

/** A stored event that does not read back: the log was edited or damaged outside politburo. */
export const corruptEvent = (position: number, streamId: string, why: string): DomainError =>
  new DomainError('CORRUPT_LOG', 'corrupt', `The event log is damaged at position ${position} (stream "${streamId}"): ${why}. Restore from a backup.`, [
    { field: `position ${position}`, message: why },
  ]);
