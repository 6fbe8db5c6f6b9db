import type { Article, EventData, StatementData } from '../../schemas';
import type { Entry } from '../../model/entry';
import type { Timeline } from '../../model/timeline';
import { paths } from '../paths';
import { actorLink, excerptsFrom, type Excerpt, type Link } from './refs';

/** Everything a source's page renders: the article's metadata and what the site takes from it. */
export interface SourceView {
  id: string;
  data: Article;
  events: Array<{ event: Entry<EventData>; excerpts: Excerpt[] }>;
  statements: Array<{ statement: Entry<StatementData>; speaker: Link; href: string; excerpts: Excerpt[] }>;
  jsonLd: Record<string, unknown>;
}

/** The view of one source article's page. */
export function sourceView(timeline: Timeline, article: Entry<Article>): SourceView {
  const { id, data } = article;
  const fromHere = (sources: Parameters<typeof excerptsFrom>[0]) => excerptsFrom(sources, id);
  return {
    id,
    data,
    events: (timeline.eventsByArticle.get(id) ?? []).map((event) => ({
      event,
      excerpts: fromHere([...event.data.sources, ...event.data.accounts]),
    })),
    statements: (timeline.statementsByArticle.get(id) ?? []).map((statement) => ({
      statement,
      speaker: actorLink(timeline, statement.data.speaker),
      href: paths.statement(statement.id, statement.data.event, statement.data.speaker),
      excerpts: fromHere([...statement.data.sources, ...statement.data.reports]),
    })),
    jsonLd: {
      '@type': 'NewsArticle',
      headline: data.title,
      datePublished: data.published,
      ...(data.author ? { author: { '@type': 'Person', name: data.author } } : {}),
      ...(data.publisher !== 'unknown' ? { publisher: { '@type': 'Organization', name: data.publisher } } : {}),
      ...(data.url ? { url: data.url } : {}),
    },
  };
}
