import { type Body, maySee, meetingAsSeenBy, type Viewer } from '@politburo/core';
import ical, { ICalEventStatus } from 'ical-generator';
import { type Lang, translator } from './lang.ts';

/** A body instant (`YYYY-MM-DDTHH:MM`) as a Date whose UTC fields are its wall time: the feed writes it as floating local time. */
const wall = (instant: string): Date => new Date(`${instant.length === 10 ? `${instant}T00:00` : instant}:00Z`);

/**
 * A body's sittings and poll deadlines as an iCalendar feed, for one viewer: only the
 * items he may see (the core's rule) are on a sitting's agenda or have a deadline in it.
 * Times are the body's own wall time (floating: a 1934 body has no time zone of today).
 */
export const bodyCalendar = (bodyId: string, bodyName: string, b: Body, v: Viewer, lang: Lang): string => {
  const t = translator(lang);
  const cal = ical({ name: t('calendar.name', { body: bodyName }), prodId: { company: 'politburo', product: 'calendar', language: lang.toUpperCase() } });
  for (const m of Object.values(b.meetings)) {
    const seen = meetingAsSeenBy(b, v, m);
    const titles = seen.agenda.flatMap((id) => (b.items[id] ? [b.items[id].title] : []));
    const day = wall(m.date);
    cal.createEvent({
      id: `${bodyId}/meeting/${m.id}@politburo`,
      start: day,
      end: new Date(day.getTime() + 86_400_000),
      allDay: true,
      floating: true,
      stamp: day,
      summary: t('calendar.sitting', { body: bodyName }),
      ...(titles.length ? { description: t('calendar.sittingAgenda', { titles: titles.join('; ') }) } : {}),
      status: m.status === 'cancelled' ? ICalEventStatus.CANCELLED : m.status === 'scheduled' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    });
  }
  for (const it of Object.values(b.items)) {
    if (it.route?.mode !== 'poll' || !maySee(b, v, { table: 'items', id: it.id })) continue;
    const at = wall(it.route.deadline);
    cal.createEvent({
      id: `${bodyId}/poll/${it.id}@politburo`,
      start: at,
      end: at,
      floating: true,
      stamp: wall(it.route.openedAt),
      summary: t('calendar.pollDeadline', { title: it.title }),
      ...(it.status === 'withdrawn' ? { status: ICalEventStatus.CANCELLED } : {}),
    });
  }
  return cal.toString();
};
