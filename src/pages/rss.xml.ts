import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadTimeline } from '../io/load-timeline';
import { eventFeedItem, feedChannel, newestFirst } from '../site/feeds';
import { paths } from '../site/paths';
import { ui } from '../site/ui';

/** The site feed: every event, newest first. */
export const GET: APIRoute = async (context) => {
  const timeline = await loadTimeline();
  return rss({
    title: ui.siteTitle,
    description: ui.siteDescription,
    items: newestFirst(timeline.events).map(eventFeedItem),
    ...feedChannel(context.site, paths.rss()),
  });
};
