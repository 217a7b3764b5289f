import { type BodyCommand, decide, isDomainError } from '@politburo/core';
import type { BodyEntry } from '../bodies/body-repository.ts';
import type { ViewerInfo } from '../http/viewer.ts';

/** Whether a command would go through now, and if not the core's own reason, in words and in facts. */
export interface ActionCheck {
  allowed: boolean;
  code?: string;
  detail?: string;
  params?: Record<string, string | number>;
}

/**
 * Asks the core, without writing anything, whether the viewer's command would succeed at
 * the body's current time: a page then offers only what can succeed and says why the rest
 * cannot, with the decider's own reason rather than a second copy of its rules.
 */
export const checkAction = (entry: BodyEntry, v: ViewerInfo, now: string, command: BodyCommand): ActionCheck => {
  if (entry.listing.readOnly) return { allowed: false, code: 'SCENARIO_READ_ONLY', detail: 'A read-only scenario: copy it to work on it.' };
  if (!v.member) return { allowed: false, code: 'UNAUTHENTICATED', detail: 'Log in first.' };
  try {
    decide(command, entry.state, { now, actor: { kind: 'member', id: v.member.id } });
    return { allowed: true };
  } catch (e) {
    if (!isDomainError(e)) throw e;
    return { allowed: false, code: e.code, detail: e.message, ...(Object.keys(e.params).length ? { params: e.params } : {}) };
  }
};
