import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeCardPng } from '../io/og-image';
import type { TimelineExport } from '../site/export';
import { eventCardSvg } from '../site/og-card';

/**
 * Draws each event's social card (`/og/<id>.png`, its page's og:image) at the end of the build,
 * from the data export the build has just written, as many at once as the machine has cores.
 * Cards are kept by content hash in `cacheDir` (OG_CACHE_DIR): a rebuild links unchanged cards.
 */
export default function ogImages(options: { cacheDir: string; skip: boolean }): AstroIntegration {
  return {
    name: 'timeline-og-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        if (options.skip) {
          // The benchmark's lever TIMELINE_NO_OG_IMAGES=1; a kept dist/ may hold earlier cards.
          await rm(path.join(outDir, 'og'), { recursive: true, force: true });
          return;
        }
        const data = JSON.parse(await readFile(path.join(outDir, 'data/timeline.json'), 'utf8')) as TimelineExport;
        const cacheDir = path.resolve(options.cacheDir);
        await mkdir(cacheDir, { recursive: true });
        await mkdir(path.join(outDir, 'og'), { recursive: true });
        // A kept dist/ (incremental builds) may hold cards of events that are gone.
        const current = new Set(data.events.map((e) => `${e.id}.png`));
        const gone = (await readdir(path.join(outDir, 'og'))).filter((f) => !current.has(f));
        await Promise.all(gone.map((f) => rm(path.join(outDir, 'og', f), { force: true })));
        const started = performance.now();
        let drawn = 0;
        const queue = [...data.events];
        const worker = async () => {
          for (let e = queue.shift(); e; e = queue.shift()) {
            const svg = eventCardSvg({ ...e, endDate: e.endDate ?? undefined });
            if (await writeCardPng(svg, path.join(outDir, 'og', `${e.id}.png`), cacheDir)) drawn++;
          }
        };
        await Promise.all(Array.from({ length: Math.max(2, os.availableParallelism()) }, worker));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${data.events.length} social cards (${drawn} drawn, the rest kept) in ${seconds} s`);
      },
    },
  };
}
