import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../serve';
import { SITES } from '../sites';
import { startSession } from './browser';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = path.resolve('tests/.output/screenshots');

/** One page of each type, from the fixture site (tests/fixtures/site/). */
const PAGES: Record<string, string> = {
  home: '/',
  event: '/events/2025-11-25-rubio-call-with-eu-counterparts/',
  'event-jeddah': '/events/2025-03-11-jeddah-talks/',
  'event-accounts': '/events/2025-03-11-us-to-resume-aid-and-intelligence/',
  actors: '/actors/',
  actor: '/actors/marco-rubio/',
  sources: '/sources/',
  source: '/sources/defense-news-2025-03-11/',
  tags: '/tags/',
  tag: '/tags/security-guarantees/',
  about: '/about/',
  disputed: '/disputed/',
  search: '/search/?q=Rubio',
  'not-found': '/no-such-page/',
};
const VIEWPORTS = { phone: { width: 375, height: 812 }, desktop: { width: 1280, height: 900 } };
const SCHEMES = ['light', 'dark'] as const;

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let session: Awaited<ReturnType<typeof startSession>>;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  session = await startSession();
  ({ server, browser } = session);
}, 60_000);
afterAll(() => session?.close());

describe.each(Object.entries(VIEWPORTS))('at %s size', (viewportName, viewport) => {
  describe.each(SCHEMES)('in %s mode', (colorScheme) => {
    it.each(Object.entries(PAGES))(
      '%s page: axe finds no violations, nothing leaves the origin, screenshot saved',
      async (name, pagePath) => {
        const context = await browser.newContext({ viewport, colorScheme, bypassCSP: true });
        const page = await context.newPage();
        const foreign: string[] = [];
        await page.route('**/*', (route) => {
          const url = route.request().url();
          if (!url.startsWith(server.origin) && !url.startsWith('data:')) {
            foreign.push(url);
            return route.abort();
          }
          return route.continue();
        });
        const response = await page.goto(server.url(pagePath));
        if (name === 'search')
          await page
            .locator('#search-status')
            .filter({ hasText: /result/ })
            .waitFor();
        expect(response?.status()).toBe(name === 'not-found' ? 404 : 200);
        await page.addScriptTag({ content: AXE });
        const result = await page.evaluate(async () => {
          // @ts-expect-error axe is injected above
          const r = await window.axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
          });
          return r.violations.map((v: { id: string; help: string; nodes: Array<{ target: string[] }> }) => ({
            id: v.id,
            help: v.help,
            targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
          }));
        });
        await page.screenshot({ path: path.join(SHOTS, `${name}-${viewportName}-${colorScheme}.png`), fullPage: true });
        expect(result).toEqual([]);
        expect(foreign).toEqual([]);
        // No horizontal scrolling at phone width.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await context.close();
      },
      30_000,
    );
  });
});

describe('how the sources differ', () => {
  it('on a phone, each source is a block with labelled cells, and no word is split across lines', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(server.url(PAGES['event-accounts']!));
    const table = page.locator('table.accounts');
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(1);
    const split = await table.evaluate((el) => {
      const words: string[] = [];
      const walker = document.createTreeWalker(el.querySelector('tbody')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // Words as the line breaker sees them: a break after a dash or a hyphen is not a split word.
        for (const m of text.matchAll(/[^\s—–-]+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          // A word drawn on two lines has two boxes.
          const boxes = [...range.getClientRects()].filter((r) => r.width > 0);
          if (boxes.length > 1) words.push(m[0]);
        }
      }
      return words;
    });
    expect(split).toEqual([]);
    const label = await table
      .locator('td')
      .first()
      .evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toMatch(/^".+: "$/);
    await context.close();
  }, 30_000);
});

describe('without JavaScript', () => {
  it('the timeline is complete and its links lead to event pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(server.url('/'));
    const data = JSON.parse(readFileSync(path.join(SITES.fixture.outDir, 'data/timeline.json'), 'utf8')) as {
      events: Array<{ title: string; page: string }>;
    };
    const titles = await page.locator('.event-title a').allTextContents();
    expect(titles).toEqual(data.events.map((e) => e.title));
    await page.locator('.event-title a', { hasText: 'Jeddah' }).first().click();
    await expect.poll(() => page.url()).toContain('/events/2025-03-11-jeddah-talks/');
    expect(await page.locator('h1').textContent()).toContain('Jeddah');
    await page.goto(server.url('/'));
    expect(await page.locator('#timeline-filter').isVisible()).toBe(false); // the filter needs JavaScript
    await page.getByRole('link', { name: 'security guarantees' }).first().click();
    await expect.poll(() => page.url()).toContain('/tags/security-guarantees/');
    await context.close();
  }, 60_000);
});

describe('filtering the timeline with JavaScript', () => {
  it('by status, actor and topic, without a reload', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/'));
    const visible = () => page.locator('.event-title a').filter({ visible: true }).allTextContents();
    const all = (await visible()).length;
    await page.getByLabel('Status').selectOption('disputed');
    expect(await visible()).toEqual(['Politico: Rubio tells Europeans that guarantees come after a settlement']);
    expect(await page.locator('#filter-count').textContent()).toBe(`Showing 1 of ${all} events.`);
    await page.getByLabel('Status').selectOption('');
    await page.getByLabel('Who').selectOption('steve-witkoff');
    expect(await visible()).toEqual([
      'Witkoff to travel to Moscow to meet Putin',
      'U.S. formally backs security guarantees for Ukraine at the Paris summit',
    ]);
    await page.getByLabel('Topic').selectOption('paris-summit');
    expect(await visible()).toEqual(['U.S. formally backs security guarantees for Ukraine at the Paris summit']);
    expect(await page.locator('.year:not([hidden]) > h2').allTextContents()).toEqual(['2026']);
    await page.close();
  }, 30_000);
});

describe('keyboard', () => {
  it.each(['/', '/events/2025-03-11-jeddah-talks/', '/actors/marco-rubio/'])(
    '%s: the first Tab reaches the skip link; Tab reaches every link and control, each with a visible focus outline',
    async (pagePath) => {
      const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
      const page = await context.newPage();
      await page.goto(server.url(pagePath));
      // Links inside a closed <details> are not reachable until it is opened.
      const focusable = await page.evaluate(
        () =>
          [...document.querySelectorAll('a[href], input, button, select, summary')].filter((el) => el.checkVisibility())
            .length,
      );
      const reached = new Set<number>();
      for (let i = 0; i < focusable; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const all = [...document.querySelectorAll('a[href], input, button, select, summary')].filter((e) =>
            e.checkVisibility(),
          );
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          return {
            index: all.indexOf(el),
            text: el.textContent,
            outline: style.outlineStyle,
            width: parseFloat(style.outlineWidth),
            visible: box.width > 0 && box.height > 0,
          };
        });
        if (i === 0) expect(focus.text).toBe('Skip to content');
        expect(focus.index, `Tab ${i} left the page's links and controls`).toBeGreaterThanOrEqual(0);
        expect(focus.outline, `${focus.text}`).not.toBe('none');
        expect(focus.width).toBeGreaterThanOrEqual(2);
        expect(focus.visible).toBe(true);
        reached.add(focus.index);
      }
      expect(reached.size).toBe(focusable);
      await context.close();
    },
    60_000,
  );
});
