import type { EventData } from '../schemas';
import { formatDate, periodStart } from '../model/dates';
import type { Entry } from '../model/entry';
import { paths, siteOf } from './paths';
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

/**
 * The channel settings every feed shares: the home page's address, English, and the feed's own
 * absolute address as `atom:link rel="self"` (what feed readers and validators expect).
 */
export function feedChannel(site: URL | undefined, feedPath: string) {
  const self = new URL(feedPath, siteOf(site)).href.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return {
    // The channel's link: the home page, base path included (items' paths carry their own).
    site: new URL(paths.home(), siteOf(site)).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
  };
}
