import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/io/content-dir';
import { buildTimeline, type Timeline } from '../../src/model/timeline';
import { contestedView } from '../../src/site/views/contested';
import { homeView, trustView } from '../../src/site/views/home';
import type { ContentSet, Entry } from '../../src/model/entry';
import type { EventData } from '../../src/schemas';
import { eventPlaceView, overviewStripSvg, overviewView } from '../../src/site/views/overview';

/** The views of issue 13 on the fixture content (tests/fixtures/site/), without a build. */
let timeline: Timeline;
let content: ContentSet;

beforeAll(async () => {
  const loaded = (await loadContentDir('tests/fixtures/site')).content;
  content = {
    ...loaded,
    events: loaded.events.filter((e) => !e.data.draft),
    statements: loaded.statements.filter((s) => !s.data.draft),
  };
  timeline = buildTimeline(content);
});

describe('homeView', () => {
  it('gives an overview of months with counts and labelled gaps, linking to the month sections', () => {
    const { overview } = homeView(timeline);
    expect(overview.map((i) => (i.kind === 'month' ? `${i.label}=${i.count}@${i.href}` : `gap ${i.label}`))).toEqual([
      '2014, month not known=1@#m2014-undated',
      'gap January 2015 – January 2022',
      'February 2022=1@#m2022-02',
      'gap March 2022 – January 2025',
      'February 2025=2@#m2025-02',
      'March 2025=13@#m2025-03',
      'gap April–October 2025',
      'November 2025=4@#m2025-11',
      'gap December 2025',
      'January 2026=2@#m2026-01',
    ]);
  });

  it("gives a silence of nearly three years the same length in the overview as on the timeline's rail", () => {
    const { overview } = homeView(timeline);
    const gap = overview.find((i) => i.kind === 'gap' && i.label === 'March 2022 – January 2025');
    expect(gap?.kind === 'gap' && gap.duration).toBe('3 years');
  });

  it('marks long silences on the rail and labels rebuttals on the cards', () => {
    const cards = homeView(timeline).list.flatMap((y) => y.months.flatMap((m) => m.cards));
    expect(cards.filter((c) => c.gap).map((c) => c.gap)).toEqual([
      '7 years later',
      '3 years later',
      '8 months later',
      '6 weeks later',
    ]);
    const rebuttal = cards.flatMap((c) => c.quotes).find((q) => q.rebuts.length > 0);
    expect(rebuttal?.speaker.label).toBe('Tommy Pigott');
  });
});

describe('contestedView', () => {
  it('sets each disputed claim beside the quotes that dispute it, and lists planned items apart', () => {
    const view = contestedView(timeline);
    expect(view.contested.map((c) => [c.kind, c.status, c.rebuttals.map((r) => r.speaker.label)])).toEqual([
      ['event', 'disputed', ['Tommy Pigott']],
    ]);
    expect(view.planned.map((c) => c.title)).toEqual(['Witkoff to travel to Moscow to meet Putin']);
  });
});

describe('trustView', () => {
  it('dates the last update by the newest source or the newest correction, whichever is later, and says which', () => {
    const corrected = [...content.events, ...content.statements, ...content.actors, ...content.articles]
      .flatMap((e) => (e.data as { corrections: Array<{ date: string }> }).corrections.map((c) => c.date))
      .sort()
      .at(-1);
    const newestSource = timeline.articles.at(-1)!.data.published;
    expect(corrected! > newestSource, 'the fixture has a correction after its newest source').toBe(true);
    expect(trustView(timeline).lastUpdated).toEqual({ date: corrected, approximate: false, basis: 'correction' });
    const uncorrected = buildTimeline({
      ...content,
      events: content.events.map((e) => ({ ...e, data: { ...e.data, corrections: [] } })),
      statements: content.statements.map((e) => ({ ...e, data: { ...e.data, corrections: [] } })),
      actors: content.actors.map((e) => ({ ...e, data: { ...e.data, corrections: [] } })),
      articles: content.articles.map((e) => ({ ...e, data: { ...e.data, corrections: [] } })),
    });
    expect(trustView(uncorrected).lastUpdated).toEqual({ date: newestSource, approximate: false, basis: 'source' });
  });
});

describe('eventPlaceView', () => {
  it('names the month and the span, and marks the month on the shared strip by its fragment', () => {
    const place = eventPlaceView(timeline, '2025-11-25-rubio-call-with-eu-counterparts');
    expect(place.caption).toBe('November 2025, in a timeline from 2014 to 2026.');
    expect(place.image).toMatch(/\/overview\.svg#m2025-11$/);
  });

  it("depends only on the event's month and the span: a new event in another month leaves it as it was", () => {
    const before = eventPlaceView(timeline, '2025-11-25-rubio-call-with-eu-counterparts');
    const march = timeline.events.find((e) => e.data.date.startsWith('2025-03'))!;
    const grown = buildTimeline({ ...content, events: [...content.events, { ...march, id: 'x-new-march-event' }] });
    expect(eventPlaceView(grown, '2025-11-25-rubio-call-with-eu-counterparts')).toEqual(before);
  });

  it('stays as it was when a new event joins its own month: a redeploy re-renders no neighbour for a count', () => {
    const id = '2025-11-25-rubio-call-with-eu-counterparts';
    const before = eventPlaceView(timeline, id);
    const event = timeline.event.get(id)!;
    const grown = buildTimeline({ ...content, events: [...content.events, { ...event, id: 'x-new-november-event' }] });
    expect(eventPlaceView(grown, id)).toEqual(before);
  });
});

describe('overviewStripSvg', () => {
  it('draws one bar per month with the id an event page targets, and the gaps', () => {
    const svg = overviewStripSvg(timeline);
    expect(svg).toContain('<g id="m2025-11">');
    const { overview } = homeView(timeline);
    expect(svg.match(/<g id="m/g)).toHaveLength(overview.filter((i) => i.kind === 'month').length);
    expect(svg.match(/class="gap"/g)).toHaveLength(overview.filter((i) => i.kind === 'gap').length);
    expect(svg).toMatch(/g:target rect/);
  });
});

describe('overviewView of a long timeline', () => {
  it('counts whole years when there are too many months, still labelling empty years', () => {
    const months = Array.from(
      { length: 60 },
      (_, i) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    );
    const events = [...months, '2010-05-01'].map(
      (date, i) => ({ id: `e${i}`, filePath: '', body: '', data: { date } }) as unknown as Entry<EventData>,
    );
    const items = overviewView(events, (key) => `#${key}`);
    expect(
      items.map((i) => (i.kind === 'month' ? `${i.label}=${i.count}@${i.href}` : `gap ${i.label} ${i.duration}`)),
    ).toEqual([
      '2000=12@#2000',
      '2001=12@#2001',
      '2002=12@#2002',
      '2003=12@#2003',
      '2004=12@#2004',
      'gap 2005–2009 5 years',
      '2010=1@#2010',
    ]);
  });
});
