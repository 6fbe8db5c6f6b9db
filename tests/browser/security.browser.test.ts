import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALID_FIXTURE, brokenFixture, buildSite } from '../helpers';
import { serveStatic } from '../serve';
import { launch } from './browser';

/**
 * Content written to attack the reader: scripts, event handlers and javascript: links in an
 * article's text, an event's title, summary and narrative. Built with the real build, then
 * visited in Chromium with the site's own CSP and headers: nothing may run.
 */
const HOSTILE = '<script>window.__xss = "script"</script> <img src=x onerror="window.__xss = \'onerror\'">';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
const cleanups: Array<() => Promise<void>> = [];

beforeAll(async () => {
  const read = (f: string) => readFile(path.join(VALID_FIXTURE, f), 'utf8');
  const article = (await read('articles/sample-article.md')) + `\nA hostile line: ${HOSTILE}\n`;
  const event = (await read('events/2025-03-11-talks.md'))
    .replace('title: "Talks in Jeddah"', `title: ${JSON.stringify(`Talks ${HOSTILE}`)}`)
    .replace('summary: "The talks ended with a joint statement."', `summary: ${JSON.stringify(`Summary ${HOSTILE}`)}`)
    .replace(
      '    excerpt: "The talks in Jeddah ended on Tuesday with a joint statement."',
      `    excerpt: "The talks in Jeddah ended on Tuesday with a joint statement."\n  - article: "sample-article"\n    excerpt: ${JSON.stringify(`A hostile line: ${HOSTILE}`)}`,
    )
    .replace(
      'The talks ended.',
      `The talks ended. ${HOSTILE}\n\n<div onmouseover="window.__xss='div'">block</div>\n\n[a link](javascript:window.__xss='link') and [another](JAVASCRIPT:window.__xss='link2')`,
    );
  const fixture = await brokenFixture({ 'articles/sample-article.md': article, 'events/2025-03-11-talks.md': event });
  cleanups.push(fixture.cleanup);
  const build = await buildSite({ contentDir: fixture.dir });
  cleanups.push(build.cleanup);
  if (build.status !== 0) throw new Error(build.output);
  server = await serveStatic(build.outDir);
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const c of cleanups) await c();
});

async function visit(page: Page, pagePath: string) {
  await page.goto(server.url(pagePath));
  for (const el of await page.locator('main a, main div, main img').all())
    await el.hover({ timeout: 1000 }).catch(() => {});
  for (const link of await page.locator('main a').all()) {
    const href = await link.getAttribute('href');
    expect(href ?? '', 'no javascript: link may be rendered').not.toMatch(/^\s*javascript:/i);
  }
}

describe('hostile content never executes', () => {
  it.each([
    '/',
    '/events/2025-03-11-talks/',
    '/sources/sample-article/',
    '/actors/marco-rubio/',
    '/tags/jeddah-talks/',
  ])(
    '%s',
    async (pagePath) => {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await visit(page, pagePath);
      expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
      expect(dialogs).toEqual([]);
      // The markup is shown as text, escaped.
      if (pagePath !== '/actors/marco-rubio/')
        expect(await page.locator('main').innerText()).toContain('<script>window.__xss');
      await page.close();
    },
    60_000,
  );
});

describe('the Content-Security-Policy', () => {
  it('is sent as a header and a <meta>, without unsafe-inline, and the site runs under it without violations', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    const response = await page.goto(server.url('/search/?q=talks'));
    const header = response!.headers()['content-security-policy']!;
    expect(header).toContain("default-src 'self'");
    expect(header).not.toContain('unsafe-inline');
    const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(meta).toContain("script-src 'self'");
    expect(meta).not.toContain('unsafe-inline');
    await page
      .locator('#search-status')
      .filter({ hasText: /result/ })
      .waitFor();
    expect(await page.locator('#search-results a').count()).toBeGreaterThan(0);
    for (const p of ['/', '/events/2025-03-11-talks/', '/about/']) await page.goto(server.url(p));
    expect(violations).toEqual([]);
    await page.close();
  }, 60_000);
});
