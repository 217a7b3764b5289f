import type { Context } from 'hono';
import { activeOf, type BodyEntry } from '../bodies/body-repository.ts';
import { clockView } from '../clock/body-clock.ts';
import type { AppEnv } from '../http/app-env.ts';
import { viewerOf } from '../http/viewer.ts';
import { listingName } from './body-name.ts';

export const bodySummary = (c: Context<AppEnv>, entry: BodyEntry) => {
  const b = activeOf(entry);
  const v = viewerOf(c, entry);
  // The span of the record: a read-only scenario shows it instead of a clock that would say today.
  let from = '';
  let to = '';
  for (const d of Object.values(b.decisions)) {
    if (!from || d.date < from) from = d.date;
    if (d.date > to) to = d.date;
  }
  return {
    id: entry.listing.bodyId,
    name: listingName('en', entry.listing) ?? entry.listing.name,
    nameRu: listingName('ru', entry.listing, b.meta) ?? null,
    readOnly: entry.listing.readOnly,
    scenario: entry.listing.scenario,
    settings: { ...b.settings, latencies: entry.latencies },
    clock: clockView(entry.clock, c.var.services.realNow()),
    period: from ? { from, to } : null,
    me: v.member && v.username ? { username: v.username, bodyId: entry.listing.bodyId, memberId: v.member.id, name: v.member.name, nameRu: v.member.nameRu ?? null, role: v.role } : null,
    counts: {
      members: Object.keys(b.members).length,
      items: Object.keys(b.items).length,
      decisions: Object.keys(b.decisions).length,
      messages: Object.keys(b.messages).length,
    },
  };
};
