import type { Role } from '../api/types.ts';

/** The roles that keep a body's accounts and read its audit trail: the server decides, this only shapes the menu. */
const STEERING: readonly Role[] = ['leader', 'deputy', 'secretariat'];

export const steers = (role: Role | null | undefined): boolean => role !== null && role !== undefined && STEERING.includes(role);
