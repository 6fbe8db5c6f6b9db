import type { EventData } from '../../schemas';
import type { Entry } from '../../model/entry';
import { formatMonth, gapBetween } from '../../model/dates';
import { involvementOf } from '../../model/involvement';
import type { Timeline } from '../../model/timeline';
import { paths } from '../paths';
import { ui } from '../ui';
import { rebuttals } from './contested';
import { actorLink, statementLink, type Link } from './refs';

/** An event as a card on the timeline: title, summary, quotes, actors (not the reporting outlets) and how many sources. */
export interface CardView {
  id: string;
  data: EventData;
  href: string;
  /** Its quotes, each with a link to the quote named by its speaker, and what it disputes if it is a rebuttal. */
  quotes: Array<{ quote: string; speaker: Link; rebuts: Link[] }>;
  /** "— 8 months later —": the time since the previous event on the list, when worth showing. */
  gap?: string | undefined;
  actors: Link[];
  sourceCount: number;
}

/** The card of one event. */
export function cardView(timeline: Timeline, event: Entry<EventData>): CardView {
  const { data } = event;
  const rebutting = rebuttals(timeline);
  return {
    id: event.id,
    data,
    href: paths.event(event.id),
    quotes: (timeline.statementsByEvent.get(event.id) ?? []).map((s) => ({
      quote: s.data.quote,
      speaker: statementLink(timeline, s),
      rebuts: rebutting.get(s.id) ?? [],
    })),
    actors: data.actors
      .filter((id) => involvementOf(data, id, timeline.actor.get(id)) !== 'outlet')
      .map((id) => actorLink(timeline, id)),
    sourceCount: new Set(data.sources.map((s) => s.article)).size,
  };
}

/** A month of a year on the timeline (`month` is "" for events known only to the year). */
export interface MonthView {
  /** Two-digit month, or "" for events known only to the year. */
  month: string;
  /** The heading's anchor, e.g. `m2025-03` or `m2025-undated`. */
  anchor: string;
  heading: string;
  cards: CardView[];
}

/** Events grouped by year, then by month, in the order given (chronological). */
export interface YearView {
  year: string;
  anchor: string;
  months: MonthView[];
}

/** Groups events (in chronological order) into years and months of cards. */
export function timelineListView(timeline: Timeline, events: readonly Entry<EventData>[]): YearView[] {
  const years: YearView[] = [];
  let previous: Entry<EventData> | undefined;
  for (const event of events) {
    const year = event.data.date.slice(0, 4);
    const month = event.data.date.slice(5, 7);
    let y = years.at(-1);
    if (y?.year !== year) years.push((y = { year, anchor: `y${year}`, months: [] }));
    let m = y.months.at(-1);
    if (m?.month !== month) {
      m = {
        month,
        anchor: `m${year}-${month || 'undated'}`,
        heading: month ? formatMonth(year, month) : ui.undatedInYear(year),
        cards: [],
      };
      y.months.push(m);
    }
    const gap = previous ? gapBetween(previous.data, event.data) : null;
    m.cards.push({ ...cardView(timeline, event), gap: gap ?? undefined });
    previous = event;
  }
  return years;
}

/** The choices of the timeline filter: the actors and topics of the events on the page. */
export function filterView(timeline: Timeline, events: readonly Entry<EventData>[]) {
  const onPage = new Set(events.flatMap((e) => e.data.actors));
  return {
    actors: timeline.actors.filter((a) => onPage.has(a.id)).map((a) => ({ value: a.id, label: a.data.name })),
    tags: [...new Set(events.flatMap((e) => e.data.tags))].sort().map((t) => ({ value: t, label: ui.tagLabel(t) })),
  };
}
