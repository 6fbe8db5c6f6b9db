import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TimelineExport } from '../../src/site/export';
import { brokenLinks, loadPages, type BuiltPage } from '../crawl';
import { SITES } from '../sites';

/** The fixture site (tests/fixtures/site/), built once by the build project's global setup. */
const DIST = SITES.fixture.outDir;
let pages: Map<string, BuiltPage>;

beforeAll(() => {
  pages = loadPages(DIST);
});

function page(p: string): BuiltPage {
  const found = pages.get(p);
  if (!found) throw new Error(`no built page at ${p}`);
  return found;
}

describe('every page type exists', () => {
  it.each([
    '/',
    '/events/2025-03-11-jeddah-talks/',
    '/actors/',
    '/actors/marco-rubio/',
    '/sources/',
    '/sources/defense-news-2025-03-11/',
    '/tags/',
    '/tags/security-guarantees/',
    '/about/',
    '/corrections/',
    '/404.html',
  ])('%s', (p) => {
    const root = page(p).root;
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(root.querySelector('main#main')).not.toBeNull();
    expect(root.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
    expect(root.querySelector('title')?.text.trim().length).toBeGreaterThan(0);
    expect(root.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(0);
    expect(root.querySelector('meta[property="og:title"]')).not.toBeNull();
  });
});

describe('links', () => {
  it('every internal link, asset and anchor resolves', () => {
    expect(brokenLinks(DIST)).toEqual([]);
  });

  it('every date is a <time datetime>', () => {
    for (const p of pages.values()) {
      for (const time of p.root.querySelectorAll('time')) {
        expect(time.getAttribute('datetime'), `${p.path}: ${time.text}`).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      }
    }
  });
});

describe('the timeline', () => {
  it('groups events by year and month, with badges, actors and source counts', () => {
    const root = page('/').root;
    expect(root.querySelectorAll('.year > h2').map((h) => h.text)).toEqual(['2014', '2022', '2025', '2026']);
    expect(root.querySelectorAll('.month > h3').map((h) => h.text)).toContain('March 2025');
    const disputed = root.querySelector('#2025-11-25-rubio-call-with-eu-counterparts')!;
    expect(disputed.querySelector('.badge')?.text).toBe('Disputed');
    expect(disputed.text).toContain('1 source');
    expect(root.querySelector('#2025-03-witkoff-to-travel-to-moscow .badge')?.text).toBe('Planned');
    // Statements appear with their event.
    expect(root.querySelector('#2025-03-05-waltz-ratcliffe-remarks-on-intelligence-pause')?.text).toContain(
      'We are pausing, assessing',
    );
  });

  it('lists the sources in its intro', () => {
    const links = page('/')
      .root.querySelectorAll('.sources-intro a')
      .map((a) => a.getAttribute('href'));
    expect(links).toHaveLength(5);
  });
});

describe('an event page', () => {
  const root = () => page('/events/2025-03-11-jeddah-talks/').root;

  it('shows date, basis, status, actors, sources with excerpts, statements and neighbours', () => {
    const text = root().text;
    expect(text).toContain('11 March 2025');
    expect(text).toContain('“On Tuesday” in Defense News of 11 March 2025');
    expect(root().querySelectorAll('.excerpt').length).toBe(4);
    expect(root().querySelector('a[rel="prev"]')).not.toBeNull();
    expect(root().querySelector('a[rel="next"]')).not.toBeNull();
    expect(root().querySelectorAll('.facts a[href^="/actors/"]').length).toBe(7);
  });

  it('anchors each statement and carries JSON-LD, Open Graph and Twitter meta', () => {
    const rubio = page('/events/2025-03-11-rubio-says-ball-in-russias-court/').root;
    expect(rubio.querySelector('figure#rubio-ball-now-in-their-court')).not.toBeNull();
    const ld = JSON.parse(root().querySelector('script[type="application/ld+json"]')!.text);
    expect(ld).toMatchObject({
      '@type': 'Event',
      name: 'U.S. and Ukrainian delegations meet in Jeddah',
      startDate: '2025-03-11',
    });
    expect(root().querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    expect(root().querySelector('meta[name="twitter:card"]')).not.toBeNull();
  });

  it("shows with each quote the passage of its source, verbatim, on the quote's own page", () => {
    const data = JSON.parse(readFileSync(path.join(DIST, 'data/timeline.json'), 'utf8')) as TimelineExport;
    for (const s of data.statements) {
      const [at, anchor] = s.page.split('#');
      const figure = page(at ?? '').root.querySelector(`figure#${anchor}`);
      expect(figure, s.page).not.toBeNull();
      const shown = figure!.querySelectorAll('.passage q').map((q) => q.text);
      expect(shown, s.id).toEqual(s.sources.map((c) => c.excerpt));
    }
  });

  it('keeps the editor’s note on the source’s error rather than correcting it silently', () => {
    expect(root().text).toContain('calls Jeddah “the Saudi capital”');
  });
});

describe('actor and source pages', () => {
  it('an actor page lists roles, aliases, events and statements in time order', () => {
    const root = page('/actors/volodymyr-zelenskyy/').root;
    expect(root.text).toContain('Ukrainian President');
    expect(root.text).toContain('Zelensky');
    const rubio = page('/actors/marco-rubio/').root;
    const dates = rubio.querySelectorAll('#statements + ol time').map((t) => t.getAttribute('datetime')!);
    expect(dates.length).toBe(5);
    expect(dates).toEqual([...dates].sort());
  });

  it('a source page shows publisher, date basis, citations and excerpts, never the whole text', () => {
    const root = page('/sources/rksnews-2026-01-06/').root;
    expect(root.text).toContain('RksNews');
    expect(root.text).toContain('Reuters');
    expect(root.text).toContain('written as it ended');
    expect(root.querySelectorAll('.excerpt').length).toBeGreaterThan(3);
    expect(root.text).not.toContain('Peace Talks Accelerate, but Moscow Resists Concessions');
  });
});
