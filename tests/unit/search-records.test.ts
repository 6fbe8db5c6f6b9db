import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/io/content-dir';
import { formatDate } from '../../src/model/dates';
import { withoutDrafts } from '../../src/model/entry';
import { buildTimeline, type Timeline } from '../../src/model/timeline';
import { searchRecords, type SearchRecord } from '../../src/site/search-records';

/** The search index's records, on the fixture site's content (tests/fixtures/site). */
let timeline: Timeline;
let records: SearchRecord[];

beforeAll(async () => {
  const dir = path.resolve('tests/fixtures/site');
  const { content, problems } = await loadContentDir(dir, dir);
  expect(problems).toEqual([]);
  timeline = buildTimeline(withoutDrafts(content));
  records = searchRecords(timeline);
});

describe('searchRecords', () => {
  it('gives a quote its whole date, with the end of its range, as its page does', () => {
    const ranged = timeline.statements.filter((s) => s.data.endDate);
    expect(ranged.length).toBeGreaterThan(0);
    for (const s of ranged) {
      const record = records.find((r) => r.url.endsWith(`#${s.id}`))!;
      expect(record.meta.date, s.id).toBe(formatDate(s.data));
      expect(record.meta.date).toMatch(/–/);
    }
  });

  it("keeps a source's passages apart: an excerpt result never reads as one run of the article's text", () => {
    for (const article of timeline.articles) {
      const record = records.find((r) => r.url === `/sources/${article.id}/`)!;
      const passages = [
        ...(timeline.eventsByArticle.get(article.id) ?? []).flatMap((e) =>
          e.data.sources.filter((s) => s.article === article.id).map((s) => s.excerpt),
        ),
        ...(timeline.statementsByArticle.get(article.id) ?? []).map((s) => s.data.quote),
      ];
      for (let i = 1; i < passages.length; i++) {
        if (passages[i - 1] === passages[i]) continue;
        expect(record.content, article.id).not.toContain(`${passages[i - 1]} ${passages[i]}`);
      }
      if (passages.length > 1) expect(record.content).toContain(' … ');
    }
  });

  it("sets an actor's aliases and roles apart from the name", () => {
    const actor = timeline.actors.find((a) => a.data.aliases.length > 0)!;
    const record = records.find((r) => r.url === `/actors/${actor.id}/`)!;
    expect(record.content.startsWith(`${actor.data.name}. `)).toBe(true);
    expect(record.content).toContain(actor.data.aliases.join(', '));
  });
});
