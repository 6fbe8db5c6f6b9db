// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { ENV } from './src/config/env';
import contentCheck from './src/integrations/content-check';
import incrementalDist from './src/integrations/incremental-dist';
import ogImages from './src/integrations/og-images';
import pagefind from './src/integrations/pagefind';
import review from './src/integrations/review';
import schemaGuard from './src/integrations/schema-guard';
import siteUrlCheck from './src/integrations/site-url';
import remarkSafe from './src/site/remark-safe';

/**
 * Settings from the environment (read in src/config/env.ts): SITE_URL, the absolute origin of the
 * deployed site (required on CI and deploy machines; default http://localhost:4321, right for
 * `npm run preview` only); BASE_PATH, a path prefix such as /timeline; CONTENT_DIR and
 * ASTRO_CACHE_DIR, which tests and the benchmark set; and the benchmark's levers.
 */
const checked = contentCheck(ENV.contentDir);

export default defineConfig({
  site: ENV.siteUrl,
  base: ENV.basePath,
  trailingSlash: 'ignore',
  // Stylesheets as files, never inline, so the same strict CSP also works as an HTTP header.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  cacheDir: ENV.cacheDir,
  devToolbar: { enabled: false },
  experimental: {
    // Re-render only the pages whose data (their cache key) or code changed; see src/site/page-key.ts.
    incrementalBuild: ENV.incremental,
    // A lever the benchmark measures (see bench/run.ts); off unless set.
    ...(ENV.bench.chunkedStorage ? { collectionStorage: 'chunked' } : {}),
  },
  integrations: [
    siteUrlCheck(ENV),
    schemaGuard(),
    checked,
    sitemap(),
    pagefind({ content: checked.checked }),
    review(),
    ogImages({ cacheDir: ENV.ogCacheDir, skip: ENV.bench.noOgImages }),
    // Last: after every writer, it removes what no route produces any more.
    incrementalDist({ enabled: ENV.incremental }),
  ],
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
