import type { APIRoute } from 'astro';
import { loadTimeline } from '../io/load-timeline';
import { lookup } from '../model/timeline';
import { paths, siteOf } from '../site/paths';
import { ui } from '../site/ui';
import { buildCalendar } from '../site/calendar';

/** Every event as an all-day iCalendar event. */
export const GET: APIRoute = async (context) => {
  const timeline = await loadTimeline();
  const site = siteOf(context.site);
  const body = buildCalendar(timeline.events, {
    url: (id) => new URL(paths.event(id), site).href,
    host: site.hostname,
    name: ui.siteTitle,
    published: (article) => lookup(timeline.article, article, 'article').data.published,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
