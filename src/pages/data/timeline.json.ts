import type { APIRoute } from 'astro';
import { loadTimeline } from '../../io/load-timeline';
import { paths } from '../../site/paths';
import { buildExport } from '../../site/export';

/** The public data export: every article, actor, event and statement, with page URLs. */
export const GET: APIRoute = async () => {
  const timeline = await loadTimeline();
  return new Response(JSON.stringify(buildExport(timeline, paths, new Date()), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
