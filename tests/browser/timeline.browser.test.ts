import sharp from 'sharp';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../serve';
import { startSession } from './browser';

/**
 * Issue 13 on the fixture site: time you can see, order and landing, disputed claims without
 * JavaScript, filter choices in the address, links made to be shared, trust furniture, print.
 */
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let session: Awaited<ReturnType<typeof startSession>>;

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };
const EVENT = '/events/2025-11-25-rubio-call-with-eu-counterparts/';
const DISPUTED_TITLE = 'Politico: Rubio tells Europeans that guarantees come after a settlement';

beforeAll(async () => {
  session = await startSession();
  ({ server, browser } = session);
}, 60_000);
afterAll(() => session?.close());

async function withContext<T>(
  options: Parameters<Browser['newContext']>[0],
  run: (context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext(options);
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}

describe('1. time you can see', () => {
  it('the overview lists every month with its count and labels the empty stretches, without JavaScript', async () => {
    await withContext({ javaScriptEnabled: false, viewport: PHONE }, async (context) => {
      const page = await context.newPage();
      await page.goto(server.url('/'));
      const items = await page.locator('.overview-list > li').allTextContents();
      const text = items.map((t) => t.replace(/\s+/g, ' ').trim());
      expect(text.some((t) => t.startsWith('March 2025:') && t.endsWith('13 events'))).toBe(true);
      expect(text.some((t) => t.includes('no events in these sources') && t.includes('7 months'))).toBe(true);
      // March 2025 is on the first screen of a phone, and its link lands on its section.
      const march = page.getByRole('link', { name: /March 2025: .*13 events/ });
      const box = await march.boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(PHONE.height);
      await march.click();
      await expect.poll(() => page.url()).toContain('#m2025-03');
      // The month heading is not hidden under the sticky year bar.
      await page.waitForTimeout(200);
      const { heading, bar } = await page.evaluate(() => ({
        heading: document.getElementById('m2025-03')?.getBoundingClientRect().top ?? -1,
        bar: document.getElementById('y2025')?.getBoundingClientRect().bottom ?? 0,
      }));
      expect(heading).toBeGreaterThanOrEqual(bar);
    });
  }, 30_000);

  it('long silences between events show as gap markers on the rail', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/'));
    const gaps = await page.locator('.gap-marker').allTextContents();
    expect(gaps.map((g) => g.trim())).toEqual(
      expect.arrayContaining(['— 7 years later —', '— 3 years later —', '— 8 months later —']),
    );
    await page.close();
  }, 30_000);

  it('an event page shows where the event sits in the span', async () => {
    const page = await browser.newPage();
    await page.goto(server.url(EVENT));
    expect(await page.locator('.event-place figcaption').textContent()).toMatch(
      /November 2025, in a timeline from 2014 to 2026\./,
    );
    // The shared strip is loaded and its November 2025 bar drawn in the highlight colour.
    const img = page.locator('.event-place img');
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
    expect(await img.getAttribute('src')).toMatch(/overview\.svg#m2025-11$/);
    const { data, info } = await sharp(await img.screenshot())
      .raw()
      .toBuffer({ resolveWithObject: true });
    const pink = (i: number) => data[i]! > 150 && data[i + 1]! < 40 && data[i + 2]! > 60 && data[i + 2]! < 130;
    const marked = Array.from({ length: info.width * info.height }, (_, p) => p * info.channels).filter(pink);
    expect(marked.length).toBeGreaterThan(20);
    await page.close();
  }, 30_000);
});

describe('2. order and landing', () => {
  it('same-day events come in the order things happened, not by file name', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/'));
    const titles = await page.locator('#m2025-03 ~ ol .event-title').allTextContents();
    const at = (t: string) => titles.findIndex((x) => x.includes(t));
    // Jeddah has sequence 1; Ukraine's acceptance follows the talks, Rubio's remark reacts to it.
    expect(at('delegations meet in Jeddah')).toBeLessThan(at('Ukraine accepts'));
    expect(at('Ukraine accepts')).toBeLessThan(at('ball is in Russia'));
    await page.close();
  }, 30_000);

  it('the keyboard reaches the first event in at most 5 Tab presses, through the skip links', async () => {
    await withContext({ viewport: DESKTOP }, async (context) => {
      const page = await context.newPage();
      await page.goto(server.url('/'));
      const first = await page.locator('.event-title a').first().textContent();
      let presses = 0;
      const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      await page.keyboard.press('Tab');
      presses++;
      expect(await focused()).toBe('Skip to content');
      await page.keyboard.press('Tab');
      presses++;
      expect(await focused()).toBe('Skip to the first event');
      await page.keyboard.press('Enter');
      while (presses < 5 && (await focused()) !== first) {
        await page.keyboard.press('Tab');
        presses++;
      }
      expect(await focused()).toBe(first);
      expect(presses).toBeLessThanOrEqual(5);
    });
  }, 30_000);
});

describe('3. disputed, denied and planned', () => {
  it('without JavaScript, /disputed/ sets each contested claim beside the quote that disputes it', async () => {
    await withContext({ javaScriptEnabled: false, viewport: PHONE }, async (context) => {
      const page = await context.newPage();
      await page.goto(server.url('/'));
      await page.getByRole('link', { name: 'Disputed, denied and planned claims' }).first().click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/disputed/');
      const claim = page.locator('#contested ~ .claims > li', { hasText: DISPUTED_TITLE });
      expect(await claim.count()).toBe(1);
      expect(await claim.locator('.rebuttals').textContent()).toContain('Tommy Pigott');
      expect(await claim.locator('.rebuttals blockquote').count()).toBe(1);
      const planned = await page.locator('#planned ~ .claims .claim-title').allTextContents();
      expect(planned.join(' ')).toContain('Witkoff to travel to Moscow');
    });
  }, 30_000);

  it('the home card labels a rebuttal as a rebuttal', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/'));
    const card = page.locator('.event-card', { hasText: DISPUTED_TITLE });
    const rebuttal = card.locator('.quotes li', { has: page.locator('.rebuttal-label') });
    expect(await rebuttal.count()).toBe(1);
    expect(await rebuttal.textContent()).toContain('Pigott');
    await page.close();
  }, 30_000);

  it('filter choices live in the address: they survive reload, back and a shared link', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/'));
    const visible = () => page.locator('.event-title a').filter({ visible: true }).allTextContents();
    const all = (await visible()).length;
    await page.getByLabel('Status').selectOption('disputed');
    await expect.poll(() => new URL(page.url()).search).toBe('?status=disputed');
    expect(await visible()).toEqual([DISPUTED_TITLE]);
    await page.reload();
    expect(await page.getByLabel('Status').inputValue()).toBe('disputed');
    expect(await visible()).toEqual([DISPUTED_TITLE]);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect.poll(async () => (await visible()).length).toBe(all);
    await page.goto(server.url('/?actor=steve-witkoff&tag=paris-summit'));
    expect(await visible()).toEqual(['U.S. formally backs security guarantees for Ukraine at the Paris summit']);
    expect(await page.getByLabel('Who').inputValue()).toBe('steve-witkoff');
    await page.close();
  }, 30_000);
});

describe('4. links made to be shared', () => {
  it('an event and each quote show their permalink; Copy link copies it and says so', async () => {
    await withContext({ viewport: DESKTOP }, async (context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      const page = await context.newPage();
      await page.goto(server.url(EVENT));
      const permalink = page.locator('.event header .permalink');
      expect(await permalink.locator('a').textContent()).toBe(`http://localhost:4321${EVENT}`);
      await permalink.getByRole('button', { name: 'Copy link' }).click();
      await expect.poll(() => permalink.locator('[role="status"]').textContent()).toBe('Link copied.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`http://localhost:4321${EVENT}`);
      const quoteLink = page.locator('.statement .permalink a').first();
      expect(await quoteLink.textContent()).toContain('Link to this quote');
      expect(await quoteLink.getAttribute('href')).toMatch(new RegExp(`^${EVENT}#`));
    });
  }, 30_000);

  it('without JavaScript the link is there and no dead button shows', async () => {
    await withContext({ javaScriptEnabled: false }, async (context) => {
      const page = await context.newPage();
      await page.goto(server.url(EVENT));
      expect(await page.locator('.permalink a').first().isVisible()).toBe(true);
      expect(await page.locator('.copy-link:visible, .share-link:visible').count()).toBe(0);
    });
  }, 30_000);

  it('each event announces a social card image of at most 50 KB by absolute URL', async () => {
    const page = await browser.newPage();
    await page.goto(server.url(EVENT));
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toMatch(/^http:\/\/localhost:4321\/og\/2025-11-25-rubio-call-with-eu-counterparts\.png$/);
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
    const response = await page.request.get(server.url(new URL(image ?? '').pathname));
    const body = await response.body();
    expect(response.status()).toBe(200);
    expect(body.subarray(1, 4).toString()).toBe('PNG');
    expect(body.readUInt32BE(16)).toBe(1200);
    expect(body.readUInt32BE(20)).toBe(630);
    expect(body.length).toBeLessThanOrEqual(50 * 1024);
    await page.close();
  }, 30_000);
});

describe('6. trust furniture', () => {
  it.each(['/', '/about/'])(
    '%s says what span it covers and when it was last updated',
    async (p) => {
      const page = await browser.newPage();
      await page.goto(server.url(p));
      const trust = await page.locator('.trust').textContent();
      expect(trust).toContain('Covers events from 2014 to 6 January 2026.');
      // The fixture's newest correction (25 November 2026) came after its newest source.
      expect(trust).toContain('Last updated: 25 November 2026 (the date of the newest correction).');
      await page.close();
    },
    30_000,
  );

  it('print hides the controls and keeps the sources', async () => {
    const page = await browser.newPage();
    await page.goto(server.url(EVENT));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.copy-link').first().isVisible()).toBe(false);
    expect(await page.locator('.site-header .search-box').isVisible()).toBe(false);
    expect(await page.locator('.event-place').isVisible()).toBe(false);
    expect(await page.locator('#sources').isVisible()).toBe(true);
    expect(await page.locator('.citation').first().isVisible()).toBe(true);
    await page.goto(server.url('/'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#timeline-filter').isVisible()).toBe(false);
    expect(await page.locator('.overview').isVisible()).toBe(false);
    await page.close();
  }, 30_000);
});
