import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/io/content-dir';
import { precisionOf } from '../../src/model/dates';
import { withoutDrafts } from '../../src/model/entry';
import { buildTimeline, lookup, type Timeline } from '../../src/model/timeline';
import { COLLECTIONS } from '../../src/registry';
import { buildExport, type PagePaths } from '../../src/site/export';
import { correctionFeedItem, correctionsView } from '../../src/site/views/corrections';
import { eventView } from '../../src/site/views/event';
import { sourceView } from '../../src/site/views/source';
import { statementView } from '../../src/site/views/statement';

/** Views and the export on the fixture site's content (tests/fixtures/site), without a build. */
let timeline: Timeline;

beforeAll(async () => {
  const dir = path.resolve('tests/fixtures/site');
  const { content, problems } = await loadContentDir(dir, dir);
  expect(problems).toEqual([]);
  timeline = buildTimeline(withoutDrafts(content));
});

const pages: PagePaths = {
  event: (id) => `/events/${id}/`,
  statement: (id, event, speaker) => (event ? `/events/${event}/#${id}` : `/actors/${speaker}/#${id}`),
  actor: (id) => `/actors/${id}/`,
  source: (id) => `/sources/${id}/`,
};

describe('(b) the export carries every date with its precision, approximation and end', () => {
  it('for every item of every collection', () => {
    const data = buildExport(timeline, pages, new Date('2026-11-25T00:00:00Z'));
    for (const name of COLLECTIONS) {
      const items = data[name] as unknown as Array<Record<string, unknown>>;
      expect(items.length, name).toBe(timeline[name].length);
      items.forEach((item, i) => {
        const source = (timeline[name][i] as { data: Record<string, unknown> }).data;
        if (typeof source.date === 'string') {
          const endDate = (source.endDate as string | undefined) ?? null;
          expect(item, `${name}/${String(item.id)}`).toMatchObject({
            date: source.date,
            precision: precisionOf(source.date),
            approximate: source.approximate,
            endDate,
            endPrecision: endDate && precisionOf(endDate),
          });
        }
        if (typeof source.published === 'string') {
          expect(item, `${name}/${String(item.id)}`).toMatchObject({
            published: source.published,
            precision: precisionOf(source.published),
            approximate: source.publishedApproximate,
          });
        }
        // Any other date-valued field must be a correction's day.
        expect(item.corrections, `${name}/${String(item.id)}`).toEqual(source.corrections);
      });
    }
  });

  it('gives approximate and ranged statements as such, not as exact days', () => {
    const data = buildExport(timeline, pages, new Date());
    const of = (id: string) => data.statements.find((s) => s.id === id);
    expect(of('trump-kyiv-not-ready-for-peace')).toMatchObject({ approximate: true, precision: 'day' });
    expect(of('trump-pay-your-bills')).toMatchObject({ approximate: true, endDate: '2025-03-09' });
    expect(of('pigott-security-guarantees-part-of-any-peace-deal')).toMatchObject({
      approximate: true,
      endDate: '2025-11-26',
    });
  });

  it('resolves the involvement of every actor of every event, outlets as outlets', () => {
    const data = buildExport(timeline, pages, new Date());
    const waltz = data.events.find((e) => e.id === '2025-03-05-waltz-ratcliffe-remarks-on-intelligence-pause');
    expect(waltz?.involvement).toEqual({
      'mike-waltz': 'participant',
      'john-ratcliffe': 'participant',
      'volodymyr-zelenskyy': 'subject',
      'cbs-news': 'outlet',
      'fox-business': 'outlet',
    });
    for (const e of data.events) expect(Object.keys(e.involvement).sort(), e.id).toEqual([...e.actors].sort());
  });
});

describe('views', () => {
  it('an event whose sources differ shows each account with its source', () => {
    const view = eventView(timeline, lookup(timeline.event, '2025-03-11-us-to-resume-aid-and-intelligence', 'event'));
    expect(view.sourcesDiffer).toBe(true);
    expect(view.accounts.map((a) => a.source.label)).toEqual([
      'Defense News',
      'Report: the U.S. resumes military assistance and intelligence sharing with Ukraine after the Jeddah joint statement',
    ]);
    expect(view.accounts[1]?.excerpt).toContain('depends on reciprocal actions from Russia');
    expect(view.corrections).toHaveLength(1);
  });

  it('an event lists participants, subjects and outlets apart', () => {
    const view = eventView(
      timeline,
      lookup(timeline.event, '2025-03-05-waltz-ratcliffe-remarks-on-intelligence-pause', 'event'),
    );
    expect(view.actors.map((a) => a.label)).toEqual(['Mike Waltz', 'John Ratcliffe']);
    expect(view.involved.subject.map((a) => a.label)).toEqual([expect.stringContaining('Zelensk')]);
    expect(view.involved.outlet.map((a) => a.label)).toEqual(['CBS News', 'Fox Business']);
    expect(JSON.stringify(view.jsonLd.actor)).not.toContain('CBS News');
  });

  it('an event date allowed only as a range sorts before what it preceded', () => {
    const at = (id: string) => lookup(timeline.position, id, 'event');
    expect(at('2025-03-oval-office-meeting')).toBeLessThan(at('2025-03-us-pauses-aid-and-intelligence'));
    const view = eventView(timeline, lookup(timeline.event, '2025-03-oval-office-meeting', 'event'));
    expect(view.dateExplained).toMatch(/^c\. February 2025 – 5 March 2025\. Dated to the month only \(approximate\)\./);
  });

  it('a quote shows the passage of each source it comes from, and names an article it cites twice once', () => {
    for (const statement of timeline.statements) {
      const view = statementView(timeline, statement);
      expect(view.passages.map((p) => p.excerpt)).toEqual(statement.data.sources.map((s) => s.excerpt));
      expect(new Set(view.sources.map((s) => s.href)).size).toBe(view.sources.length);
    }
    const twice = timeline.statements.find(
      (s) => new Set(s.data.sources.map((x) => x.article)).size < s.data.sources.length,
    );
    expect(twice, 'the fixture has a quote citing one article twice').toBeDefined();
    expect(statementView(timeline, twice!).sources).toHaveLength(1);
  });

  it('a merged statement shows one quote, also reported as the other wording, and keeps the old id', () => {
    const view = statementView(timeline, lookup(timeline.statement, 'rubio-ball-now-in-their-court', 'statement'));
    expect(view.alsoReportedAs).toEqual([
      {
        wording: 'ball is in Russia’s court',
        source: expect.objectContaining({ href: expect.stringContaining('joint-statement-report-2025-03-14') }),
      },
    ]);
    expect(view.formerIds).toEqual(['rubio-ball-in-russias-court']);
    expect(timeline.statement.has('rubio-ball-in-russias-court')).toBe(false);
  });

  it('a source page lists the quotes it reports in its own wording, and the notes on its passages', () => {
    const view = sourceView(timeline, lookup(timeline.article, 'joint-statement-report-2025-03-14', 'article'));
    expect(view.statements.map((s) => s.statement.id)).toContain('rubio-ball-now-in-their-court');
    const jeddah = view.events.find((e) => e.event.id === '2025-03-11-jeddah-talks');
    expect(jeddah?.excerpts).toContainEqual({
      excerpt: 'the Saudi capital provided a neutral ground for constructive dialogue between the two nations',
      note: expect.stringContaining('Riyadh'),
    });
  });

  it('the corrections page lists every correction, newest first, each linking to what it corrects', () => {
    const items = correctionsView(timeline);
    const count = COLLECTIONS.reduce(
      (n, name) =>
        n +
        (timeline[name] as Array<{ data: { corrections: unknown[] } }>).reduce(
          (m, e) => m + e.data.corrections.length,
          0,
        ),
      0,
    );
    expect(items).toHaveLength(count);
    expect(items.map((i) => i.date)).toEqual([...items.map((i) => i.date)].sort().reverse());
    expect(items.find((i) => i.id === 'rubio-ball-now-in-their-court')?.href).toBe(
      '/events/2025-03-11-rubio-says-ball-in-russias-court/#rubio-ball-now-in-their-court',
    );
    expect(items.find((i) => i.id === 'cbs-news')?.href).toBe('/actors/cbs-news/');
    expect(new Set(items.map((i) => i.anchor)).size).toBe(items.length);
  });

  it("a correction's feed item links to the quote's anchor as it is (no slash after it) and has a guid of its own", () => {
    const site = new URL('https://news.example/');
    const items = correctionsView(timeline);
    const quote = items.find((i) => i.id === 'rubio-ball-now-in-their-court')!;
    const item = correctionFeedItem(quote, site);
    expect(item.link).toBe(
      'https://news.example/events/2025-03-11-rubio-says-ball-in-russias-court/#rubio-ball-now-in-their-court',
    );
    expect(item.customData).toBe(`<guid isPermaLink="true">https://news.example/corrections/#${quote.anchor}</guid>`);
    const guids = items.map((i) => correctionFeedItem(i, site).customData);
    expect(new Set(guids).size).toBe(items.length);
  });
});
