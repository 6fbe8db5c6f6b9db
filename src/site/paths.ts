/**
 * URL paths of the site's pages, with the configured base path (BASE_PATH) applied, so that
 * every internal link works at a domain root and under a sub-path alike.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/+$/, '');

/** Prefixes a site-absolute path (`/events/x/`) with the base path. */
export function withBase(pathname: string): string {
  return `${BASE}${pathname.startsWith('/') ? '' : '/'}${pathname}`;
}

export const paths = {
  home: () => withBase('/'),
  event: (id: string) => withBase(`/events/${id}/`),
  statement: (id: string, eventId: string | undefined, speakerId: string) =>
    eventId ? `${withBase(`/events/${eventId}/`)}#${id}` : `${withBase(`/actors/${speakerId}/`)}#${id}`,
  actors: () => withBase('/actors/'),
  actor: (id: string) => withBase(`/actors/${id}/`),
  sources: () => withBase('/sources/'),
  source: (id: string) => withBase(`/sources/${id}/`),
  data: () => withBase('/data/timeline.json'),
  tags: () => withBase('/tags/'),
  tag: (tag: string) => withBase(`/tags/${tag}/`),
  about: () => withBase('/about/'),
  archive: (sitePath: string) => withBase(sitePath),
  search: () => withBase('/search/'),
  rss: () => withBase('/rss.xml'),
  actorRss: (id: string) => withBase(`/actors/${id}/rss.xml`),
  calendar: () => withBase('/calendar.ics'),
  sitemap: () => withBase('/sitemap-index.xml'),
};

/** How to name an article in a short citation: its publisher, or its title when the publisher is unknown. */
export function articleLabel(article: { data: { publisher: string; title: string } }): string {
  return article.data.publisher === 'unknown' ? article.data.title : article.data.publisher;
}

/** Sources per page of /sources/: about 200 bytes of HTML each. */
export const SOURCES_PAGE_SIZE = 300;

/**
 * The list of sources split into pages (`/sources/`, `/sources/page/2/` …), shaped like
 * Astro's `Page` so the same pager serves it.
 */
export function sourcePages<T>(items: T[]) {
  const lastPage = Math.max(1, Math.ceil(items.length / SOURCES_PAGE_SIZE));
  const url = (n: number) => (n === 1 ? paths.sources() : withBase(`/sources/page/${n}/`));
  return Array.from({ length: lastPage }, (_, i) => {
    const start = i * SOURCES_PAGE_SIZE;
    const data = items.slice(start, start + SOURCES_PAGE_SIZE);
    return {
      data,
      start,
      end: start + data.length - 1,
      size: SOURCES_PAGE_SIZE,
      total: items.length,
      currentPage: i + 1,
      lastPage,
      url: {
        current: url(i + 1),
        prev: i > 0 ? url(i) : undefined,
        next: i + 1 < lastPage ? url(i + 2) : undefined,
        first: i > 0 ? url(1) : undefined,
        last: i + 1 < lastPage ? url(lastPage) : undefined,
      },
    };
  });
}
