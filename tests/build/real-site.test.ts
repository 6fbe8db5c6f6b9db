import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { HtmlValidate } from 'html-validate';
import ICAL from 'ical.js';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TimelineExport } from '../../src/site/export';
import { brokenLinks, loadPages, resolveFile } from '../crawl';
import { SITES, builtSite } from '../sites';

/**
 * Invariants of the real site, built from the live content/ by the build project's global setup,
 * under a sub-path (BASE_PATH, default /timeline) and at SITE_URL (default an example origin), and
 * of the grown site: the same content after an editor ingested and published the test articles.
 * They hold whatever articles the content holds: no counts, ids or texts of content/ here.
 */
describe.each([
  ['the real site', SITES.real],
  ['the grown site (the real content after the next articles)', SITES.grown],
])('%s', (_name, built) => {
  const site = builtSite(built);
  const { outDir, fileFor, url, prefix } = site;
  const ORIGIN = site.site.replace(/\/+$/, '');
  let data: TimelineExport;

  const read = (rel: string) => readFileSync(path.join(outDir, rel), 'utf8');
  /** The built file behind an absolute URL of this site, or undefined. */
  const fileOf = (href: string) =>
    href.startsWith(ORIGIN) ? resolveFile(outDir, site.base, new URL(href).pathname) : undefined;

  /** Parses an XML file of the build, failing on anything not well-formed. */
  function xml(rel: string) {
    const text = read(rel);
    SyntaxValidator.validate(text);
    return new XMLParser({ isArray: (name) => ['item', 'url', 'sitemap'].includes(name) }).parse(text);
  }

  beforeAll(() => {
    data = JSON.parse(read('data/timeline.json')) as TimelineExport;
  });

  describe('the data export', () => {
    it('has the documented shape for every item', () => {
      expect(Number.isNaN(Date.parse(data.generated))).toBe(false);
      expect(Object.keys(data).sort()).toEqual(['actors', 'articles', 'events', 'generated', 'statements']);
      const dateKeys = ['date', 'precision', 'approximate', 'endDate', 'endPrecision'];
      const eventKeys = [
        ...dateKeys,
        'accounts',
        'actors',
        'corrections',
        'id',
        'involvement',
        'page',
        'sources',
        'sourcesDiffer',
        'status',
        'summary',
        'tags',
        'title',
      ];
      for (const event of data.events) expect(Object.keys(event).sort(), event.id).toEqual(eventKeys.sort());
      const statementKeys = [
        ...dateKeys,
        'context',
        'corrections',
        'event',
        'formerIds',
        'fragment',
        'id',
        'page',
        'quote',
        'reports',
        'sources',
        'speaker',
        'status',
      ];
      for (const statement of data.statements)
        expect(Object.keys(statement).sort(), statement.id).toEqual(statementKeys.sort());
      const articleKeys = [
        'approximate',
        'corrections',
        'id',
        'page',
        'precision',
        'published',
        'publisher',
        'title',
        'url',
      ];
      for (const article of data.articles) expect(Object.keys(article).sort(), article.id).toEqual(articleKeys.sort());
      for (const actor of data.actors) expect(Object.keys(actor).sort(), actor.id).toContain('corrections');
    });

    it('lists events in time order with dates at their precision', () => {
      const dates = data.events.map((e) => e.date);
      expect(dates).toEqual([...dates].sort());
      for (const e of data.events) {
        expect(e.date).toMatch(
          { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ }[e.precision ?? 'day'],
        );
      }
    });

    it('gives every item a page under the base path that exists in the build', () => {
      for (const item of [...data.articles, ...data.actors, ...data.events, ...data.statements]) {
        expect(item.page.startsWith(`${prefix}/`), item.page).toBe(true);
        expect(existsSync(fileFor(item.page)), item.page).toBe(true);
      }
    });

    it('has an item for every event, actor and source page', () => {
      const pages = new Set([...data.articles, ...data.actors, ...data.events].map((i) => i.page));
      const built = (readdirSync(outDir, { recursive: true }) as string[])
        .map((f) => f.split(path.sep).join('/'))
        .filter((f) => /^(events|actors|sources)\/[^/]+\/index\.html$/.test(f))
        .map((f) => url(`/${f.replace(/index\.html$/, '')}`));
      expect(built.length).toBe(pages.size);
      for (const page of built) expect(pages.has(page), page).toBe(true);
    });

    it('anchors every statement on its event page, and keeps the former ids of merged ones as anchors', () => {
      for (const s of data.statements) {
        const [page = '', anchor] = s.page.split('#');
        expect(page).toBe(url(s.event ? `/events/${s.event}/` : `/actors/${s.speaker}/`));
        const html = readFileSync(fileFor(page), 'utf8');
        expect(html).toContain(`id="${anchor}"`);
        for (const former of s.formerIds) expect(html, former).toContain(`id="${former}"`);
      }
    });

    it('never lists a news outlet as a participant', () => {
      const outlets = new Set(data.actors.filter((a) => a.kind === 'outlet').map((a) => a.id));
      for (const e of data.events)
        for (const a of e.actors) if (outlets.has(a)) expect(e.involvement[a], `${e.id}: ${a}`).not.toBe('participant');
    });

    it('lists every correction on /corrections/ and in its feed', () => {
      const all = [...data.events, ...data.statements, ...data.actors, ...data.articles].flatMap((e) => e.corrections);
      const items = xml('corrections/rss.xml').rss.channel.item ?? [];
      expect(items).toHaveLength(all.length);
      expect(parse(read('corrections/index.html')).querySelectorAll('ol.corrections > li')).toHaveLength(all.length);
    });

    it('references only known actors and articles', () => {
      const actors = new Set(data.actors.map((a) => a.id));
      const articles = new Set(data.articles.map((a) => a.id));
      for (const e of data.events) {
        for (const a of e.actors) expect(actors.has(a), `${e.id}: ${a}`).toBe(true);
        for (const s of e.sources) expect(articles.has(s.article)).toBe(true);
      }
      for (const s of data.statements) expect(actors.has(s.speaker), s.id).toBe(true);
    });
  });

  describe('pages and links', () => {
    it('every internal link, asset and anchor resolves', () => {
      expect(brokenLinks(outDir, site.base)).toEqual([]);
    });

    it('keeps every internal link under the base path', () => {
      for (const page of loadPages(outDir, site.base).values()) {
        for (const el of page.root.querySelectorAll('[href^="/"], [src^="/"], form[action^="/"]')) {
          const ref = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '';
          expect(ref.startsWith(`${prefix}/`), `${page.path}: ${ref}`).toBe(true);
        }
      }
    });

    it('every date is a <time datetime>, and every page has one h1, a title and a canonical URL that exists', () => {
      for (const p of loadPages(outDir, site.base).values()) {
        for (const time of p.root.querySelectorAll('time')) {
          expect(time.getAttribute('datetime'), `${p.path}: ${time.text}`).toMatch(/^\d{4}(-\d{2}){0,2}$/);
        }
        expect(p.root.querySelectorAll('h1'), p.path).toHaveLength(1);
        expect(p.root.querySelector('title')?.text.trim(), p.path).toBeTruthy();
        if (p.path.endsWith('404.html')) {
          // No address leads to the 404 page: it names no canonical URL and asks not to be indexed.
          expect(p.root.querySelector('link[rel="canonical"]'), p.path).toBeNull();
          expect(p.root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
          continue;
        }
        const canonical = p.root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
        expect(fileOf(canonical), `${p.path}: ${canonical}`).toBeDefined();
      }
    });

    it('lists every event on the home page, in time order', () => {
      const html = read('index.html');
      const shown = data.events.length <= 100 ? data.events : data.events.slice(-100);
      const positions = shown.map((e) => html.indexOf(`href="${e.page}"`));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    });

    it('html-validate reports zero errors on every page', async () => {
      const validator = new HtmlValidate({
        extends: ['html-validate:recommended'],
        rules: {
          // Astro's output style: formatting choices, not validity.
          'no-trailing-whitespace': 'off',
          'attribute-boolean-style': 'off',
          'void-style': 'off',
          'doctype-style': 'off',
          'attribute-empty-style': 'off',
          // Titles and quotes legitimately contain long unbroken runs and typographic quotes.
          'long-title': 'off',
          'no-inline-style': 'error',
          // HTML5 allows ids that start with a digit (event ids start with their date).
          'valid-id': ['error', { relaxed: true }],
        },
      });
      const problems: string[] = [];
      for (const file of (readdirSync(outDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'))) {
        const report = await validator.validateFile(path.join(outDir, file));
        for (const result of report.results)
          for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
      expect(problems).toEqual([]);
    });
  });

  describe('feeds, calendar and sitemap at SITE_URL and the base path', () => {
    it('/rss.xml lists every event, newest first, each linking to its page', () => {
      const items: Array<{ link: string; pubDate: string }> = xml('rss.xml').rss.channel.item ?? [];
      expect(items.map((i) => i.link)).toEqual([...data.events].reverse().map((e) => `${ORIGIN}${e.page}`));
      for (const item of items) expect(fileOf(item.link), item.link).toBeDefined();
      const dates = items.map((i) => Date.parse(i.pubDate));
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
    });

    it('every feed names its own address (atom:link rel="self") and links to the home page', () => {
      const feeds = (readdirSync(outDir, { recursive: true }) as string[]).filter((f) => f.endsWith('rss.xml'));
      expect(feeds.length).toBeGreaterThan(1);
      for (const rel of feeds) {
        const text = read(rel);
        const self = /<atom:link ([^>]*rel="self"[^>]*)\/?>/.exec(text)?.[1] ?? '';
        expect(self, rel).toContain(`href="${ORIGIN}${prefix}/${rel.split(path.sep).join('/')}"`);
        expect(self, rel).toContain('type="application/rss+xml"');
        expect(text, rel).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
        // The channel's link is the site's home page, base path included.
        expect(xml(rel).rss.channel.link, rel).toBe(`${ORIGIN}${prefix}/`);
      }
    });

    it('each actor has a feed of their events, announced on their page', () => {
      for (const actor of data.actors) {
        const items = xml(`actors/${actor.id}/rss.xml`).rss.channel.item ?? [];
        expect(items, actor.id).toHaveLength(data.events.filter((e) => e.actors.includes(actor.id)).length);
        const html = parse(read(`actors/${actor.id}/index.html`));
        expect(
          html.querySelector(`link[rel="alternate"][href="${url(`/actors/${actor.id}/rss.xml`)}"]`),
          actor.id,
        ).not.toBeNull();
      }
    });

    it('the calendar holds every event as an all-day event linking to its page', () => {
      const calendar = new ICAL.Component(ICAL.parse(read('calendar.ics')));
      const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      expect(events).toHaveLength(data.events.length);
      for (const event of events) {
        expect(event.startDate.isDate).toBe(true);
        expect(event.endDate.compare(event.startDate)).toBe(1);
        expect(fileOf(event.component.getFirstPropertyValue('url') as string)).toBeDefined();
      }
    });

    it('the sitemap lists every event, actor and source page, and every URL in it exists; robots.txt points to it', () => {
      const sitemaps: Array<{ loc: string }> = xml('sitemap-index.xml').sitemapindex.sitemap;
      const urls = sitemaps.flatMap(({ loc }) => {
        const file = fileOf(loc) ?? '';
        return (xml(path.relative(outDir, file)).urlset.url as Array<{ loc: string }>).map((u) => u.loc);
      });
      for (const u of urls) expect(fileOf(u), u).toBeDefined();
      for (const item of [...data.events, ...data.actors, ...data.articles])
        expect(urls).toContain(`${ORIGIN}${item.page}`);
      expect(read('robots.txt')).toContain(`Sitemap: ${ORIGIN}${url('/sitemap-index.xml')}`);
    });
  });
});
