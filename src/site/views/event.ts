import type { Correction, EventData, Involvement, StatementData } from '../../schemas';
import { involvementOf } from '../../model/involvement';
import type { Entry } from '../../model/entry';
import { formatDate, precisionOf } from '../../model/dates';
import { lookup, type Timeline } from '../../model/timeline';
import { paths } from '../paths';
import { ui } from '../ui';
import {
  actorLink,
  articleLink,
  citedArticles,
  eventLink,
  statementLink,
  type CitedArticle,
  type EventLink,
  type Link,
} from './refs';
import { statementView, type StatementView } from './statement';

/** A statement disputing the event: who, in what context, when. */
export interface DisputeView extends Link {
  context: string;
  statement: StatementData;
}

/** One source's account where the sources differ: the source, what it says, the passage. */
export interface AccountView {
  source: Link;
  says: string;
  excerpt: string;
}

/** Everything an event page renders. */
export interface EventView {
  id: string;
  data: EventData;
  /** "3 March 2025. Dated to the day. …": the date at its precision and how it is known. */
  dateExplained: string;
  /** Those who took part: the actors that are neither subjects nor reporting outlets. */
  actors: Link[];
  /** The actors by what they were in the event, in the order of `actors`. */
  involved: Record<Involvement, Link[]>;
  /** True when the sources give different accounts (shown as "Sources differ"). */
  sourcesDiffer: boolean;
  accounts: AccountView[];
  corrections: Correction[];
  tags: Link[];
  disputes: DisputeView[];
  statements: StatementView[];
  cited: CitedArticle[];
  related: EventLink[];
  previous: EventLink | undefined;
  next: EventLink | undefined;
  jsonLd: Record<string, unknown>;
}

/** The schema.org description of an event, with its sources as citations. */
function eventJsonLd(timeline: Timeline, data: EventData, cited: CitedArticle[]): Record<string, unknown> {
  const participants = data.actors.filter((id) => involvementOf(data, id, timeline.actor.get(id)) === 'participant');
  return {
    '@type': 'Event',
    name: data.title,
    description: data.summary,
    startDate: data.date,
    ...(data.endDate ? { endDate: data.endDate } : {}),
    ...(data.location ? { location: { '@type': 'Place', name: data.location } } : {}),
    ...(participants.length
      ? {
          actor: participants.map((id) => {
            const actor = lookup(timeline.actor, id, 'actor');
            return { '@type': actor.data.kind === 'person' ? 'Person' : 'Organization', name: actor.data.name };
          }),
        }
      : {}),
    citation: cited.map(({ article }) => ({
      '@type': 'NewsArticle',
      headline: article.data.title,
      datePublished: article.data.published,
      ...(article.data.publisher !== 'unknown'
        ? { publisher: { '@type': 'Organization', name: article.data.publisher } }
        : {}),
      ...(article.data.url ? { url: article.data.url } : {}),
    })),
  };
}

/** The view of one event's page. */
export function eventView(timeline: Timeline, event: Entry<EventData>): EventView {
  const { data } = event;
  const at = lookup(timeline.position, event.id, 'event');
  const previous = timeline.events[at - 1];
  const next = timeline.events[at + 1];
  const precision = precisionOf(data.date) ?? 'day';
  const cited = citedArticles(timeline, data.sources);
  const involved: Record<Involvement, Link[]> = { participant: [], subject: [], outlet: [] };
  for (const id of data.actors) involved[involvementOf(data, id, timeline.actor.get(id))].push(actorLink(timeline, id));
  return {
    id: event.id,
    data,
    dateExplained: `${formatDate(data)}. ${ui.precision[precision]}${data.approximate ? ` (${ui.approximate})` : ''}. ${data.dateBasis}`,
    actors: involved.participant,
    involved,
    sourcesDiffer: data.accounts.length > 0,
    accounts: data.accounts.map((a) => ({
      source: articleLink(timeline, a.article),
      says: a.says,
      excerpt: a.excerpt,
    })),
    corrections: data.corrections,
    tags: data.tags.map((tag) => ({ label: ui.tagLabel(tag), href: paths.tag(tag) })),
    disputes: data.disputedBy.map((id) => {
      const statement = lookup(timeline.statement, id, 'statement');
      return { ...statementLink(timeline, statement), context: statement.data.context, statement: statement.data };
    }),
    statements: (timeline.statementsByEvent.get(event.id) ?? []).map((s) => statementView(timeline, s)),
    cited,
    related: data.related.map((id) => eventLink(lookup(timeline.event, id, 'event'))),
    previous: previous && eventLink(previous),
    next: next && eventLink(next),
    jsonLd: eventJsonLd(timeline, data, cited),
  };
}
