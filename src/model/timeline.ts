import type { Actor, Article, EventData, StatementData } from '../schemas';
import { compareDates } from './dates';
import { COLLECTIONS, type CollectionName, type DataOf } from '../registry';
import type { ContentSet, Entry } from './entry';

/**
 * The content, sorted and indexed for pages: every collection's entries (events and statements in
 * time order, articles by publication, actors by name, any other collection as loaded), each
 * collection's entries by id, and the joins the pages need.
 */
export interface Timeline extends ContentSet {
  byId: { [K in CollectionName]: Map<string, Entry<DataOf<K>>> };
  article: Map<string, Entry<Article>>;
  actor: Map<string, Entry<Actor>>;
  event: Map<string, Entry<EventData>>;
  statement: Map<string, Entry<StatementData>>;
  /** Statements of each event, in time order. */
  statementsByEvent: Map<string, Entry<StatementData>[]>;
  /** Events each actor takes part in, in time order. */
  eventsByActor: Map<string, Entry<EventData>[]>;
  /** Statements of each speaker, in time order. */
  statementsBySpeaker: Map<string, Entry<StatementData>[]>;
  /** Events and statements citing each article (in sources, accounts or reports), in time order. */
  eventsByArticle: Map<string, Entry<EventData>[]>;
  statementsByArticle: Map<string, Entry<StatementData>[]>;
  /** Events of each topic, in time order. */
  eventsByTag: Map<string, Entry<EventData>[]>;
  /** Each event's position in `events`. */
  position: Map<string, number>;
}

/**
 * The entry with this id, or a clear error naming what is missing. For references the content
 * check has already resolved, so a miss is a bug rather than bad content.
 */
export function lookup<T>(index: ReadonlyMap<string, T>, id: string, what: string): T {
  const found = index.get(id);
  if (found === undefined) throw new Error(`no ${what} "${id}" in the timeline`);
  return found;
}

/** Groups items under every key `keys` gives them, keeping their order. */
function groupMany<T>(items: T[], keys: (item: T) => Iterable<string>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const list = groups.get(key);
      if (list) list.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/** Chronological order for dated entries, with the id as a stable tie-breaker. */
export function byDate<T extends { date: string; endDate?: string | undefined }>(a: Entry<T>, b: Entry<T>): number {
  return compareDates(a.data, b.data) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Events in time order. Events on the same date follow their `sequence` when the sources give
 * one; otherwise what is reacted to comes before the reaction: an event that another event of
 * that date lists as `related`, or that a statement on another event disputes, comes first. Among
 * events free to go next, those others react to lead, then the title decides, so the order is
 * meaningful and stable, never the file name (the id decides only between equal titles).
 */
export function orderEvents(
  events: readonly Entry<EventData>[],
  statements: readonly Entry<StatementData>[],
): Entry<EventData>[] {
  const eventOfStatement = new Map(statements.map((s) => [s.id, s.data.event]));
  /** For each event, the events it reacts to: its related events and those it disputes. */
  const reactsTo = new Map<string, Set<string>>();
  const add = (reaction: string | undefined, original: string) => {
    if (!reaction || reaction === original) return;
    let set = reactsTo.get(reaction);
    if (!set) reactsTo.set(reaction, (set = new Set()));
    set.add(original);
  };
  for (const e of events) {
    for (const r of e.data.related) add(e.id, r);
    for (const s of e.data.disputedBy) add(eventOfStatement.get(s), e.id);
  }
  const reactedTo = new Set([...reactsTo.values()].flatMap((set) => [...set]));
  const rank = (a: Entry<EventData>, b: Entry<EventData>) => {
    const aFirst = reactedTo.has(a.id);
    if (aFirst !== reactedTo.has(b.id)) return aFirst ? -1 : 1;
    return a.data.title.localeCompare(b.data.title, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
  const sorted = [...events].sort((a, b) => compareDates(a.data, b.data) || rank(a, b));
  const ordered: Entry<EventData>[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    while (j < sorted.length && compareDates(sorted[i]!.data, sorted[j]!.data) === 0) j++;
    ordered.push(...(j - i > 1 ? reactionsLast(sorted.slice(i, j), reactsTo) : sorted.slice(i, j)));
    i = j;
  }
  return ordered;
}

/**
 * Events of one date, already ranked, reordered so that each comes after the events it reacts
 * to (a cycle, such as two events naming each other, keeps the ranked order).
 */
function reactionsLast(
  group: Entry<EventData>[],
  reactsTo: ReadonlyMap<string, ReadonlySet<string>>,
): Entry<EventData>[] {
  const ids = new Set(group.map((e) => e.id));
  const placed = new Set<string>();
  const out: Entry<EventData>[] = [];
  const waiting = [...group];
  while (waiting.length > 0) {
    const ready = (e: Entry<EventData>) => [...(reactsTo.get(e.id) ?? [])].every((o) => !ids.has(o) || placed.has(o));
    const at = Math.max(0, waiting.findIndex(ready));
    const [next] = waiting.splice(at, 1);
    if (!next) break;
    placed.add(next.id);
    out.push(next);
  }
  return out;
}

/**
 * Sorts and indexes a content set: events and statements chronologically, articles by
 * publication date, actors by name.
 */
export function buildTimeline(content: ContentSet): Timeline {
  const events = orderEvents(content.events, content.statements);
  const statements = [...content.statements].sort(byDate);
  const articles = [...content.articles].sort((a, b) =>
    a.data.published < b.data.published ? -1 : a.data.published > b.data.published ? 1 : 0,
  );
  const actors = [...content.actors].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
  const index = <T>(entries: Entry<T>[]) => new Map(entries.map((e) => [e.id, e]));
  const sorted: ContentSet = { ...content, articles, actors, events, statements };
  return {
    ...sorted,
    byId: Object.fromEntries(COLLECTIONS.map((name) => [name, index<unknown>(sorted[name])])) as Timeline['byId'],
    article: index(articles),
    actor: index(actors),
    event: index(events),
    statement: index(statements),
    statementsByEvent: groupMany(statements, (s) => (s.data.event ? [s.data.event] : [])),
    eventsByActor: groupMany(events, (e) => e.data.actors),
    statementsBySpeaker: groupMany(statements, (s) => [s.data.speaker]),
    eventsByArticle: groupMany(events, (e) => [...e.data.sources, ...e.data.accounts].map((src) => src.article)),
    statementsByArticle: groupMany(statements, (s) => [...s.data.sources, ...s.data.reports].map((src) => src.article)),
    eventsByTag: groupMany(events, (e) => e.data.tags),
    position: new Map(events.map((e, i) => [e.id, i])),
  };
}
