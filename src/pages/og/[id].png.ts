import type { APIRoute, GetStaticPaths } from 'astro';
import { ENV } from '../../config/env';
import { loadTimeline } from '../../io/load-timeline';
import { renderCardPng } from '../../io/og-image';
import type { Entry } from '../../model/entry';
import type { EventData } from '../../schemas';
import { eventCardSvg } from '../../site/og-card';

/** One social card image per event (`/og/<id>.png`), the og:image of its page. */
export const getStaticPaths = (async () => {
  // The benchmark's lever TIMELINE_NO_OG_IMAGES=1 leaves them out to measure their cost.
  if (ENV.bench.noOgImages) return [];
  const timeline = await loadTimeline();
  return timeline.events.map((event) => ({ params: { id: event.id }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: Entry<EventData> }> = async ({ props }) => {
  const png = await renderCardPng(eventCardSvg(props.event.data));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
