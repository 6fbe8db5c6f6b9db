import ical, { ICalEventStatus } from 'ical-generator';
import type { EventData, Status } from '../schemas';
import { formatDate, periodStart, precisionOf } from '../model/dates';
import type { Entry } from '../model/entry';

/** Midnight UTC of a `YYYY-MM-DD` day (ical-generator writes all-day dates in UTC). */
const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** The day after the last day of the period a date string names (iCalendar's exclusive DTEND). */
function dayAfterPeriod(value: string): Date {
  const start = utcDay(periodStart(value));
  const precision = precisionOf(value);
  if (precision === 'year') return new Date(Date.UTC(start.getUTCFullYear() + 1, 0, 1));
  if (precision === 'month') return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  return new Date(start.getTime() + 86_400_000);
}

/** The newest of an event's sources' publication days and its corrections' days. */
function lastChanged(data: EventData, published: (article: string) => string): string {
  const days = [...data.sources.map((s) => periodStart(published(s.article))), ...data.corrections.map((c) => c.date)];
  return days.reduce((a, b) => (b > a ? b : a));
}

const ICS_STATUS: Record<Status, ICalEventStatus> = {
  confirmed: ICalEventStatus.CONFIRMED,
  reported: ICalEventStatus.CONFIRMED,
  disputed: ICalEventStatus.TENTATIVE,
  denied: ICalEventStatus.CANCELLED,
  planned: ICalEventStatus.TENTATIVE,
};

/**
 * The events as an iCalendar (RFC 5545) document of all-day events. A date known only to the
 * month or year spans that whole month or year and says so in its summary (“[March 2025] …”),
 * so it is never pinned to a day the sources do not give; approximate dates are marked “c.”.
 * DTSTAMP is the day the event was last reported or corrected, and SEQUENCE its number of
 * corrections, so that a subscribed calendar takes a corrected event as a new revision.
 */
export function buildCalendar(
  events: Entry<EventData>[],
  options: {
    url: (id: string) => string;
    host: string;
    name: string;
    /** The publication date of an article, by id (the day an event was last reported). */
    published: (article: string) => string;
  },
): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'news-timeline', product: 'timeline', language: 'EN' },
  });
  for (const { id, data } of events) {
    const precise = precisionOf(data.date) === 'day' && !data.approximate && !data.endDate;
    calendar.createEvent({
      id: `${id}@${options.host}`,
      allDay: true,
      start: utcDay(periodStart(data.date)),
      end: dayAfterPeriod(data.endDate ?? data.date),
      // When this record last changed: its newest source or correction (never the build's time,
      // so that the file stays the same from build to build); each correction is a revision.
      stamp: utcDay(lastChanged(data, options.published)),
      sequence: data.corrections.length,
      summary: precise ? data.title : `[${formatDate(data)}] ${data.title}`,
      description: `${data.summary}\n\nDate: ${formatDate(data)}. ${data.dateBasis}\nStatus: ${data.status}.`,
      url: options.url(id),
      status: ICS_STATUS[data.status],
      categories: data.tags.map((name) => ({ name })),
      ...(data.location ? { location: data.location } : {}),
    });
  }
  return calendar.toString();
}
