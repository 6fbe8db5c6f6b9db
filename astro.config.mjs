// @ts-check
import { defineConfig } from 'astro/config';

/**
 * Deployment settings come from the environment so that the same repository can be
 * deployed to a domain root or to a sub-path (e.g. GitHub Pages):
 *   SITE_URL   absolute origin of the deployed site, e.g. https://example.org
 *   BASE_PATH  path prefix, e.g. /timeline (default: /)
 */
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
