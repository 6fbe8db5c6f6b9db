import type { APIRoute } from 'astro';
import { loadTimeline } from '../io/load-timeline';
import { overviewStripSvg } from '../site/views/overview';

/** The strip of the whole timeline that every event page shows, its month marked by a fragment. */
export const GET: APIRoute = async () =>
  new Response(overviewStripSvg(await loadTimeline()), { headers: { 'Content-Type': 'image/svg+xml' } });
