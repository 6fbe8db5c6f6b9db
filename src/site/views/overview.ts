import type { EventData } from '../../schemas';
import type { Entry } from '../../model/entry';
import { formatDate, formatMonth } from '../../model/dates';
import { spanKey, spanOf } from '../../model/span';
import { lookup, type Timeline } from '../../model/timeline';
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
  const years = Math.floor(months / 12);
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

/** What the event page's strip shows: the whole span, and where this event sits in it. */
export interface EventPlaceView {
  /** SVG geometry, in viewBox units (width {@link EventPlaceView.width}, height 40). */
  width: number;
  bars: Array<{ x: number; height: number; current: boolean }>;
  gaps: Array<{ x: number; width: number }>;
  marker: number;
  /** "The 7th of 18 events, from 2014 to January 2026; 9 events in March 2025." */
  caption: string;
}

/** The strip's geometry for the whole timeline, computed once per timeline (not once per page). */
interface Strip {
  width: number;
  bars: Array<{ x: number; height: number; key: string }>;
  gaps: EventPlaceView['gaps'];
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
  strip.span = first && last ? ui.spanRange(formatDate(first.data), formatDate(last.data)) : '';
  strips.set(timeline, strip);
  return strip;
}

/** Where one event sits in the whole timeline, for the strip on its page. */
export function eventPlaceView(timeline: Timeline, eventId: string): EventPlaceView {
  const at = lookup(timeline.position, eventId, 'event');
  const strip = stripOf(timeline);
  const here = spanKey(lookup(timeline.event, eventId, 'event').data.date, strip.byYear);
  const bars = strip.bars.map((b) => ({ x: b.x, height: b.height, current: b.key === here }));
  return {
    width: strip.width,
    bars,
    gaps: strip.gaps,
    marker: (bars.find((b) => b.current)?.x ?? 0) + 3,
    caption: ui.eventPlace(at + 1, timeline.events.length, strip.span, strip.months.get(here)),
  };
}
