import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../serve';
import { startSession } from './browser';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let session: Awaited<ReturnType<typeof startSession>>;

beforeAll(async () => {
  session = await startSession();
  ({ server, browser } = session);
}, 60_000);
afterAll(() => session?.close());

async function results(page: Page): Promise<string[]> {
  await page
    .locator('#search-status')
    .filter({ hasText: /result|Nothing/ })
    .waitFor();
  return page
    .locator('#search-results a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search (Pagefind)', () => {
  it.each([
    ['Jeddah', '/events/2025-03-11-jeddah-talks/'],
    ['Witkoff', '/events/2025-03-witkoff-to-travel-to-moscow/'],
    ['Witkoff', '/actors/steve-witkoff/'],
    ['security guarantees', '/events/2026-01-06-paris-summit-us-backs-security-guarantees/'],
  ])(
    '“%s” finds %s',
    async (query, expected) => {
      const page = await browser.newPage();
      await page.goto(server.url(`/search/?q=${encodeURIComponent(query)}`));
      expect(await results(page)).toContain(expected);
      await page.close();
    },
    30_000,
  );

  it('the header search box submits to the search page', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/about/'));
    await page.getByRole('searchbox', { name: 'Search' }).fill('Pigott');
    await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
    expect(await results(page)).toContain('/actors/tommy-pigott/');
    await page.close();
  }, 30_000);

  it('shows results as you type, without Enter, each labelled with its kind, date and status', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/search/'));
    await page.getByRole('searchbox', { name: 'Search' }).last().pressSequentially('ball in', { delay: 30 });
    expect(await results(page)).toContain('/events/2025-03-11-rubio-says-ball-in-russias-court/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('ball in');
    const kinds = await page.locator('#search-results .result-kind').allTextContents();
    expect(kinds).toEqual(expect.arrayContaining(['Event', 'Quote']));
    const event = page.locator('#search-results li', { has: page.locator('.result-kind', { hasText: 'Event' }) });
    expect(await event.first().locator('.meta').textContent()).toMatch(/^11 March 2025 · Confirmed$/);
    expect(await page.locator('#search-status').getAttribute('aria-live')).toBe('polite');
    await page.close();
  }, 30_000);

  it('finds a quote as a result of its own, linking to its anchor', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/search/?q=pay%20your%20bills'));
    await results(page);
    const quote = page.locator('#search-results li', { has: page.locator('.result-kind', { hasText: 'Quote' }) });
    const href = await quote.first().locator('a').getAttribute('href');
    expect(href).toMatch(/#trump-pay-your-bills$/);
    expect(await quote.first().locator('a').textContent()).toMatch(/^Donald Trump: “/);
    await page.close();
  }, 30_000);

  it('nothing shifts while results arrive (CLS 0)', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    await page.addInitScript(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
          if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(server.url('/search/?q=Rubio'));
    await results(page);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBe(0);
    await page.close();
  }, 30_000);

  it('lists the first results and shows the rest on request, saying how many are listed', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/search/?q=the'));
    await results(page);
    const status = page.locator('#search-status');
    const total = Number(/^(\d+) results/.exec((await status.textContent()) ?? '')?.[1]);
    expect(total, 'the fixture has more than one page of results for “the”').toBeGreaterThan(30);
    expect(await page.locator('#search-results > li').count()).toBe(30);
    expect(await status.textContent()).toMatch(/The first 30 are listed\.$/);
    const more = page.getByRole('button', { name: 'Show more results' });
    await more.click();
    await page.locator('#search-results > li').nth(30).waitFor();
    expect(await page.locator('#search-results > li').count()).toBe(Math.min(total, 60));
    // Focus moves to the first new result, so a keyboard user goes on reading where the list grew.
    expect(
      await page.evaluate(
        () => document.activeElement?.closest('li') === document.querySelectorAll('#search-results > li')[30],
      ),
    ).toBe(true);
    if (total <= 60) {
      expect(await more.isHidden()).toBe(true);
      expect(await status.textContent()).toBe(`${total} results for “the”.`);
    }
    await page.close();
  }, 30_000);

  it('says when nothing is found', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/search/?q=zzzqqqxxy'));
    expect(await results(page)).toEqual([]);
    expect(await page.locator('#search-status').textContent()).toBe('Nothing found for “zzzqqqxxy”.');
    await page.close();
  }, 30_000);

  it('without JavaScript, says search needs it and links to actors and topics', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url('/search/?q=Jeddah'));
    const note = page.locator('#search-nojs');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('Search needs JavaScript');
    expect(await note.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      expect.arrayContaining(['/actors/', '/tags/']),
    );
    await context.close();
  }, 30_000);
});
