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
