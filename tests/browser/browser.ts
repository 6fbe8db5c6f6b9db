import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic } from '../serve';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium';
import { SITES } from '../sites';

/** Launches headless Chromium with the flags this sandboxed, offline machine needs. */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_FLAGS],
  });
}

/** The built site served on loopback, and a browser: what every browser test starts with. */
export async function startSession(dist = SITES.fixture.outDir) {
  const server = await serveStatic(dist);
  const browser = await launch();
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
