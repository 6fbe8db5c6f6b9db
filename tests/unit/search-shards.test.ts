import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/io/content-dir';
import { withoutDrafts, type ContentSet } from '../../src/model/entry';
import { buildTimeline } from '../../src/model/timeline';
import { MAIN_SHARD, SEARCH_SHARDS, searchRecords, searchShards, shardOf } from '../../src/site/search-records';

/** The search index's shards (issue 15), on the fixture content (tests/fixtures/site/). */
let content: ContentSet;

beforeAll(async () => {
  content = withoutDrafts((await loadContentDir('tests/fixtures/site')).content);
});

describe('shardOf', () => {
  it('puts consecutive months in consecutive shards and wraps around', () => {
    const months = Array.from({ length: SEARCH_SHARDS + 1 }, (_, i) => `2031-${String(i + 1).padStart(2, '0')}-15`);
    const shards = months.map(shardOf);
    expect(new Set(shards.slice(0, SEARCH_SHARDS)).size).toBe(SEARCH_SHARDS);
    expect(shards[SEARCH_SHARDS]).toBe(shards[0]);
  });

  it('gives a day, its month and a bare year (as January) the shard of their month', () => {
    expect(shardOf('2031-04-30')).toBe(shardOf('2031-04'));
    expect(shardOf('2031')).toBe(shardOf('2031-01-01'));
    expect(shardOf('2031-04')).not.toBe(shardOf('2031-05'));
  });
});

describe('searchShards', () => {
  it('holds every record once: actors in the main shard, first; dated records by month', () => {
    const timeline = buildTimeline(content);
    const shards = searchShards(timeline);
    expect(shards[0]?.name).toBe(MAIN_SHARD);
    expect(shards[0]?.records.map((r) => r.url).sort()).toEqual(timeline.actors.map((a) => `/actors/${a.id}/`).sort());
    const names = shards.slice(1).map((s) => s.name);
    expect(names).toEqual([...names].sort());
    expect(shards.every((s) => s.name === MAIN_SHARD || s.records.length > 0)).toBe(true);
    const event = timeline.events[0];
    expect(event).toBeDefined();
    const home = shards.find((s) => s.records.some((r) => r.url === `/events/${event?.id}/`));
    expect(home?.name).toBe(shardOf(event?.data.date ?? ''));
    const urls = searchRecords(timeline).map((r) => r.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.length).toBe(
      timeline.events.length + timeline.statements.length + timeline.actors.length + timeline.articles.length,
    );
  });

  it('a new event changes the records of its own shard only', () => {
    const before = searchShards(buildTimeline(content));
    const event = content.events[0];
    if (!event) throw new Error('the fixture has no event');
    const added = { ...event, id: 'a-later-event', data: { ...event.data, title: 'A later event' } };
    const after = searchShards(buildTimeline({ ...content, events: [...content.events, added] }));
    const changed = after
      .filter((s) => JSON.stringify(s) !== JSON.stringify(before.find((b) => b.name === s.name)))
      .map((s) => s.name);
    expect(changed).toEqual([shardOf(event.data.date)]);
  });

  it('an empty site still has its main shard', () => {
    const empty = { events: [], statements: [], actors: [], articles: [] } as unknown as ContentSet;
    expect(searchShards(buildTimeline(empty))).toEqual([{ name: MAIN_SHARD, records: [] }]);
  });
});
