import type { Article, EventData } from '../../schemas';
import type { ArchivePage } from '../../model/archive';
import { formatMonth } from '../../model/dates';
import type { Entry } from '../../model/entry';
import type { Timeline } from '../../model/timeline';
import { ACTOR_KINDS } from '../../schemas';
import { paths, withBase } from '../paths';
import { ui } from '../ui';
import { timelineListView, type YearView } from './timeline-list';

/** One page of a topic: its title, description and events. */
export function tagPageView(
  timeline: Timeline,
  tag: string,
  page: { data: Entry<EventData>[]; currentPage: number; lastPage: number; total: number },
): { title: string; description: string; list: YearView[] } {
  const label = ui.tagLabel(tag);
  const title = page.lastPage > 1 ? `${ui.tagTitle(label)} (${page.currentPage}/${page.lastPage})` : ui.tagTitle(label);
  return { title, description: ui.tagDescription(label, page.total), list: timelineListView(timeline, page.data) };
}

/** What one archive page renders: its site path, its title and its events. */
export interface ArchivePageView {
  path: string;
  title: string;
  list: YearView[];
}

/** One archive page of a long timeline (a year, a month, or a part of either). */
export function archivePageView(timeline: Timeline, page: ArchivePage): ArchivePageView {
  const period = page.month
    ? page.month === 'undated'
      ? ui.undatedInYear(page.year)
      : formatMonth(page.year, page.month)
    : page.year;
  return {
    path: page.path,
    title: `${period}${page.parts > 1 ? ` (${page.part}/${page.parts})` : ''}`,
    list: timelineListView(timeline, page.events),
  };
}

/** The list of topics, each with its page and number of events. */
export function topicsView(timeline: Timeline): Array<{ label: string; href: string; count: number }> {
  return [...timeline.eventsByTag]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([tag, events]) => ({ label: ui.tagLabel(tag), href: paths.tag(tag), count: events.length }));
}

/** The actors by kind (kinds without actors left out), each with roles and number of items. */
export function actorsView(timeline: Timeline) {
  const count = (id: string) =>
    (timeline.eventsByActor.get(id)?.length ?? 0) + (timeline.statementsBySpeaker.get(id)?.length ?? 0);
  return ACTOR_KINDS.map((kind) => ({
    kind,
    actors: timeline.actors
      .filter((a) => a.data.kind === kind)
      .map((a) => ({
        label: a.data.name,
        href: paths.actor(a.id),
        roles: [...new Set(a.data.roles.map((r) => r.title))],
        count: count(a.id),
      })),
  })).filter((group) => group.actors.length > 0);
}

/** A source in the list of sources, with how many events and quotes the site takes from it. */
export function sourceListItem(timeline: Timeline, article: Entry<Article>) {
  const uses =
    (timeline.eventsByArticle.get(article.id)?.length ?? 0) +
    (timeline.statementsByArticle.get(article.id)?.length ?? 0);
  return { article, href: paths.source(article.id), uses };
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
