import { defineConfig } from 'vitest/config';

/**
 * Four projects: `unit` (no build, a few seconds), `build` (builds the real, the grown and the
 * fixture site once, then checks the HTML, links, feeds and export as built), `e2e` (real
 * processes: interrupted ingests, the ingest-to-publish loop, the dev-only review page) and
 * `browser` (headless Chromium on the built fixture site). `npm test` runs unit and build;
 * `npm run test:all` runs all four, as CI does.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000, isolate: false } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/setup/build-sites.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/browser-site.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
