import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadTimeline } from '../../../io/load-timeline';
import type { Entry } from '../../../model/entry';
import type { Actor } from '../../../schemas';
import { eventFeedItem, newestFirst } from '../../../site/feeds';
import { siteOf } from '../../../site/paths';
import { ui } from '../../../site/ui';

export const getStaticPaths = (async () => {
  const timeline = await loadTimeline();
  return timeline.actors.map((actor) => ({ params: { id: actor.id }, props: { actor } }));
}) satisfies GetStaticPaths;

/** One feed per actor: the events they take part in, newest first. */
export const GET: APIRoute<{ actor: Entry<Actor> }> = async (context) => {
  const timeline = await loadTimeline();
  const { actor } = context.props;
  const events = timeline.eventsByActor.get(actor.id) ?? [];
  const quotes = timeline.statementsBySpeaker.get(actor.id)?.length ?? 0;
  return rss({
    title: ui.actorFeedTitle(actor.data.name),
    description: ui.actorDescription(actor.data.name, events.length, quotes),
    site: siteOf(context.site),
    items: newestFirst(events).map(eventFeedItem),
    customData: '<language>en</language>',
  });
};
