import type { EventData, StatementData } from '../../schemas';
import type { Entry } from '../../model/entry';
import { lookup, type Timeline } from '../../model/timeline';
import { paths } from '../paths';
import { ui } from '../ui';
import { actorLink, dateOf, sourceLinks, statementLink, type DateProps, type Link } from './refs';

/** What a statement disputes: the event or quote, as a link. */
const rebuttalIndex = new WeakMap<Timeline, Map<string, Link[]>>();

/**
 * For each statement that disputes something (it is in another item's `disputedBy`), links to
 * what it disputes: the statement is a rebuttal.
 */
export function rebuttals(timeline: Timeline): Map<string, Link[]> {
  let index = rebuttalIndex.get(timeline);
  if (index) return index;
  index = new Map();
  const add = (by: string, target: Link) => {
    const list = index?.get(by);
    if (list) list.push(target);
    else index?.set(by, [target]);
  };
  for (const e of timeline.events) {
    for (const s of e.data.disputedBy) add(s, { label: e.data.title, href: paths.event(e.id) });
  }
  for (const s of timeline.statements) {
    for (const by of s.data.disputedBy) add(by, quoteLink(timeline, s));
  }
  rebuttalIndex.set(timeline, index);
  return index;
}

/** A quote named by its speaker and its first words. */
function quoteLink(timeline: Timeline, s: Entry<StatementData>): Link {
  const words = s.data.quote.split(/\s+/);
  const start = words.slice(0, 8).join(' ') + (words.length > 8 ? ' …' : '');
  return { label: `${actorLink(timeline, s.data.speaker).label}: “${start}”`, href: statementLink(timeline, s).href };
}

/** A disputing quote: its words, who said it, when, where it is reported. */
export interface RebuttalView extends DateProps {
  quote: string;
  speaker: Link;
  context: string;
  href: string;
  sources: Link[];
}

/** A contested or planned claim: an event or a quote, with who disputes it. */
export interface ClaimView extends DateProps {
  kind: 'event' | 'quote';
  /** "Event" or "Quote". */
  kindLabel: string;
  status: EventData['status'];
  /** The event's title, or the quote itself. */
  title: string;
  /** For a quote: its speaker. */
  speaker: Link | undefined;
  summary: string;
  href: string;
  sources: Link[];
  rebuttals: RebuttalView[];
}

function rebuttalView(timeline: Timeline, id: string): RebuttalView {
  const s = lookup(timeline.statement, id, 'statement');
  return {
    ...dateOf(s.data),
    quote: s.data.quote,
    speaker: actorLink(timeline, s.data.speaker),
    context: s.data.context,
    href: statementLink(timeline, s).href,
    sources: sourceLinks(timeline, s.data.sources),
  };
}

function eventClaim(timeline: Timeline, e: Entry<EventData>): ClaimView {
  return {
    ...dateOf(e.data),
    kind: 'event',
    kindLabel: ui.claimEvent,
    status: e.data.status,
    title: e.data.title,
    speaker: undefined,
    summary: e.data.summary,
    href: paths.event(e.id),
    sources: sourceLinks(timeline, e.data.sources),
    rebuttals: e.data.disputedBy.map((id) => rebuttalView(timeline, id)),
  };
}

function quoteClaim(timeline: Timeline, s: Entry<StatementData>): ClaimView {
  return {
    ...dateOf(s.data),
    kind: 'quote',
    kindLabel: ui.claimQuote,
    status: s.data.status,
    title: s.data.quote,
    speaker: actorLink(timeline, s.data.speaker),
    summary: s.data.context,
    href: statementLink(timeline, s).href,
    sources: sourceLinks(timeline, s.data.sources),
    rebuttals: s.data.disputedBy.map((id) => rebuttalView(timeline, id)),
  };
}

/** Events and quotes of the given statuses, in time order (events and quotes interleaved). */
function claims(timeline: Timeline, statuses: ReadonlyArray<EventData['status']>): ClaimView[] {
  const of = (status: EventData['status']) => statuses.includes(status);
  const items = [
    ...timeline.events
      .filter((e) => of(e.data.status))
      .map((e) => ({ date: e.data.date, claim: eventClaim(timeline, e) })),
    ...timeline.statements
      .filter((s) => of(s.data.status))
      .map((s) => ({ date: s.data.date, claim: quoteClaim(timeline, s) })),
  ];
  return items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((i) => i.claim);
}

/** Everything the /disputed/ page renders. */
export interface ContestedView {
  contested: ClaimView[];
  planned: ClaimView[];
}

/** The view of the page of disputed, denied and planned claims. */
export function contestedView(timeline: Timeline): ContestedView {
  return { contested: claims(timeline, ['disputed', 'denied']), planned: claims(timeline, ['planned']) };
}
