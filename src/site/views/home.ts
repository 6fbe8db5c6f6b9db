import type { Article } from '../../schemas';
import type { Entry } from '../../model/entry';
import { MAX_EVENTS_PER_PAGE, planArchive, type ArchivePage } from '../../model/archive';
import { formatDate } from '../../model/dates';
import type { Timeline } from '../../model/timeline';
import { paths } from '../paths';
import { ui } from '../ui';
import type { Link } from './refs';
import { correctionsView } from './corrections';
import { overviewView, type OverviewItem } from './overview';
import { filterView, timelineListView, type YearView } from './timeline-list';

/** How many sources the home page's introduction lists before linking to all of them. */
export const SOURCES_SHOWN = 10;

/** Everything the home page renders. */
export interface HomeView {
  counts: string;
  /** The sources the introduction lists: all of them, or the latest {@link SOURCES_SHOWN}. */
  sources: Entry<Article>[];
  /** A link to every source when the list is cut. */
  allSources: Link | undefined;
  totalSources: number;
  topics: Link[];
  /** The archive pages when the timeline is too long for one page (the home then shows the latest events). */
  archive: ArchivePage[] | undefined;
  /** Year anchors to jump to on a one-page timeline. */
  years: string[];
  list: YearView[];
  filter: ReturnType<typeof filterView>;
  /** The whole span, month by month, each month linking to its section (or archive page). */
  overview: OverviewItem[];
  trust: TrustView;
  /** The page of disputed, denied and planned claims. */
  contested: Link;
}

/** When the content was last updated and what span it covers. */
export interface TrustView {
  /**
   * The newest source's publication date or the newest correction's date, whichever is later
   * (`basis` says which), or undefined without sources.
   */
  lastUpdated: { date: string; approximate: boolean; basis: 'source' | 'correction' } | undefined;
  /** "Covers events from 2014 to 6 January 2026." */
  coverage: string | undefined;
}

/** The "last updated" and "covers events from … to …" lines of the home and about pages. */
export function trustView(timeline: Timeline): TrustView {
  const newest = timeline.articles.at(-1);
  const corrected = correctionsView(timeline)[0]?.date;
  const first = timeline.events[0];
  const last = timeline.events.at(-1);
  const published = newest && {
    date: newest.data.published,
    approximate: newest.data.publishedApproximate,
    basis: 'source' as const,
  };
  return {
    lastUpdated:
      published && corrected && corrected > published.date
        ? { date: corrected, approximate: false, basis: 'correction' }
        : published,
    coverage: first && last ? ui.coverage(formatDate(first.data), formatDate(last.data)) : undefined,
  };
}

/** The view of the home page: a small timeline on one page, a large one as its latest events. */
export function homeView(timeline: Timeline): HomeView {
  const { events, articles } = timeline;
  const split = events.length > MAX_EVENTS_PER_PAGE;
  const shown = split ? events.slice(-MAX_EVENTS_PER_PAGE) : events;
  const cut = articles.length > SOURCES_SHOWN;
  const archive = split ? planArchive(events) : undefined;
  /** A month's (or year's) section on this page, or its archive page when the timeline is split. */
  const monthHref = (key: string): string => {
    const [year = '', month] = key.split('-');
    const anchor = month ? `#m${year}-${month}` : `#y${year}`;
    if (!archive) return anchor;
    const page = archive.find((p) => p.year === year && (!month || p.month === undefined || p.month === month));
    return page ? `${paths.archive(page.path)}${page.month === undefined || month ? anchor : ''}` : paths.home();
  };
  return {
    counts: ui.counts(events.length, timeline.statements.length, timeline.actors.length, articles.length),
    sources: cut ? articles.slice(-SOURCES_SHOWN).reverse() : articles,
    allSources: cut ? { label: ui.allSources(articles.length), href: paths.sources() } : undefined,
    totalSources: articles.length,
    topics: [...timeline.eventsByTag.keys()].sort().map((tag) => ({ label: ui.tagLabel(tag), href: paths.tag(tag) })),
    archive,
    years: [...new Set(events.map((e) => e.data.date.slice(0, 4)))],
    list: timelineListView(timeline, shown),
    filter: filterView(timeline, shown),
    overview: overviewView(events, monthHref),
    trust: trustView(timeline),
    contested: { label: ui.contestedLink, href: paths.disputed() },
  };
}
