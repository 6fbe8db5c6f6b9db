import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadTimeline } from '../io/load-timeline';
import { eventFeedItem, newestFirst } from '../site/feeds';
import { siteOf } from '../site/paths';
import { ui } from '../site/ui';

/** The site feed: every event, newest first. */
export const GET: APIRoute = async (context) => {
  const timeline = await loadTimeline();
  return rss({
    title: ui.siteTitle,
    description: ui.siteDescription,
    site: siteOf(context.site),
    items: newestFirst(timeline.events).map(eventFeedItem),
    customData: '<language>en</language>',
  });
};
