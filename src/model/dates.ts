import { format, isValid, parse } from 'date-fns';

/** How exact a date is: a single day, a month or a year. */
export type Precision = 'day' | 'month' | 'year';

/** The three accepted shapes of a date string, by precision. */
const SHAPES: Record<Precision, { re: RegExp; pattern: string; display: string }> = {
  day: { re: /^\d{4}-\d{2}-\d{2}$/, pattern: 'yyyy-MM-dd', display: 'd MMMM yyyy' },
  month: { re: /^\d{4}-\d{2}$/, pattern: 'yyyy-MM', display: 'MMMM yyyy' },
  year: { re: /^\d{4}$/, pattern: 'yyyy', display: 'yyyy' },
};

/**
 * The precision of a date string (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), or `null` when the
 * string has none of those shapes.
 */
export function precisionOf(value: string): Precision | null {
  for (const precision of ['day', 'month', 'year'] as const) {
    if (SHAPES[precision].re.test(value)) return precision;
  }
  return null;
}

/**
 * Parses a date string at its own precision into a `Date` at local midnight of its first
 * day. Returns `null` for a malformed string or an impossible calendar date such as
 * `2025-02-30` (never rolled over into March).
 */
export function parsePartialDate(value: string): Date | null {
  let parsed = parsedCache.get(value);
  if (parsed === undefined) {
    parsed = parseUncached(value);
    if (parsedCache.size > 100_000) parsedCache.clear();
    parsedCache.set(value, parsed);
  }
  return parsed && new Date(parsed.getTime());
}

/** Parsing with date-fns is the hot spot of a large build; dates repeat, so results are kept. */
const parsedCache = new Map<string, Date | null>();

function parseUncached(value: string): Date | null {
  const precision = precisionOf(value);
  if (!precision) return null;
  const date = parse(value, SHAPES[precision].pattern, new Date(2000, 0, 1));
  if (!isValid(date)) return null;
  // date-fns rejects day 30 in February already; this guards any other lenient parse.
  if (format(date, SHAPES[precision].pattern) !== value) return null;
  return date;
}

/** True when `value` is a well-formed date string naming a real calendar day, month or year. */
export function isValidPartialDate(value: string): boolean {
  return parsePartialDate(value) !== null;
}

/**
 * The first day (`YYYY-MM-DD`) of the period a date string names: `2025-03` → `2025-03-01`.
 * Used to compare dates of different precisions.
 */
export function periodStart(value: string): string {
  const precision = precisionOf(value);
  if (precision === 'year') return `${value}-01-01`;
  if (precision === 'month') return `${value}-01`;
  return value;
}

/** The last day (`YYYY-MM-DD`) of the period a date string names: `2025-02` → `2025-02-28`. */
export function periodEnd(value: string): string {
  const precision = precisionOf(value);
  if (precision === 'year') return `${value}-12-31`;
  if (precision === 'month') {
    const [y, m] = value.split('-').map(Number);
    const last = new Date(Date.UTC(y ?? 0, m ?? 1, 0)).getUTCDate();
    return `${value}-${String(last).padStart(2, '0')}`;
  }
  return value;
}

/** What a dated item carries: the date, whether it is approximate, and an optional end. */
export interface DateSpec {
  date: string;
  approximate?: boolean;
  endDate?: string | undefined;
  /** The order among items on the same date, when known (1 first). */
  sequence?: number | undefined;
}

/**
 * Formats a date string for readers at its precision, never more exact than it is:
 * `2025-03` → "March 2025"; `2025-03-05` approximate → "c. 5 March 2025";
 * with an end date, a range such as "3–9 March 2025".
 */
export function formatDate(spec: DateSpec): string {
  const start = display(spec.date);
  let text = start;
  if (spec.endDate) {
    const sp = precisionOf(spec.date);
    const ep = precisionOf(spec.endDate);
    const [sy, sm] = spec.date.split('-');
    const [ey, em] = spec.endDate.split('-');
    if (sp === 'day' && ep === 'day' && sy === ey && sm === em) {
      text = `${Number(spec.date.slice(8))}–${display(spec.endDate)}`;
    } else if (sp === 'month' && ep === 'month' && sy === ey) {
      text = `${format(parsePartialDate(spec.date)!, 'MMMM')}–${display(spec.endDate)}`;
    } else {
      text = `${start} – ${display(spec.endDate)}`;
    }
  }
  return spec.approximate ? `c. ${text}` : text;
}

function display(value: string): string {
  const date = parsePartialDate(value);
  const precision = precisionOf(value);
  if (!date || !precision) return value;
  return format(date, SHAPES[precision].display);
}

/**
 * Orders dated items chronologically: by start date (a month sorts before the days in it),
 * then by the order the sources give items of the same date (`sequence`; an item with one comes
 * before an item without), then by end date. Returns 0 when time alone cannot tell; callers add a
 * meaningful tie-breaker (see `eventOrder`), never the file name first.
 */
export function compareDates(a: DateSpec, b: DateSpec): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.sequence !== b.sequence) {
    if (a.sequence === undefined) return 1;
    if (b.sequence === undefined) return -1;
    return a.sequence - b.sequence;
  }
  const ae = a.endDate ?? a.date;
  const be = b.endDate ?? b.date;
  if (ae !== be) return ae < be ? -1 : 1;
  return 0;
}

/** A month's index on a continuous scale (year × 12 + month − 1); a year-only date is its January. */
export function monthIndex(value: string): number {
  const year = Number(value.slice(0, 4));
  const month = value.length >= 7 ? Number(value.slice(5, 7)) : 1;
  return year * 12 + month - 1;
}

/** The `YYYY-MM` of a {@link monthIndex}. */
export function monthOfIndex(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * How much later `next` is than `previous`, in words, when the gap is worth showing on a
 * timeline ("3 weeks later", "8 months later", "7 years later"), else null. Never more exact than
 * the dates: weeks only between two dates known to the day; a year-only date counts from its end.
 */
export function gapBetween(previous: DateSpec, next: DateSpec): string | null {
  const pEnd = previous.endDate ?? previous.date;
  if (precisionOf(pEnd) === 'day' && precisionOf(next.date) === 'day') {
    const days = (Date.parse(next.date) - Date.parse(pEnd)) / 86_400_000;
    if (days >= 14 && days < 60) return `${Math.round(days / 7)} weeks later`;
    if (days < 14) return null;
  }
  const from = precisionOf(pEnd) === 'year' ? monthIndex(pEnd) + 11 : monthIndex(pEnd);
  const months = monthIndex(next.date) - from;
  if (months >= 24) return `${Math.floor(months / 12)} years later`;
  if (months >= 2) return `${months} months later`;
  return null;
}

/** A heading for a month of a year, e.g. ("2025", "03") → "March 2025". */
export function formatMonth(year: string, month: string): string {
  return display(`${year}-${month}`);
}
