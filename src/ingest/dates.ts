import * as chrono from 'chrono-node';
import { addDays, format, startOfWeek } from 'date-fns';
import type { Precision } from '../model/dates';

/** A date found in a sentence, resolved against the publication date. */
export interface FoundDate {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string;
  precision: Precision;
  approximate: boolean;
  /** The words it was read from, e.g. "last week". */
  text: string;
}

const RANK: Record<Precision, number> = { day: 3, month: 2, year: 1 };

/**
 * The most precise date expression in a sentence, resolved with chrono-node against the
 * publication date ("on Tuesday", "Nov. 25", "February 2022", "three years ago"), plus what
 * chrono leaves out: weeks ("last week" → the Monday of that week, approximate) and bare
 * years ("in 2014"). Returns null when the sentence has no date.
 */
export function findDate(sentence: string, published: Date): FoundDate | null {
  const found: FoundDate[] = [];
  for (const r of chrono.parse(sentence, { instant: published, timezone: 0 }, { forwardDate: false })) {
    if (/\b(?:hours?|minutes?|seconds?|today|now|tonight)\b/i.test(r.text)) continue;
    const week = /\b(last|this|next)\s+week\b/i.exec(r.text);
    if (week) {
      const shift = { last: -7, this: 0, next: 7 }[week[1]!.toLowerCase() as 'last' | 'this' | 'next'];
      const monday = startOfWeek(addDays(published, shift), { weekStartsOn: 1 });
      found.push({ date: format(monday, 'yyyy-MM-dd'), precision: 'day', approximate: true, text: r.text.trim() });
      continue;
    }
    let d = r.start.date();
    // A bare weekday in a news report ("on Sunday") is the last one, not the next.
    if (r.start.isCertain('weekday') && !r.start.isCertain('day') && d > published && !/\b(?:next|coming|this)\b/i.test(r.text + sentence.slice(Math.max(0, r.index - 14), r.index))) {
      d = addDays(d, -7);
    }
    const iso = format(new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()), 'yyyy-MM-dd');
    const precision: Precision | null =
      r.start.isCertain('day') || r.start.isCertain('weekday') ? 'day' : r.start.isCertain('month') ? 'month' : r.start.isCertain('year') ? 'year' : null;
    if (!precision) continue;
    const approximate = /\b(?:ago|about|around|early|late|mid)\b/i.test(r.text);
    found.push({ date: iso.slice(0, { day: 10, month: 7, year: 4 }[precision]), precision, approximate, text: r.text.trim() });
  }
  for (const m of sentence.matchAll(/\b(?:in|since|by|from|until|of|during)\s+((?:19|20)\d{2})\b/g)) {
    if (!found.some((f) => f.text.includes(m[1]!))) found.push({ date: m[1]!, precision: 'year', approximate: false, text: m[0] });
  }
  if (!found.length) return null;
  return found.reduce((best, f) => (RANK[f.precision] > RANK[best.precision] ? f : best));
}
