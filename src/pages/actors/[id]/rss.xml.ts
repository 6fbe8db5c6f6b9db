import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadTimeline } from '../../../io/load-timeline';
import { eventFeedItem, newestFirst } from '../../../site/feeds';
import { ui } from '../../../site/ui';

export const getStaticPaths = (async () => {
  const timeline = await loadTimeline();
  return timeline.actors.map((actor) => ({ params: { id: actor.id } }));
}) satisfies GetStaticPaths;

/** One feed per actor: the events they take part in, newest first. */
export const GET: APIRoute = async (context) => {
  const timeline = await loadTimeline();
  const id = context.params.id!;
  const actor = timeline.actor.get(id)!;
  const events = timeline.eventsByActor.get(id) ?? [];
  const quotes = timeline.statementsBySpeaker.get(id)?.length ?? 0;
  return rss({
    title: ui.actorFeedTitle(actor.data.name),
    description: ui.actorDescription(actor.data.name, events.length, quotes),
    site: context.site!,
    items: newestFirst(events).map(eventFeedItem),
    customData: '<language>en</language>',
  });
};
