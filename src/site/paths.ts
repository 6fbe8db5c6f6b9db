/**
 * URL paths of the site's pages, with the configured base path (BASE_PATH) applied, so that
 * every internal link works at a domain root and under a sub-path alike.
 */
import { entryPath, type CollectionName } from '../registry';

const BASE = import.meta.env.BASE_URL.replace(/\/+$/, '');

/** Prefixes a site-absolute path (`/events/x/`) with the base path. */
export function withBase(pathname: string): string {
  return `${BASE}${pathname.startsWith('/') ? '' : '/'}${pathname}`;
}

/** An entry's page, with the base path; its route comes from the registry. */
const page = (name: CollectionName, id: string) => withBase(entryPath(name, id));

/** Every page of the site, by what it shows. */
export const paths = {
  home: () => withBase('/'),
  event: (id: string) => page('events' satisfies CollectionName, id),
  /** A statement is an anchor on its event's page, or on its speaker's page when it has no event. */
  statement: (id: string, eventId: string | undefined, speakerId: string) =>
    eventId ? `${paths.event(eventId)}#${id}` : `${paths.actor(speakerId)}#${id}`,
  actors: () => withBase('/actors/'),
  actor: (id: string) => page('actors' satisfies CollectionName, id),
  sources: () => withBase('/sources/'),
  source: (id: string) => page('articles' satisfies CollectionName, id),
  data: () => withBase('/data/timeline.json'),
  tags: () => withBase('/tags/'),
  tag: (tag: string) => withBase(`/tags/${tag}/`),
  about: () => withBase('/about/'),
  corrections: () => withBase('/corrections/'),
  correctionsRss: () => withBase('/corrections/rss.xml'),
  archive: (sitePath: string) => withBase(sitePath),
  search: () => withBase('/search/'),
  /** Disputed and denied claims beside who disputes them, and planned items. */
  disputed: () => withBase('/disputed/'),
  /** The strip of the whole timeline that every event page shows (an SVG image). */
  overviewImage: () => withBase('/overview.svg'),
  /** The social card image of an event. */
  eventImage: (id: string) => withBase(`/og/${id}.png`),
  rss: () => withBase('/rss.xml'),
  actorRss: (id: string) => withBase(`/actors/${id}/rss.xml`),
  calendar: () => withBase('/calendar.ics'),
  sitemap: () => withBase('/sitemap-index.xml'),
};

/** The site's origin, as configured (SITE_URL); Astro always passes it to endpoints here. */
export function siteOf(site: URL | undefined): URL {
  if (!site) throw new Error('the site address is not configured (astro.config.mjs: site, from SITE_URL)');
  return site;
}
