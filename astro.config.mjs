// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check';
import pagefind from './src/integrations/pagefind';
import review from './src/integrations/review';
import remarkSafe from './src/utils/remark-safe';

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
const contentDir = process.env.CONTENT_DIR || './content';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // Stylesheets as files, never inline, so the same strict CSP also works as an HTTP header.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  devToolbar: { enabled: false },
  // Levers the benchmark measures (see bench/run.ts); off unless set.
  experimental: {
    ...(process.env.ASTRO_COLLECTION_STORAGE === 'chunked' ? { collectionStorage: 'chunked' } : {}),
    ...(process.env.ASTRO_INCREMENTAL_BUILD === '1' ? { incrementalBuild: true } : {}),
  },
  integrations: [contentCheck(contentDir), sitemap(), pagefind(), review()],
  // remark renders the narratives; raw HTML and javascript: links in content stay inert text.
  // Smart quotes off: the sources' typography is kept as written (and rendering is faster).
  markdown: { processor: unified({ remarkPlugins: [remarkSafe], smartypants: false }), syntaxHighlight: false },
  // A strict Content-Security-Policy <meta> on every page: no inline script or style, nothing
  // from another origin. Pagefind's search needs WebAssembly ('wasm-unsafe-eval').
  // public/_headers sends the same policy as an HTTP header where the host reads it.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Emit scripts as files rather than inlining them (the search script's dynamic import of
  // Pagefind needs Vite's preload helper, which inlined scripts lack).
  vite: { build: { assetsInlineLimit: 0 } },
});
