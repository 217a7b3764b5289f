import { type Body, dateOf, type IsoDate, type Item, maySee, maySeeMessage, type Message, meetingAsSeenBy, roleOn, type Viewer } from '@politburo/core';

/**
 * The absent member's courier packet for one body date: the letters delivered to him that
 * day, the polls open that day, and the items on the agenda of the sittings still to come.
 * What goes in is what both may see — the reader (the core's rule for him) and the member
 * the packet is for (it is carried to him) — so the special folder reaches neither an
 * outsider reading it nor a member outside it.
 */
export interface CourierPacket {
  date: IsoDate;
  memberId: string | null;
  letters: Message[];
  polls: Item[];
  agenda: Array<{ item: Item; sittingDate: IsoDate }>;
}

/** The packet is for the leader unless another member is named: the one the courier rides to. */
export const packetMember = (b: Body, date: IsoDate, memberId?: string): string | null => {
  if (memberId) return Object.hasOwn(b.members, memberId) ? memberId : null;
  return Object.values(b.members).find((m) => roleOn(m, date) === 'leader')?.id ?? null;
};

/** Polling still, or closed no earlier than that day (a poll withdrawn or postponed has no result and is not). */
const stillOpenOn = (it: Item, date: IsoDate): boolean => it.status === 'polling' || (it.result !== undefined && dateOf(it.result.at) >= date);

export const courierPacket = (b: Body, reader: Viewer, date: IsoDate, memberId: string | null): CourierPacket => {
  const member = memberId ? b.members[memberId] : undefined;
  const role = member ? roleOn(member, date) : undefined;
  // The member as the courier finds him at the end of that day.
  const addressee: Viewer | null = member && role ? { role, memberId: member.id, now: `${date}T23:59` } : null;
  const both = (ref: Parameters<typeof maySee>[2]) => addressee !== null && maySee(b, reader, ref) && maySee(b, addressee, ref);
  const letters = addressee
    ? Object.values(b.messages)
        .filter((m) => m.kind === 'letter' && m.receivedAt && dateOf(m.receivedAt) === date && m.toIds.includes(addressee.memberId!) && maySeeMessage(reader, m) && maySeeMessage(addressee, m))
        .sort((x, y) => (x.receivedAt ?? '').localeCompare(y.receivedAt ?? ''))
    : [];
  const polls = Object.values(b.items)
    .filter((it) => it.route?.mode === 'poll' && dateOf(it.route.openedAt) <= date && dateOf(it.route.deadline) >= date && stillOpenOn(it, date) && both({ table: 'items', id: it.id }))
    .sort((x, y) => (x.route?.mode === 'poll' && y.route?.mode === 'poll' ? x.route.deadline.localeCompare(y.route.deadline) : 0));
  const agenda = Object.values(b.meetings)
    .filter((m) => m.date >= date && (m.status === 'scheduled' || m.status === 'open'))
    .sort((x, y) => x.date.localeCompare(y.date))
    .flatMap((m) => meetingAsSeenBy(b, reader, m).agenda.flatMap((id) => (b.items[id] && both({ table: 'items', id }) ? [{ item: b.items[id], sittingDate: m.date }] : [])));
  return { date, memberId, letters, polls, agenda };
};
