import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A site the test projects build once, in their global setup, and then read. */
export interface TestSite {
  /** The content folder it is built from. */
  contentDir: string;
  /** The build output. */
  outDir: string;
  /** Its own Astro cache (content store), so that builds of other content never share one. */
  cacheDir: string;
  /** BASE_PATH of the build, `/` or e.g. `/timeline`. */
  base: string;
  /** SITE_URL of the build. */
  site: string;
}

const OUTPUT = path.resolve('tests/.output/sites');

/**
 * The sites under test:
 * - `real`: the live `content/`, which grows with every article. Tests of it check invariants only
 *   (every event has its page, links resolve, feeds list every event…), never counts or ids. It
 *   is built under a sub-path and at the SITE_URL given to the tests, if any, so that links,
 *   feeds and canonical URLs are proved to follow both. With TEST_REAL_DIST set (the deploy
 *   workflow), it is not built again: the tests read that `dist/`, the one that is deployed, built
 *   with the same SITE_URL and BASE_PATH.
 * - `grown`: the live content after an editor's next articles: test articles under
 *   tests/fixtures/ ingested and published the way an editor would (tests/editor.ts), built as the
 *   deploy workflow builds (CI=true, SITE_URL and BASE_PATH set). The same invariants must hold.
 * - `fixture`: a frozen copy of the content (tests/fixtures/site/), where tests may expect
 *   specific events, quotes and pages.
 */
export const SITES = {
  real: {
    contentDir: path.resolve('content'),
    outDir: process.env.TEST_REAL_DIST ? path.resolve(process.env.TEST_REAL_DIST) : path.join(OUTPUT, 'real/dist'),
    cacheDir: path.join(OUTPUT, 'real/cache'),
    // The deployed dist/ is at the root unless BASE_PATH says otherwise; a test build is not.
    base: process.env.BASE_PATH || (process.env.TEST_REAL_DIST ? '/' : '/timeline'),
    site: process.env.SITE_URL || 'https://timeline.example.org',
  },
  grown: {
    contentDir: path.join(OUTPUT, 'grown/content'),
    outDir: path.join(OUTPUT, 'grown/dist'),
    cacheDir: path.join(OUTPUT, 'grown/cache'),
    base: '/grown',
    site: 'https://grown.example.org',
  },
  fixture: {
    contentDir: path.resolve('tests/fixtures/site'),
    outDir: path.join(OUTPUT, 'fixture/dist'),
    cacheDir: path.join(OUTPUT, 'fixture/cache'),
    base: '/',
    site: 'http://localhost:4321',
  },
} satisfies Record<string, TestSite>;

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');

/**
 * The environment of a child build: the parent's, without what Vitest puts into it (Vite's
 * BASE_URL, MODE, DEV, PROD, SSR, VITEST…, NODE_ENV=test), which a build must not inherit.
 */
export function childEnv(extra: Record<string, string>): Record<string, string> {
  const inherited = Object.entries(process.env).filter(
    (entry): entry is [string, string] =>
      entry[1] !== undefined && !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST|NODE_ENV)$/.test(entry[0]),
  );
  return { ...Object.fromEntries(inherited), NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

const LOCK = path.resolve('tests/.output/astro.lock');

/** True when a process with this id is running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs `fn` while no other test process runs Astro in this checkout. Whatever its cache and output
 * directories, every `astro build` and `astro dev` writes the project's own `.astro/` folder
 * (`content-assets.mjs`, the list of images the content imports), so two builds of different
 * content at once can bundle each other's list: a narrative's image came out as an unprocessed
 * placeholder. The lock is a directory (created atomically) holding the holder's process id; a
 * lock whose holder is gone is taken over.
 */
export async function withAstroLock<T>(fn: () => Promise<T>): Promise<T> {
  await mkdir(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(await readFile(path.join(LOCK, 'pid'), 'utf8').catch(() => ''));
      // A lock without a process id is being taken, unless it is older than any build start.
      const made = (await stat(LOCK).catch(() => undefined))?.mtimeMs ?? Date.now();
      const stale = holder ? !alive(holder) : Date.now() - made > 30_000;
      if (stale) await rm(LOCK, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    await writeFile(path.join(LOCK, 'pid'), String(process.pid));
    return await fn();
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}

/** Runs the real `astro build` of a test site; resolves with its exit status and output. */
export async function buildTestSite(
  site: TestSite,
  options: { env?: Record<string, string>; keepOutDir?: boolean } = {},
): Promise<{ status: number | null; output: string }> {
  if (!options.keepOutDir) await rm(site.outDir, { recursive: true, force: true });
  await mkdir(site.outDir, { recursive: true });
  const env = childEnv({
    CONTENT_DIR: site.contentDir,
    ASTRO_CACHE_DIR: site.cacheDir,
    BASE_PATH: site.base,
    SITE_URL: site.site,
    ...options.env,
  });
  return withAstroLock(async () => {
    const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', site.outDir], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return { status, output };
  });
}

/** Builds the given sites (one at a time: {@link withAstroLock}); throws with a failed build's output. */
export async function buildTestSites(sites: TestSite[]): Promise<void> {
  const results = await Promise.all(sites.map((site) => buildTestSite(site)));
  results.forEach(({ status, output }, i) => {
    if (status !== 0) throw new Error(`the build of ${sites[i]?.contentDir} failed:\n${output}`);
  });
}

/** Reading a built test site: files by site path, text, and the JSON export. */
export function builtSite(site: TestSite) {
  const prefix = site.base.replace(/\/+$/, '');
  /** The file a site path (`/timeline/events/x/#anchor`) is served from. */
  const fileFor = (page: string): string => {
    const clean = (page.split('#')[0] ?? '').slice(prefix.length);
    return path.join(site.outDir, clean.endsWith('/') ? `${clean}index.html` : clean);
  };
  return {
    ...site,
    prefix,
    fileFor,
    /** A site path with the base: `/events/x/` → `/timeline/events/x/`. */
    url: (sitePath: string) => `${prefix}${sitePath}`,
  };
}
