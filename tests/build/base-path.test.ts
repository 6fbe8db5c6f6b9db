import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineExport } from '../../src/site/export';
import { brokenLinks, loadPages } from '../crawl';
import { buildSite } from '../helpers';

/** The real site built for a GitHub Pages-style sub-path. */
const SITE = 'https://example.org';
let build: Awaited<ReturnType<typeof buildSite>>;

beforeAll(async () => {
  build = await buildSite({ env: { BASE_PATH: '/timeline', SITE_URL: SITE } });
  if (build.status !== 0) throw new Error(build.output);
}, 180_000);
afterAll(() => build?.cleanup());

const read = (rel: string) => readFileSync(path.join(build.outDir, rel), 'utf8');

describe('a build under BASE_PATH=/timeline', () => {
  it('has zero broken internal links, assets or anchors', () => {
    expect(brokenLinks(build.outDir, '/timeline')).toEqual([]);
  });

  it('keeps every internal link under the base path', () => {
    for (const page of loadPages(build.outDir, '/timeline').values()) {
      for (const el of page.root.querySelectorAll('[href^="/"], [src^="/"], form[action^="/"]')) {
        const ref = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action')!;
        expect(ref.startsWith('/timeline/'), `${page.path}: ${ref}`).toBe(true);
      }
    }
  });

  it('puts the base in the JSON export, feeds, calendar, sitemap and canonical URLs', () => {
    const data = JSON.parse(read('data/timeline.json')) as TimelineExport;
    for (const item of [...data.articles, ...data.actors, ...data.events, ...data.statements]) expect(item.page).toMatch(/^\/timeline\//);
    expect(read('rss.xml')).toContain(`<link>${SITE}/timeline/events/`);
    expect(read('calendar.ics')).toMatch(/^URL(;VALUE=URI)?:https:\/\/example\.org\/timeline\/events\//m);
    expect(read('sitemap-0.xml')).toContain(`<loc>${SITE}/timeline/events/2025-03-11-jeddah-talks/</loc>`);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/timeline/sitemap-index.xml`);
    expect(read('index.html')).toContain(`<link rel="canonical" href="${SITE}/timeline/">`);
  });
});
