import { monthIndex, monthOfIndex, precisionOf } from './dates';

/** A month with events, or the events of a year known only to the year (`month` is ""). */
export interface SpanMonth {
  kind: 'month';
  year: string;
  /** Two-digit month, or "" for events dated to the year only. */
  month: string;
  /** How many events start in it. */
  count: number;
}

/** Months between two months with events in which the sources report nothing. */
export interface SpanGap {
  kind: 'gap';
  /** First and last empty month, `YYYY-MM`. */
  from: string;
  to: string;
  /** How many months are empty. */
  months: number;
}

export type SpanSegment = SpanMonth | SpanGap;

/**
 * The whole span of the timeline as a run of segments, in time order: each month that has
 * events, with how many, and between them each stretch of months without any, so that a burst
 * and a silence can be told apart. `dates` are the events' start dates, in chronological order.
 * A date known only to the year fills its whole year.
 */
export function spanOf(dates: readonly string[]): SpanSegment[] {
  const segments: SpanSegment[] = [];
  let lastEnd: number | undefined;
  for (const date of dates) {
    const year = date.slice(0, 4);
    const month = date.slice(5, 7);
    const previous = segments.at(-1);
    if (previous?.kind === 'month' && previous.year === year && previous.month === month) {
      previous.count++;
      continue;
    }
    const start = monthIndex(date);
    const end = precisionOf(date) === 'year' ? start + 11 : start;
    if (lastEnd !== undefined && start > lastEnd + 1) {
      segments.push({
        kind: 'gap',
        from: monthOfIndex(lastEnd + 1),
        to: monthOfIndex(start - 1),
        months: start - lastEnd - 1,
      });
    }
    segments.push({ kind: 'month', year, month, count: 1 });
    lastEnd = Math.max(lastEnd ?? end, end);
  }
  return segments;
}

/**
 * The key of the overview item holding a date: `YYYY-MM` for a month, `YYYY-undated` for a date
 * known only to the year, or `YYYY` when the overview counts whole years.
 */
export function spanKey(date: string, byYear = false): string {
  if (byYear) return date.slice(0, 4);
  return date.length >= 7 ? date.slice(0, 7) : `${date.slice(0, 4)}-undated`;
}
