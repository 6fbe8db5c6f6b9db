import type { Article, EventData, StatementData } from '../../schemas';
import type { Entry } from '../../model/entry';
import { lookup, type Timeline } from '../../model/timeline';
import { paths } from '../paths';

/** A link: the text and the address. */
export interface Link {
  label: string;
  href: string;
}

/** What a page shows of a dated item: its date at its precision. */
export interface DateProps {
  date: string;
  approximate: boolean;
  endDate?: string | undefined;
}

/** The date fields of an entry, for `DateText`. */
export function dateOf(data: DateProps): DateProps {
  return { date: data.date, approximate: data.approximate, endDate: data.endDate };
}

/** A link to an actor's page, named as the actor is. */
export function actorLink(timeline: Timeline, id: string): Link {
  return { label: lookup(timeline.actor, id, 'actor').data.name, href: paths.actor(id) };
}

/** A short link to an article's page: its publisher, or its title when the publisher is unknown. */
export function articleLink(timeline: Timeline, id: string): Link {
  return { label: articleLabel(lookup(timeline.article, id, 'article')), href: paths.source(id) };
}

/** Links to the articles that sources cite, each once, in the order first cited. */
export function sourceLinks(timeline: Timeline, sources: ReadonlyArray<{ article: string }>): Link[] {
  return [...new Set(sources.map((s) => s.article))].map((id) => articleLink(timeline, id));
}

/** A link to a statement's anchor, named by its speaker. */
export function statementLink(timeline: Timeline, statement: Entry<StatementData>): Link {
  const { speaker, event } = statement.data;
  return { label: actorLink(timeline, speaker).label, href: paths.statement(statement.id, event, speaker) };
}

/** A link to an event page with its date. */
export interface EventLink extends Link, DateProps {
  id: string;
}

/** A link to an event's page, with its title and date. */
export function eventLink(event: Entry<EventData>): EventLink {
  return { id: event.id, label: event.data.title, href: paths.event(event.id), ...dateOf(event.data) };
}

/** A passage quoted from an article, with the editor's note on it if there is one. */
export interface Excerpt {
  excerpt: string;
  note?: string | undefined;
}

/** A citation as the schemas give it: an article, a passage and an optional note. */
export interface CitationLike {
  article: string;
  excerpt: string;
  note?: string | undefined;
}

/** The passages of `sources` taken from one article, once each, in order, with their notes. */
export function excerptsFrom(sources: ReadonlyArray<CitationLike>, articleId: string): Excerpt[] {
  const seen = new Set<string>();
  return sources.flatMap((s) => {
    if (s.article !== articleId || seen.has(s.excerpt)) return [];
    seen.add(s.excerpt);
    return [s.note ? { excerpt: s.excerpt, note: s.note } : { excerpt: s.excerpt }];
  });
}

/**
 * An article as a citation shows it: its id and data, without its text, which no citation shows
 * (and which would otherwise weigh in every citing page's props and cache key).
 */
export type ArticleRef = Pick<Entry<Article>, 'id' | 'data'>;

/** An article with the excerpts an entry takes from it, grouped in the order they are cited. */
export interface CitedArticle {
  article: ArticleRef;
  excerpts: Excerpt[];
}

/** Groups an entry's sources by article, keeping the order of first citation. */
export function citedArticles(timeline: Timeline, sources: ReadonlyArray<CitationLike>): CitedArticle[] {
  return [...new Set(sources.map((s) => s.article))].map((id) => {
    const { data } = lookup(timeline.article, id, 'article');
    return { article: { id, data }, excerpts: excerptsFrom(sources, id) };
  });
}

/** How to name an article in a short citation: its publisher, or its title when the publisher is unknown. */
export function articleLabel(article: { data: { publisher: string; title: string } }): string {
  return article.data.publisher === 'unknown' ? article.data.title : article.data.publisher;
}
