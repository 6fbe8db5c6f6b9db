import type { EventData } from '../schemas';
import { formatDate, periodStart } from '../model/dates';
import type { Entry } from '../model/entry';
import { paths } from './paths';
import { ui } from './ui';

/** An RSS item for an event: its page, its date at its precision and its status in the text. */
export function eventFeedItem(event: Entry<EventData>) {
  const { data } = event;
  return {
    title: data.title,
    link: paths.event(event.id),
    pubDate: new Date(`${periodStart(data.date)}T00:00:00Z`),
    description: `${formatDate(data)} (${ui.status[data.status].label.toLowerCase()}). ${data.summary}`,
    categories: data.tags.map(ui.tagLabel),
  };
}

/** Events newest first, as feeds list them. */
export function newestFirst(events: Entry<EventData>[]): Entry<EventData>[] {
  return [...events].reverse();
}
