import type { Actor, EventData, StatementData } from '../../schemas';
import type { Entry } from '../../model/entry';
import type { Timeline } from '../../model/timeline';
import { paths } from '../paths';
import { ui } from '../ui';
import { articleLink, citedArticles, type CitedArticle, type Link } from './refs';

/** An item on an actor's page: an event they take part in, or a quote of theirs about an event. */
export type ActorItem =
  | { kind: 'event'; date: string; event: Entry<EventData> }
  | { kind: 'statement'; date: string; statement: Entry<StatementData> };

/**
 * An actor's events and their statements about events, in time order: what an actor's page lists
 * (split into numbered pages for actors with very many).
 */
export function actorItems(timeline: Timeline, actorId: string): ActorItem[] {
  return [
    ...(timeline.eventsByActor.get(actorId) ?? []).map((e) => ({
      kind: 'event' as const,
      date: e.data.date,
      event: e,
    })),
    ...(timeline.statementsBySpeaker.get(actorId) ?? [])
      .filter((s) => s.data.event)
      .map((s) => ({ kind: 'statement' as const, date: s.data.date, statement: s })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Everything one page of an actor renders. */
export interface ActorView {
  id: string;
  data: Actor;
  heading: string;
  description: string;
  feed: Link;
  roles: Array<{ title: string; source: Link }>;
  /** Where the sources name an actor who has no event or quote, so that no actor page is ever empty. */
  namedIn: CitedArticle[];
  events: Entry<EventData>[];
  /** Quotes on this page: those about its events, and on the first page those about no event (anchored here). */
  statements: Array<{ statement: Entry<StatementData>; href: string; anchored: boolean }>;
  jsonLd: Record<string, unknown>;
}

/** The view of one page of an actor's items. */
export function actorView(
  timeline: Timeline,
  actor: Entry<Actor>,
  page: { data: ActorItem[]; currentPage: number; lastPage: number },
): ActorView {
  const { id, data } = actor;
  const unattached =
    page.currentPage === 1 ? (timeline.statementsBySpeaker.get(id) ?? []).filter((s) => !s.data.event) : [];
  const statements = [...page.data.flatMap((i) => (i.kind === 'statement' ? [i.statement] : [])), ...unattached];
  const roles = data.roles.map((r) => ({ title: r.title, source: articleLink(timeline, r.article) }));
  const eventCount = timeline.eventsByActor.get(id)?.length ?? 0;
  const statementCount = timeline.statementsBySpeaker.get(id)?.length ?? 0;
  const firstRole = roles[0];
  return {
    id,
    data,
    heading: `${data.name}${page.lastPage > 1 ? ` (${page.currentPage}/${page.lastPage})` : ''}`,
    description: ui.actorDescription(data.name, eventCount, statementCount),
    feed: { label: ui.actorFeedLink(data.name), href: paths.actorRss(id) },
    roles,
    // An actor in no event and with no quote would have a page with only a name: show where the
    // sources name them instead (the first few articles; their roles already cite theirs).
    namedIn: eventCount + statementCount === 0 ? citedArticles(timeline, data.sources).slice(0, 10) : [],
    events: page.data.flatMap((i) => (i.kind === 'event' ? [i.event] : [])),
    statements: statements.map((s) => ({
      statement: s,
      href: paths.statement(s.id, s.data.event, s.data.speaker),
      anchored: !s.data.event,
    })),
    jsonLd: {
      '@type': data.kind === 'person' ? 'Person' : data.kind === 'country' ? 'Country' : 'Organization',
      name: data.name,
      ...(data.aliases.length ? { alternateName: data.aliases } : {}),
      ...(data.kind === 'person' && firstRole ? { jobTitle: firstRole.title } : {}),
    },
  };
}
