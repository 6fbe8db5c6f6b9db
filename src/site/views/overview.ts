import type { EventData } from '../../schemas';
import type { Entry } from '../../model/entry';
import { formatMonth } from '../../model/dates';
import { spanKey, spanOf } from '../../model/span';
import { lookup, type Timeline } from '../../model/timeline';
import { paths } from '../paths';
import { ui } from '../ui';

/** A month with events on the overview: a link to its section, with how many events. */
export interface OverviewMonth {
  kind: 'month';
  key: string;
  /** "March 2025", or "2014, month not known". */
  label: string;
  /** "Mar" / "2014": the short label under its bar. */
  short: string;
  year: string;
  count: number;
  countLabel: string;
  /** How tall its bar is drawn, 1–8, relative to the busiest month. */
  level: number;
  href: string;
}

/** A stretch without events: "April – October 2025: no events in these sources". */
export interface OverviewGap {
  kind: 'gap';
  label: string;
  duration: string;
  /** How wide it is drawn, 1–4: longer silences take more room, on a compressed scale. */
  size: number;
}

export type OverviewItem = OverviewMonth | OverviewGap;

const monthName = (m: string) => formatMonth('2000', m).replace(' 2000', '');

function gapView(from: string, to: string, months: number): OverviewGap {
  const [fy = '', fm = ''] = from.split('-');
  const [ty = '', tm = ''] = to.split('-');
  let label: string;
  if (from === to) label = formatMonth(fy, fm);
  else if (fm === '01' && tm === '12') label = fy === ty ? fy : `${fy}–${ty}`;
  else if (fy === ty) label = `${monthName(fm)}–${formatMonth(ty, tm)}`;
  else label = `${formatMonth(fy, fm)} – ${formatMonth(ty, tm)}`;
  // Rounded, as the timeline's "— 3 years later —" is from event to event: 35 empty months are
  // nearly three years, not two.
  const years = Math.round(months / 12);
  const duration =
    months >= 24 || months === 12
      ? years === 1
        ? '1 year'
        : `${years} years`
      : months === 1
        ? '1 month'
        : `${months} months`;
  const size = months >= 24 ? 4 : months >= 12 ? 3 : months >= 4 ? 2 : 1;
  return { kind: 'gap', label, duration, size };
}

/** Beyond this many months with events, the overview counts whole years instead. */
export const MAX_OVERVIEW_MONTHS = 48;

/** True when the overview of these events counts years rather than months. */
function countsYears(events: readonly Entry<EventData>[]): boolean {
  return new Set(events.map((e) => e.data.date.slice(0, 7))).size > MAX_OVERVIEW_MONTHS;
}

/**
 * The overview of a run of events (in time order): each month with events, with a bar for how
 * many, and each stretch of months without any, labelled as such; a long timeline is counted by
 * year instead. `href` gives an item's link from its key (see `spanKey`).
 */
export function overviewView(events: readonly Entry<EventData>[], href: (key: string) => string): OverviewItem[] {
  const byYear = countsYears(events);
  const segments = spanOf(events.map((e) => (byYear ? e.data.date.slice(0, 4) : e.data.date)));
  const max = Math.max(1, ...segments.map((s) => (s.kind === 'month' ? s.count : 0)));
  return segments.map((s) => {
    if (s.kind === 'gap') return gapView(s.from, s.to, s.months);
    const key = byYear ? s.year : spanKey(s.month ? `${s.year}-${s.month}` : s.year);
    return {
      kind: 'month',
      key,
      label: byYear ? s.year : s.month ? formatMonth(s.year, s.month) : ui.undatedInYear(s.year),
      short: s.month ? monthName(s.month).slice(0, 3) : s.year,
      year: s.year,
      count: s.count,
      countLabel: ui.eventsCount(s.count),
      level: Math.max(1, Math.ceil((s.count / max) * 8)),
      href: href(key),
    };
  });
}

/** What the event page's strip shows: the whole span (a shared image), and where this event sits. */
export interface EventPlaceView {
  /** The strip of the whole timeline with this event's month marked: `/overview.svg#m2025-03`. */
  image: string;
  /**
   * "March 2025, in a timeline from 2014 to 2026." No count of the month's events: that would
   * change every event page of a month when one event joins it (the counts are on the strip and
   * on the home page's overview).
   */
  caption: string;
}

/** The strip's geometry for the whole timeline, computed once per timeline (not once per page). */
interface Strip {
  width: number;
  bars: Array<{ x: number; height: number; key: string }>;
  gaps: Array<{ x: number; width: number }>;
  months: Map<string, OverviewMonth>;
  span: string;
  byYear: boolean;
}
const strips = new WeakMap<Timeline, Strip>();

function stripOf(timeline: Timeline): Strip {
  const cached = strips.get(timeline);
  if (cached) return cached;
  const items = overviewView(timeline.events, () => '');
  const strip: Strip = {
    width: 0,
    bars: [],
    gaps: [],
    months: new Map(),
    span: '',
    byYear: countsYears(timeline.events),
  };
  let x = 0;
  for (const item of items) {
    if (item.kind === 'gap') {
      strip.gaps.push({ x, width: item.size * 8 });
      x += item.size * 8;
      continue;
    }
    strip.months.set(item.key, item);
    strip.bars.push({ x, height: item.level * 4, key: item.key });
    x += 6;
  }
  strip.width = Math.max(x, 1);
  const first = timeline.events[0];
  const last = timeline.events.at(-1);
  // Years only: a new event in the latest month must not change every event page's caption.
  const [from, to] = [first?.data.date.slice(0, 4) ?? '', last?.data.date.slice(0, 4) ?? ''];
  strip.span = from === to ? ui.spanYear(from) : ui.spanRange(from, to);
  strips.set(timeline, strip);
  return strip;
}

/**
 * Where one event sits in the whole timeline, for the strip on its page. The strip itself is one
 * image shared by every event page (its month is marked by the URL's fragment), and the caption
 * names only the event's month and the span's years: a new event, in this month or another,
 * leaves this page as it was, so an incremental build need not render it again.
 */
export function eventPlaceView(timeline: Timeline, eventId: string): EventPlaceView {
  const strip = stripOf(timeline);
  const here = spanKey(lookup(timeline.event, eventId, 'event').data.date, strip.byYear);
  return { image: `${paths.overviewImage()}#m${here}`, caption: ui.eventPlace(strip.span, strip.months.get(here)) };
}

/**
 * The shared strip of the whole timeline as an SVG image: one bar per month (or year), each in a
 * group whose id is the fragment an event page asks for; `:target` colours that bar and draws a
 * marker over it. Colours follow the site's (src/styles/global.css), light and dark.
 */
export function overviewStripSvg(timeline: Timeline): string {
  const strip = stripOf(timeline);
  const gaps = strip.gaps.map((g) => `<line x1="${g.x + 1}" x2="${g.x + g.width - 1}" y1="40" y2="40" class="gap"/>`);
  const bars = strip.bars.map(
    (b) =>
      `<g id="m${b.key}"><rect x="${b.x + 1}" y="${40 - b.height}" width="4" height="${b.height}"/>` +
      `<path d="M${b.x} 0 L${b.x + 6} 0 L${b.x + 3} 5 Z"/></g>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 -2 ${strip.width} 44" preserveAspectRatio="none">`,
    `<style>${STRIP_STYLE}</style>`,
    `<line x1="0" x2="${strip.width}" y1="40" y2="40" class="axis"/>`,
    ...gaps,
    ...bars,
    '</svg>\n',
  ].join('');
}

/** The strip's colours: muted bars, a pink mark for the target month; light and dark. */
const STRIP_STYLE = [
  'rect{fill:#4f4f4f}path{display:none}.axis{stroke:#4f4f4f;stroke-width:1}',
  '.gap{stroke:#cfcfcf;stroke-width:3;stroke-dasharray:2 2}',
  'g:target rect,g:target path{fill:#b3005f;display:inline}',
  '@media (prefers-color-scheme:dark){rect{fill:#b8b8b8}.axis{stroke:#b8b8b8}.gap{stroke:#444}',
  'g:target rect,g:target path{fill:#ff8cc6}}',
].join('');
