// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind';

/**
 * Deployment settings come from the environment so that the same repository can be
 * deployed to a domain root or to a sub-path (e.g. GitHub Pages):
 *   SITE_URL   absolute origin of the deployed site, e.g. https://example.org
 *              (default http://localhost:4321, right for `npm run preview` only)
 *   BASE_PATH  path prefix, e.g. /timeline (default: /)
 * Tests and the benchmark also set CONTENT_DIR (see src/content.config.ts) and
 * ASTRO_CACHE_DIR, so that builds of other content do not share a content store.
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  devToolbar: { enabled: false },
  integrations: [sitemap(), pagefind()],
  // Emit scripts as files rather than inlining them (the search script's dynamic import of
  // Pagefind needs Vite's preload helper, which inlined scripts lack).
  vite: { build: { assetsInlineLimit: 0 } },
});
