import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadTimeline } from '../../../io/load-timeline';
import type { Entry } from '../../../model/entry';
import type { Actor } from '../../../schemas';
import { eventFeedItem, feedChannel, newestFirst } from '../../../site/feeds';
import { paths } from '../../../site/paths';
import { ui } from '../../../site/ui';
import { withView } from '../../../site/page-key';
import type { Timeline } from '../../../model/timeline';

/** The feed of one actor, computed with its page key: everything the endpoint writes. */
function actorFeed(timeline: Timeline, actor: Entry<Actor>) {
  const events = timeline.eventsByActor.get(actor.id) ?? [];
  const quotes = timeline.statementsBySpeaker.get(actor.id)?.length ?? 0;
  return {
    title: ui.actorFeedTitle(actor.data.name),
    description: ui.actorDescription(actor.data.name, events.length, quotes),
    items: newestFirst(events).map(eventFeedItem),
  };
}

export const getStaticPaths = (async () => {
  const timeline = await loadTimeline();
  return timeline.actors.map((actor) => withView({ params: { id: actor.id } }, actorFeed(timeline, actor)));
}) satisfies GetStaticPaths;

/** One feed per actor: the events they take part in, newest first. */
export const GET: APIRoute<{ view: ReturnType<typeof actorFeed> }> = (context) =>
  rss({ ...context.props.view, ...feedChannel(context.site, paths.actorRss(String(context.params.id))) });
