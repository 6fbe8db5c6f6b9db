import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadTimeline } from '../../io/load-timeline';
import { feedChannel } from '../../site/feeds';
import { paths, siteOf } from '../../site/paths';
import { ui } from '../../site/ui';
import { correctionFeedItem, correctionsView } from '../../site/views/corrections';

/** The corrections feed: every correction, newest first. */
export const GET: APIRoute = async (context) => {
  const timeline = await loadTimeline();
  const site = siteOf(context.site);
  return rss({
    title: `${ui.siteTitle}: ${ui.correctionsTitle}`,
    description: ui.correctionsDescription,
    items: correctionsView(timeline).map((item) => correctionFeedItem(item, site)),
    ...feedChannel(site, paths.correctionsRss()),
  });
};
