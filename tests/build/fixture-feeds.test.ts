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

/** Specifics of the fixture site (tests/fixtures/site/): the invariants of feeds, calendar and sitemap are checked on the real and the grown site (real-site.test.ts). */
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
  it('/corrections/rss.xml lists every correction of the export, newest first, each linking to what it corrects', () => {
    const items: Array<{ link: string; pubDate: string; title: string; description: string }> =
      xml('corrections/rss.xml').rss.channel.item ?? [];
    const all = [...data.events, ...data.statements, ...data.actors, ...data.articles].flatMap((e) => e.corrections);
    expect(items).toHaveLength(all.length);
    expect(items.length).toBeGreaterThan(0);
    const corrections = parse(read('corrections/index.html'));
    for (const item of items) {
      const [page, anchor] = item.link.split('#');
      const file = fileOf(page ?? '');
      expect(file, item.link).toBeDefined();
      // A quote's correction lands on the quote itself, not on the top of its event's page.
      if (anchor !== undefined)
        expect(parse(readFileSync(file!, 'utf8')).getElementById(anchor), item.link).not.toBeNull();
      expect(item.title.startsWith('Correction: ')).toBe(true);
      const guid = (item as unknown as { guid: string }).guid;
      expect(corrections.getElementById(guid.split('#')[1] ?? ''), guid).not.toBeNull();
    }
    expect(new Set(items.map((i) => (i as unknown as { guid: string }).guid)).size).toBe(items.length);
    expect(
      items.some((i) => i.link.includes('#')),
      'the fixture corrects a quote',
    ).toBe(true);
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const page = parse(read('corrections/index.html'));
    expect(page.querySelector('link[rel="alternate"][href="/corrections/rss.xml"]')).not.toBeNull();
    expect(page.querySelectorAll('ol.corrections > li')).toHaveLength(all.length);
    const about = parse(read('about/index.html')).querySelector('main')!;
    expect(about.querySelector('a[href="/corrections/"]')).not.toBeNull();
    expect(about.textContent.replace(/\s+/g, ' ')).toContain('with its own RSS feed');
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

  it('stamps each event with the day it was last reported or corrected, and counts its corrections as revisions', () => {
    const calendar = new ICAL.Component(ICAL.parse(read('calendar.ics')));
    const published = new Map(data.articles.map((a) => [a.id, a.published]));
    let corrected = 0;
    for (const vevent of calendar.getAllSubcomponents('vevent')) {
      const id = String(vevent.getFirstPropertyValue('uid')).split('@')[0];
      const event = data.events.find((e) => e.id === id)!;
      const days = [...event.sources.map((s) => published.get(s.article)!), ...event.corrections.map((c) => c.date)];
      const newest = days
        .map((d) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d))
        .sort()
        .at(-1);
      expect(String(vevent.getFirstPropertyValue('dtstamp')).slice(0, 10), id).toBe(newest);
      expect(Number(vevent.getFirstPropertyValue('sequence') ?? 0), id).toBe(event.corrections.length);
      if (event.corrections.length > 0) corrected++;
    }
    expect(corrected, 'the fixture has corrected events').toBeGreaterThan(0);
  });
});
