/** Roles are spelled the same in the core, the record format and the API. */
export const ROLES = ['leader', 'deputy', 'member', 'candidate', 'secretariat', 'observer', 'external'] as const;
export type Role = (typeof ROLES)[number];

/** Leader, deputy and member vote and are counted. */
export const FULL_ROLES: readonly Role[] = ['leader', 'deputy', 'member'];
export const isFullMember = (role: Role): boolean => FULL_ROLES.includes(role);

/** The special folder is open to full members, candidates and the secretariat. */
export const canSeeRestricted = (role: Role | 'anonymous'): boolean =>
  role === 'leader' || role === 'deputy' || role === 'member' || role === 'candidate' || role === 'secretariat';

/** Belongs to the body (externals correspond and are named but belong to no body). */
export const isOfBody = (role: Role): boolean => role !== 'external';

/** May steer the body's business: schedule, put items to meetings or polls, register. */
export const canSteer = (role: Role): boolean => role === 'leader' || role === 'deputy' || role === 'secretariat';
