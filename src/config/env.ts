/**
 * The one module that reads the environment. Everything configurable from outside — where the
 * site is deployed, where its content lives — and the benchmark's levers are read here, typed,
 * and passed on explicitly; no other module reads `process.env`.
 */

/** The default origin: right only for `npm run preview` on this machine. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** The settings the environment gives a build. */
export interface TimelineEnv {
  /** SITE_URL: the absolute origin of the deployed site (canonical URLs, feeds, sitemap). */
  siteUrl: string;
  /** True when SITE_URL was not set and {@link DEFAULT_SITE_URL} is used. */
  siteUrlIsDefault: boolean;
  /** BASE_PATH: a path prefix when the site is not at the domain root, e.g. `/timeline`. */
  basePath: string;
  /** CONTENT_DIR: the content folder (default `./content`); tests and the benchmark set it. */
  contentDir: string;
  /** ASTRO_CACHE_DIR: Astro's cache, holding the content store (default in node_modules). */
  cacheDir: string;
  /**
   * OG_CACHE_DIR: rendered social card images by content hash (default `<cacheDir>/og-images`).
   * Keep it between deploy builds: a card is drawn once, then only when its event changes.
   */
  ogCacheDir: string;
  /** True on a deployment or CI machine (CI=true or DEPLOY=1): SITE_URL is then required. */
  deploying: boolean;
  /**
   * Astro's incremental build, on unless ASTRO_INCREMENTAL_BUILD=0: a build re-renders only the
   * pages whose cache key (src/site/page-key.ts) or code changed and restores the rest from the
   * cache directory. `astro build --force` renders everything.
   */
  incremental: boolean;
  /** The benchmark's levers: off unless the benchmark (bench/run.ts) switches them on. */
  bench: {
    /** ASTRO_DEFER_RENDER=1: render narratives when a page needs them, not while loading. */
    deferRender: boolean;
    /** TIMELINE_NO_CACHE=1: every page loads the collections itself (no memoised loader). */
    noCache: boolean;
    /** ASTRO_COLLECTION_STORAGE=chunked: Astro's experimental chunked content store. */
    chunkedStorage: boolean;
    /** TIMELINE_NO_OG_IMAGES=1: skip the social card images, to measure what they cost. */
    noOgImages: boolean;
  };
}

const isTrue = (value: string | undefined) => value !== undefined && /^(1|true|yes)$/i.test(value);

/** Reads the settings from an environment (by default the process's own). */
export function readEnv(env: Record<string, string | undefined> = process.env): TimelineEnv {
  return {
    siteUrl: env.SITE_URL || DEFAULT_SITE_URL,
    siteUrlIsDefault: !env.SITE_URL,
    basePath: env.BASE_PATH || '/',
    contentDir: env.CONTENT_DIR || './content',
    cacheDir: env.ASTRO_CACHE_DIR || './node_modules/.astro',
    ogCacheDir: env.OG_CACHE_DIR || `${env.ASTRO_CACHE_DIR || './node_modules/.astro'}/og-images`,
    deploying: isTrue(env.CI) || isTrue(env.DEPLOY),
    incremental: env.ASTRO_INCREMENTAL_BUILD !== '0',
    bench: {
      deferRender: env.ASTRO_DEFER_RENDER === '1',
      noCache: env.TIMELINE_NO_CACHE === '1',
      chunkedStorage: env.ASTRO_COLLECTION_STORAGE === 'chunked',
      noOgImages: env.TIMELINE_NO_OG_IMAGES === '1',
    },
  };
}

/** This process's settings. */
export const ENV: TimelineEnv = readEnv();
