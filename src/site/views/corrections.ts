import type { Correction } from '../../schemas';
import type { Entry } from '../../model/entry';
import type { Timeline } from '../../model/timeline';
import { paths } from '../paths';
import { ui } from '../ui';
import { actorLink } from './refs';

/** One correction as the corrections page and feed list it: what was corrected, where it is, when. */
export interface CorrectionItem extends Correction {
  /** What the corrected entry is: an event's title, a quote with its speaker, an actor, a source. */
  label: string;
  /** The corrected entry's page (or a quote's anchor). */
  href: string;
  /** The entry's id, and which correction of it this is. */
  id: string;
  index: number;
  /** This correction's id on the corrections page: `correction-<kind>-<entry id>-<n>`. */
  anchor: string;
}

const shortQuote = (quote: string) => (quote.length > 70 ? `${quote.slice(0, 69)}…` : quote);

/**
 * Every correction of every entry, newest first (then by label): the corrections page and its
 * feed. Events, statements, actors and sources can all carry corrections.
 */
export function correctionsView(timeline: Timeline): CorrectionItem[] {
  const items: CorrectionItem[] = [];
  const add = (kind: string, entry: Entry<{ corrections: Correction[] }>, label: string, href: string) =>
    entry.data.corrections.forEach((c, index) =>
      items.push({ ...c, label, href, id: entry.id, index, anchor: `correction-${kind}-${entry.id}-${index + 1}` }),
    );
  for (const e of timeline.events) add('event', e, e.data.title, paths.event(e.id));
  for (const s of timeline.statements)
    add(
      'statement',
      s,
      `${actorLink(timeline, s.data.speaker).label}: “${shortQuote(s.data.quote)}”`,
      paths.statement(s.id, s.data.event, s.data.speaker),
    );
  for (const a of timeline.actors) add('actor', a, a.data.name, paths.actor(a.id));
  for (const a of timeline.articles) add('source', a, a.data.title, paths.source(a.id));
  return items.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.label.localeCompare(b.label, 'en')));
}

/**
 * An RSS item for a correction: the entry corrected, what changed, and the day it was corrected.
 * The link is absolute, so that @astrojs/rss does not add a slash after a quote's `#anchor`; the
 * guid is the correction's own place on the corrections page, so a second correction of the same
 * entry is a new item for feed readers, not the first one again.
 */
export function correctionFeedItem(item: CorrectionItem, site: URL) {
  return {
    title: ui.correctionItemTitle(item.label),
    link: new URL(item.href, site).href,
    pubDate: new Date(`${item.date}T00:00:00Z`),
    description: item.what,
    customData: `<guid isPermaLink="true">${new URL(`${paths.corrections()}#${item.anchor}`, site).href}</guid>`,
  };
}
