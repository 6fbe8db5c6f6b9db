import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPages, resolveFile, type BuiltPage } from '../crawl';
import { SITES, builtSite } from '../sites';

/**
 * Issue 13 as built: invariants on the real site (never its counts or texts), specifics on the
 * fixture site.
 */
const real = builtSite(SITES.real);
const fixture = builtSite(SITES.fixture);
let realPages: Map<string, BuiltPage>;
let fixturePages: Map<string, BuiltPage>;

beforeAll(() => {
  realPages = loadPages(real.outDir, real.base);
  fixturePages = loadPages(fixture.outDir, fixture.base);
});

const gz = (file: string) => gzipSync(readFileSync(file)).length;

describe('the real site', () => {
  it('every event page announces its own social card: an absolute URL, a PNG of at most 50 KB', () => {
    const events = [...realPages.values()].filter((p) => p.path.startsWith(real.url('/events/')));
    expect(events.length).toBeGreaterThan(0);
    for (const p of events) {
      const image = p.root.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      expect(image.startsWith(`${real.site.replace(/\/+$/, '')}${real.prefix}/og/`), p.path).toBe(true);
      const file = resolveFile(real.outDir, real.base, new URL(image).pathname);
      expect(file, image).toBeDefined();
      expect(
        readFileSync(file ?? '')
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
      expect(statSync(file ?? '').size).toBeLessThanOrEqual(50 * 1024);
    }
  });

  it('event pages stay within 14 KB gzip of HTML and CSS; the home page within 40 KB', () => {
    const cssOf = (p: BuiltPage) =>
      p.root
        .querySelectorAll('link[rel="stylesheet"]')
        .reduce((n, l) => n + gz(resolveFile(real.outDir, real.base, l.getAttribute('href') ?? '') ?? ''), 0);
    for (const p of realPages.values()) {
      if (!p.path.startsWith(real.url('/events/'))) continue;
      expect(gz(p.file) + cssOf(p), p.path).toBeLessThanOrEqual(14 * 1024);
    }
    const home = realPages.get(real.url('/'));
    expect(home).toBeDefined();
    if (home) expect(gz(home.file) + cssOf(home)).toBeLessThanOrEqual(40 * 1024);
  });

  it('the overview links every month with events to its section, and the home page says what it covers', () => {
    const home = realPages.get(real.url('/'));
    const links = home?.root.querySelectorAll('.overview-list a') ?? [];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect(home?.ids.has((a.getAttribute('href') ?? '').replace(/^#/, ''))).toBe(true);
    expect(home?.root.querySelector('.trust')?.text).toMatch(/Covers events from .+ to .+\. Last updated: /);
  });

  it('no actor page is empty: each shows roles, events, quotes or where the sources name them', () => {
    const actors = [...realPages.values()].filter((p) => /\/actors\/[^/]+\/$/.test(p.path));
    expect(actors.length).toBeGreaterThan(0);
    for (const p of actors) {
      const filled = p.root.querySelectorAll('.facts dd, #events, #statements, #named-in').length;
      expect(filled, p.path).toBeGreaterThan(0);
    }
  });

  it('the disputed page exists and every contested claim on it links to its page', () => {
    const page = realPages.get(real.url('/disputed/'));
    expect(page).toBeDefined();
    for (const a of page?.root.querySelectorAll('.claim-title a') ?? []) {
      expect(resolveFile(real.outDir, real.base, (a.getAttribute('href') ?? '').split('#')[0] ?? '')).toBeDefined();
    }
  });
});

describe('the fixture site', () => {
  it('an actor with no event and no quote shows where the sources name them', () => {
    const reuters = fixturePages.get('/actors/reuters/');
    expect(reuters?.root.querySelector('#named-in')).not.toBeNull();
    expect(reuters?.root.querySelectorAll('.citation').length).toBeGreaterThan(0);
  });

  it('the overview labels the empty stretches and counts each month', () => {
    const home = fixturePages.get('/');
    const text = (home?.root.querySelectorAll('.overview-list li') ?? []).map((li) =>
      li.text.replace(/\s+/g, ' ').trim(),
    );
    expect(text.some((t) => t.startsWith('April–October 2025 (7 months): no events in these sources'))).toBe(true);
    expect(text.some((t) => t.startsWith('March 2025:') && t.includes('13 events'))).toBe(true);
  });

  it('an image in an event narrative is bundled by Astro and shown with its alt text', () => {
    const page = fixturePages.get('/events/2025-03-05-concerns-over-starlink-for-ukraine/');
    const img = page?.root.querySelector('img[alt^="A grey placeholder image"]');
    const src = img?.getAttribute('src') ?? '';
    expect(src).toMatch(/\/_astro\/starlink-map\.[\w-]+\.webp$/);
    expect(statSync(path.join(fixture.outDir, src.replace(/^.*\/_astro\//, '_astro/'))).size).toBeGreaterThan(0);
  });

  it('the search index holds each quote as a record of its own', () => {
    const files = readFileSync(path.join(fixture.outDir, 'pagefind/pagefind-entry.json'), 'utf8');
    const entry = JSON.parse(files) as { languages: Record<string, { page_count: number }> };
    const data = JSON.parse(readFileSync(path.join(fixture.outDir, 'data/timeline.json'), 'utf8')) as Record<
      string,
      unknown[]
    >;
    const records = Object.entries(data).reduce((n, [, v]) => n + (Array.isArray(v) ? v.length : 0), 0);
    expect(entry.languages.en?.page_count).toBe(records);
  });
});
