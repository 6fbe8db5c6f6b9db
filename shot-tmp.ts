import { chromium } from 'playwright-core';
import { serveStatic } from './tests/serve';
const server = await serveStatic('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const [name, p, w, scheme, full] of [['home-phone', '/', 375, 'light', false], ['home-desk', '/', 1280, 'dark', false], ['event-phone', '/events/2025-11-25-rubio-call-with-eu-counterparts/', 375, 'light', true], ['disputed', '/disputed/', 1280, 'light', true], ['search', '/search/?q=ball', 375, 'dark', true], ['home-full', '/', 375, 'light', true]] as const) {
  const ctx = await browser.newContext({ viewport: { width: w, height: 812 }, colorScheme: scheme });
  const page = await ctx.newPage();
  await page.goto(server.url(p));
  await page.waitForTimeout(600);
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: full });
  await ctx.close();
}
await browser.close(); await server.close();
