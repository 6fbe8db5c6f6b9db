import type { Actor, Article, EventData, StatementData } from '../schemas';
import { compareDates } from './dates';
import type { ContentSet, Entry } from './integrity';

/** The content, sorted and indexed for pages: events and statements in time order. */
export interface Timeline {
  articles: Entry<Article>[];
  actors: Entry<Actor>[];
  events: Entry<EventData>[];
  statements: Entry<StatementData>[];
  article: Map<string, Entry<Article>>;
  actor: Map<string, Entry<Actor>>;
  event: Map<string, Entry<EventData>>;
  statement: Map<string, Entry<StatementData>>;
  /** Statements of each event, in time order. */
  statementsByEvent: Map<string, Entry<StatementData>[]>;
}

/** Chronological order for dated entries, with the id as a stable tie-breaker. */
export function byDate<T extends { date: string; endDate?: string | undefined }>(a: Entry<T>, b: Entry<T>): number {
  return compareDates(a.data, b.data) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Sorts and indexes a content set: events and statements chronologically, articles by
 * publication date, actors by name.
 */
export function buildTimeline(content: ContentSet): Timeline {
  const events = [...content.events].sort(byDate);
  const statements = [...content.statements].sort(byDate);
  const articles = [...content.articles].sort((a, b) => (a.data.published < b.data.published ? -1 : a.data.published > b.data.published ? 1 : 0));
  const actors = [...content.actors].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
  const statementsByEvent = new Map<string, Entry<StatementData>[]>();
  for (const statement of statements) {
    if (!statement.data.event) continue;
    const list = statementsByEvent.get(statement.data.event) ?? [];
    list.push(statement);
    statementsByEvent.set(statement.data.event, list);
  }
  const index = <T>(entries: Entry<T>[]) => new Map(entries.map((e) => [e.id, e]));
  return {
    articles,
    actors,
    events,
    statements,
    article: index(articles),
    actor: index(actors),
    event: index(events),
    statement: index(statements),
    statementsByEvent,
  };
}
