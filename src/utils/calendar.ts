import { addDays } from 'date-fns';
import { createEvents, type EventAttributes } from 'ics';
import type { EventData, Status } from '../schemas';
import { formatDate, parsePartialDate, precisionOf } from './dates';
import type { Entry } from './integrity';

/** The day after the last day of the period a date string names (iCalendar's exclusive DTEND). */
function dayAfterPeriod(value: string): Date {
  const start = parsePartialDate(value)!;
  const precision = precisionOf(value);
  if (precision === 'year') return new Date(start.getFullYear() + 1, 0, 1);
  if (precision === 'month') return new Date(start.getFullYear(), start.getMonth() + 1, 1);
  return addDays(start, 1);
}

const toArray = (d: Date): [number, number, number] => [d.getFullYear(), d.getMonth() + 1, d.getDate()];

const ICS_STATUS: Record<Status, EventAttributes['status']> = {
  confirmed: 'CONFIRMED',
  reported: 'CONFIRMED',
  disputed: 'TENTATIVE',
  denied: 'CANCELLED',
  planned: 'TENTATIVE',
};

/**
 * The events as an iCalendar (RFC 5545) document of all-day events. A date known only to the
 * month or year spans that whole month or year and says so in its summary (“[March 2025] …”),
 * so it is never pinned to a day the sources do not give; approximate dates are marked “c.”.
 */
export function buildCalendar(events: Entry<EventData>[], options: { url: (id: string) => string; host: string; name: string }): string {
  const attributes: EventAttributes[] = events.map(({ id, data }) => {
    const precise = precisionOf(data.date) === 'day' && !data.approximate && !data.endDate;
    const start = parsePartialDate(data.date)!;
    return {
      uid: `${id}@${options.host}`,
      start: toArray(start),
      end: toArray(dayAfterPeriod(data.endDate ?? data.date)),
      title: precise ? data.title : `[${formatDate(data)}] ${data.title}`,
      description: `${data.summary}\n\nDate: ${formatDate(data)}. ${data.dateBasis}\nStatus: ${data.status}.`,
      url: options.url(id),
      status: ICS_STATUS[data.status],
      categories: data.tags,
      ...(data.location ? { location: data.location } : {}),
      productId: 'news-timeline/ics',
      calName: options.name,
    };
  });
  const { error, value } = createEvents(attributes);
  if (error || !value) throw error ?? new Error('ics produced no calendar');
  return value;
}

