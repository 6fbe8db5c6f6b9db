import type { EventData } from '../schemas';
import type { Entry } from './entry';

/** One page of the timeline archive: a year, a month of a year, or a numbered part of either. */
export interface ArchivePage {
  /** Site path without the base, e.g. `/timeline/2025/` or `/timeline/2025/03/2/`. */
  path: string;
  year: string;
  /** Two-digit month, `undated` for events known only to the year, or undefined for a whole year. */
  month?: string | undefined;
  /** 1-based part number when a month is split further. */
  part: number;
  /** Number of parts of this year or month. */
  parts: number;
  events: Entry<EventData>[];
}

/** Events per page: at about 1.2 KB of HTML per event, 100 keeps a page well under 150 KB. */
export const MAX_EVENTS_PER_PAGE = 100;

/** Entries (events and statements) per actor page: about 250 bytes of HTML each. */
export const ACTOR_PAGE_SIZE = 300;

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Splits chronologically sorted events into archive pages of at most `max` events: one page
 * per year when the year fits, otherwise one per month (events known only to the year get
 * an `undated` page), and numbered parts for a month that is still too large.
 */
export function planArchive(events: Entry<EventData>[], max = MAX_EVENTS_PER_PAGE): ArchivePage[] {
  const pages: ArchivePage[] = [];
  for (const [year, inYear] of groupBy(events, (e) => e.data.date.slice(0, 4))) {
    if (inYear.length <= max) {
      pages.push({ path: `/timeline/${year}/`, year, part: 1, parts: 1, events: inYear });
      continue;
    }
    for (const [month, inMonth] of groupBy(inYear, (e) => e.data.date.slice(5, 7) || 'undated')) {
      const parts = chunk(inMonth, max);
      parts.forEach((part, i) => {
        const suffix = i === 0 ? '' : `${i + 1}/`;
        pages.push({
          path: `/timeline/${year}/${month}/${suffix}`,
          year,
          month,
          part: i + 1,
          parts: parts.length,
          events: part,
        });
      });
    }
  }
  return pages;
}
