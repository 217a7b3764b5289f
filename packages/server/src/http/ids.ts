import { randomBytes } from 'node:crypto';

/** Ids are made at the edge (the core never invents one). */
export const newId = (prefix: string): string => `${prefix}-${randomBytes(6).toString('hex')}`;
