import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TimelineExport } from '../../src/site/export';
import { resolveFile } from '../crawl';
import { SITES } from '../sites';

/** The fixture site (tests/fixtures/site/), built once by the build project's global setup. */
const DIST = SITES.fixture.outDir;
const SITE = SITES.fixture.site;
let data: TimelineExport;

const read = (rel: string) => readFileSync(path.join(DIST, rel), 'utf8');
/** The built file behind an absolute URL of this site, or undefined. */
const fileOf = (url: string) => (url.startsWith(SITE) ? resolveFile(DIST, '/', new URL(url).pathname) : undefined);

/** Parses an XML file of the build, failing on anything not well-formed. */
function xml(rel: string) {
  const text = read(rel);
  try {
    SyntaxValidator.validate(text);
  } catch (error) {
    throw new Error(`${rel} is not well-formed XML: ${(error as Error).message}`, { cause: error });
  }
  return new XMLParser({ isArray: (name) => ['item', 'url', 'sitemap'].includes(name) }).parse(text);
}

beforeAll(() => {
  data = JSON.parse(read('data/timeline.json')) as TimelineExport;
});

describe('RSS', () => {
  it('/rss.xml lists every event, newest first, each linking to its page', () => {
    const items: Array<{ link: string; pubDate: string }> = xml('rss.xml').rss.channel.item;
    expect(items).toHaveLength(data.events.length);
    const links = items.map((i) => i.link);
    expect(links).toEqual([...data.events].reverse().map((e) => `${SITE}${e.page}`));
    for (const link of links) expect(fileOf(link), link).toBeDefined();
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('/corrections/rss.xml lists every correction of the export, newest first, each linking to what it corrects', () => {
    const items: Array<{ link: string; pubDate: string; title: string; description: string }> =
      xml('corrections/rss.xml').rss.channel.item ?? [];
    const all = [...data.events, ...data.statements, ...data.actors, ...data.articles].flatMap((e) => e.corrections);
    expect(items).toHaveLength(all.length);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(fileOf(item.link.split('#')[0] ?? ''), item.link).toBeDefined();
      expect(item.title.startsWith('Correction: ')).toBe(true);
    }
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const page = parse(read('corrections/index.html'));
    expect(page.querySelector('link[rel="alternate"][href="/corrections/rss.xml"]')).not.toBeNull();
    expect(page.querySelectorAll('ol.corrections > li')).toHaveLength(all.length);
    expect(parse(read('about/index.html')).querySelector('main a[href="/corrections/"]')).not.toBeNull();
  });

  it('each actor has a feed of their events, announced on their page', () => {
    for (const actor of data.actors) {
      const items = xml(`actors/${actor.id}/rss.xml`).rss.channel.item ?? [];
      const expected = data.events.filter((e) => e.actors.includes(actor.id)).length;
      expect(items, actor.id).toHaveLength(expected);
      const html = parse(read(`actors/${actor.id}/index.html`));
      expect(html.querySelector(`link[rel="alternate"][href="/actors/${actor.id}/rss.xml"]`), actor.id).not.toBeNull();
    }
  });

  it('every page announces the feeds and the calendar', () => {
    const head = parse(read('index.html')).querySelector('head')!;
    expect(head.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe(
      '/rss.xml',
    );
    expect(head.querySelector('link[rel="alternate"][type="text/calendar"]')?.getAttribute('href')).toBe(
      '/calendar.ics',
    );
  });
});

describe('iCalendar', () => {
  it('parses per RFC 5545 and holds every event as an all-day event', () => {
    const calendar = new ICAL.Component(ICAL.parse(read('calendar.ics')));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(data.events.length);
    for (const event of events) {
      expect(event.startDate.isDate).toBe(true);
      expect(event.endDate.compare(event.startDate)).toBe(1);
      expect(fileOf(event.component.getFirstPropertyValue('url') as string)).toBeDefined();
    }
  });

  it('marks month and year precision in the summary and spans the period instead of a false day', () => {
    const calendar = new ICAL.Component(ICAL.parse(read('calendar.ics')));
    const byUid = new Map(
      calendar
        .getAllSubcomponents('vevent')
        .map((v) => [String(v.getFirstPropertyValue('uid')).split('@')[0], new ICAL.Event(v)]),
    );
    const invasion = byUid.get('2022-02-russia-full-scale-invasion')!;
    expect(invasion.summary).toBe('[February 2022] Russia launches its full-scale invasion of Ukraine');
    expect(invasion.startDate.toString()).toBe('2022-02-01');
    expect(invasion.endDate.toString()).toBe('2022-03-01');
    const crimea = byUid.get('2014-russia-annexes-crimea')!;
    expect(crimea.summary).toMatch(/^\[2014\] /);
    expect([crimea.startDate.toString(), crimea.endDate.toString()]).toEqual(['2014-01-01', '2015-01-01']);
    const jeddah = byUid.get('2025-03-11-jeddah-talks')!;
    expect(jeddah.summary).toBe('U.S. and Ukrainian delegations meet in Jeddah');
    expect([jeddah.startDate.toString(), jeddah.endDate.toString()]).toEqual(['2025-03-11', '2025-03-12']);
    expect(byUid.get('2025-03-us-pauses-aid-and-intelligence')!.summary).toMatch(/^\[c\. 3 March 2025\] /);
  });
});

describe('sitemap and robots.txt', () => {
  it('the sitemap lists every HTML page, and every URL in it exists', () => {
    const sitemaps: Array<{ loc: string }> = xml('sitemap-index.xml').sitemapindex.sitemap;
    const urls = sitemaps.flatMap(({ loc }) => {
      const file = fileOf(loc)!;
      return (xml(path.relative(DIST, file)).urlset.url as Array<{ loc: string }>).map((u) => u.loc);
    });
    for (const url of urls) expect(fileOf(url), url).toBeDefined();
    for (const item of [...data.events, ...data.actors, ...data.articles])
      expect(urls).toContain(`${SITE}${item.page}`);
  });

  it('robots.txt points to the sitemap', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });

  it('every page has a canonical URL that exists', () => {
    for (const rel of ['index.html', 'events/2025-03-11-jeddah-talks/index.html', 'actors/ukraine/index.html']) {
      const href = parse(read(rel)).querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(href && fileOf(href), rel).toBeTruthy();
    }
  });
});
