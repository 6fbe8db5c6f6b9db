import { existsSync } from 'node:fs';
import { open, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Folders whose writers replace or prune their own files (Vite, Pagefind, the social cards). */
const OWN_FOLDERS = ['_astro', 'pagefind', 'og'];

/** What the last finished build wrote: its output folder and the build it was (see `buildOf`). */
interface Stamp {
  outDir: string;
  build: string | undefined;
}

/**
 * Which build wrote a dist/: the time in its data export, which every build writes anew. Read
 * from the file's first bytes; undefined when there is none.
 */
async function buildOf(outDir: string): Promise<string | undefined> {
  const file = path.join(outDir, 'data/timeline.json');
  if (!existsSync(file)) return undefined;
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(200), 0, 200, 0);
    return /"generated": "([^"]+)"/.exec(buffer.subarray(0, bytesRead).toString('utf8'))?.[1];
  } finally {
    await handle.close();
  }
}

/** Every file under `dir`, as paths relative to it (with `/`). */
async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/**
 * The files of `outDir` that this build did not produce: neither a route's output (rendered or
 * kept), nor a public file, nor in a folder whose writer keeps it current, nor a sitemap.
 */
export function staleFiles(files: string[], produced: Set<string>, publicFiles: Set<string>): string[] {
  return files.filter(
    (f) =>
      !produced.has(f) &&
      !publicFiles.has(f) &&
      !OWN_FOLDERS.some((folder) => f.startsWith(`${folder}/`)) &&
      !/^sitemap-[\w-]+\.xml$/.test(f),
  );
}

/** Removes the empty folders under `dir` (deepest first), leaving `dir` itself. */
async function removeEmptyFolders(dir: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const folders = entries
    .filter((e) => e.isDirectory())
    .map((e) => path.join(e.parentPath, e.name))
    .sort((a, b) => b.length - a.length);
  for (const folder of folders) await rmdir(folder).catch(() => undefined);
}

/**
 * Lets an incremental build keep `dist/` instead of emptying it: Astro then leaves every page
 * whose cache key and code are unchanged where it is (no copy from its cache), and renders the
 * rest. After the build, files no route produced any more (a deleted event's page, an old
 * stylesheet) are removed, so `dist/` is exactly what a clean build writes.
 *
 * `dist/` is kept only when it is the one the last successful build with this cache wrote (a
 * stamp in the cache directory, removed while a build runs): after a failed build, or for
 * another output folder, it is emptied first, as Astro would.
 */
export default function incrementalDist(options: { enabled: boolean }): AstroIntegration {
  let outDir = '';
  let publicDir = '';
  let stampFile = '';
  let cacheDir = '';
  return {
    name: 'timeline-incremental-dist',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        if (options.enabled) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        publicDir = fileURLToPath(config.publicDir);
        cacheDir = fileURLToPath(config.cacheDir);
        stampFile = path.join(cacheDir, 'dist-stamp.json');
      },
      'astro:build:start': async ({ logger }) => {
        // Removed first, whatever the mode: until this build succeeds, dist/ is not its output.
        const stamp = existsSync(stampFile) ? (JSON.parse(await readFile(stampFile, 'utf8')) as Stamp) : undefined;
        await rm(stampFile, { force: true });
        if (!options.enabled) return;
        if (stamp?.outDir === outDir && stamp.build === (await buildOf(outDir))) {
          // Written anew by every build: Vite's assets, and the sitemap's chunks (fewer, maybe).
          const sitemaps = (await readdir(outDir)).filter((f) => /^sitemap-[\w-]+\.xml$/.test(f));
          await Promise.all(
            [...sitemaps, '_astro'].map((f) => rm(path.join(outDir, f), { recursive: true, force: true })),
          );
          return;
        }
        // A failed or interrupted build may have left pages in Astro's cache newer than its record
        // of their keys, and dist/ may come from another build: start over, as with --force.
        logger.info('no finished build with this cache wrote this dist/: building everything');
        await Promise.all(
          [outDir, path.join(cacheDir, 'dist'), path.join(cacheDir, 'incremental-build.json')].map((p) =>
            rm(p, { recursive: true, force: true }),
          ),
        );
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        if (!options.enabled) return;
        const out = fileURLToPath(dir);
        const produced = new Set(
          [...assets.values()].flat().map((url) => path.relative(out, fileURLToPath(url)).split(path.sep).join('/')),
        );
        const stale = staleFiles(await filesUnder(out), produced, new Set(await filesUnder(publicDir)));
        await Promise.all(stale.map((f) => rm(path.join(out, f), { force: true })));
        if (stale.length > 0) await removeEmptyFolders(out);
        if (stale.length > 0) logger.info(`removed ${stale.length} file(s) no route produces any more`);
        await writeFile(stampFile, JSON.stringify({ outDir, build: await buildOf(out) } satisfies Stamp));
      },
    },
  };
}
