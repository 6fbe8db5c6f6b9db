import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/io/content-dir';
import { formatProblems } from '../../src/model/entry';
import { buildTimeline, lookup, type Timeline } from '../../src/model/timeline';
import { actorItems, actorView } from '../../src/site/views/actor';
import { ui } from '../../src/site/ui';
import { eventView } from '../../src/site/views/event';
import { homeView } from '../../src/site/views/home';
import { sourceView } from '../../src/site/views/source';
import { timelineListView } from '../../src/site/views/timeline-list';
import { VALID_FIXTURE } from '../helpers';

/** The views render what the pages show, from content alone: tested on the small valid fixture, without a build. */
let timeline: Timeline;

beforeAll(async () => {
  const { content, problems } = await loadContentDir(VALID_FIXTURE, VALID_FIXTURE);
  expect(formatProblems(problems)).toBe('');
  timeline = buildTimeline(content);
});

describe('eventView', () => {
  it('resolves actors, statements, sources, neighbours and the date with its precision and basis', () => {
    const view = eventView(timeline, lookup(timeline.event, '2025-03-11-talks', 'event'));
    expect(view.dateExplained).toBe('11 March 2025. Dated to the day. “on Tuesday” in the article of 11 March 2025.');
    expect(view.actors).toEqual([{ label: 'Marco Rubio', href: '/actors/marco-rubio/' }]);
    expect(view.tags).toEqual([{ label: 'Jeddah talks', href: '/tags/jeddah-talks/' }]);
    expect(view.statements.map((s) => [s.id, s.speaker.label, s.href])).toEqual([
      ['rubio-ball-in-their-court', 'Marco Rubio', '/events/2025-03-11-talks/#rubio-ball-in-their-court'],
    ]);
    expect(view.cited.map((c) => [c.article.id, c.excerpts.length])).toEqual([['sample-article', 1]]);
    expect(view.previous).toBeUndefined();
    expect(view.next?.href).toBe('/events/2025-03-witkoff-trip/');
    expect(view.jsonLd).toMatchObject({
      '@type': 'Event',
      startDate: '2025-03-11',
      actor: [{ '@type': 'Person', name: 'Marco Rubio' }],
    });
  });

  it('carries no article text in its props (no citation shows it; it would weigh in every cache key)', () => {
    const view = eventView(timeline, lookup(timeline.event, '2025-03-11-talks', 'event'));
    const text = lookup(timeline.article, 'sample-article', 'article').body;
    expect(view.cited.map((c) => Object.keys(c.article).sort())).toEqual([['data', 'id']]);
    expect(JSON.stringify(view)).not.toContain(JSON.stringify(text).slice(1, -1));
  });

  it('names what is missing instead of rendering a broken page', () => {
    const event = lookup(timeline.event, '2025-03-11-talks', 'event');
    const broken = { ...event, data: { ...event.data, actors: ['nobody'] } };
    expect(() => eventView(timeline, broken)).toThrow('no actor "nobody" in the timeline');
  });
});

describe('actorView', () => {
  it('lists an actor’s events and quotes on the first page, with roles citing their article', () => {
    const actor = lookup(timeline.actor, 'marco-rubio', 'actor');
    const items = actorItems(timeline, actor.id);
    const view = actorView(timeline, actor, { data: items, currentPage: 1, lastPage: 1 });
    expect(view.heading).toBe('Marco Rubio');
    expect(view.events.map((e) => e.id)).toContain('2025-03-11-talks');
    expect(view.statements.map((s) => s.href)).toEqual(['/events/2025-03-11-talks/#rubio-ball-in-their-court']);
    expect(view.roles[0]?.source.href).toBe('/sources/sample-article/');
    expect(view.feed.href).toBe('/actors/marco-rubio/rss.xml');
  });

  it('numbers the pages of an actor with many items', () => {
    const actor = lookup(timeline.actor, 'marco-rubio', 'actor');
    expect(actorView(timeline, actor, { data: [], currentPage: 2, lastPage: 3 }).heading).toBe('Marco Rubio (2/3)');
  });
});

describe('sourceView', () => {
  it('lists what the site takes from an article, with only that article’s excerpts', () => {
    const view = sourceView(timeline, lookup(timeline.article, 'sample-article', 'article'));
    expect(view.events.length).toBeGreaterThan(0);
    for (const { event, excerpts } of view.events) {
      expect(excerpts.map((e) => e.excerpt)).toEqual(
        event.data.sources.filter((s) => s.article === 'sample-article').map((s) => s.excerpt),
      );
    }
    expect(view.statements[0]?.speaker.label).toBe('Marco Rubio');
  });
});

describe('homeView and the timeline list', () => {
  it('groups events by year and month, in time order, with anchors for jumping', () => {
    const years = timelineListView(timeline, timeline.events);
    expect(years.map((y) => y.anchor)).toEqual(['y2025']);
    expect(years[0]?.months.map((m) => [m.anchor, m.heading, m.cards.map((c) => c.id)])).toEqual([
      ['m2025-03', 'March 2025', ['2025-03-11-talks', '2025-03-witkoff-trip']],
    ]);
  });

  it('shows a small timeline whole, with year jumps and every source', () => {
    const view = homeView(timeline);
    expect(view.archive).toBeUndefined();
    expect(view.years).toEqual(['2025']);
    expect(view.sources.map((a) => a.id)).toEqual(['sample-article']);
    expect(view.allSources).toBeUndefined();
  });
});

describe('ui.tagLabel', () => {
  it('names a topic in sentence case, so a place or a name in it is capitalised ("nato" is not a word)', () => {
    expect(ui.tagLabel('jeddah-talks')).toBe('Jeddah talks');
    expect(ui.tagLabel('crimea')).toBe('Crimea');
    expect(ui.tagLabel('aid-pause')).toBe('Aid pause');
    expect(ui.tagLabel('nato')).toBe('Nato');
  });
});
