import { cp, rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { withoutDrafts, type ContentSet } from '../model/entry';
import { buildTimeline } from '../model/timeline';
import { searchRecords } from '../site/search-records';

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Sends the records to Pagefind in batches (each record is a round trip to its process). */
async function addRecords(index: Index, records: ReturnType<typeof searchRecords>): Promise<void> {
  for (let i = 0; i < records.length; i += 500) {
    const added = await Promise.all(records.slice(i, i + 500).map((r) => index.addCustomRecord(r)));
    const errors = added.flatMap((a) => a.errors);
    if (errors.length) throw new Error(`Pagefind could not add a record: ${errors.join('; ')}`);
  }
}

/** Moves a folder into place, copying when it is on another file system. */
async function move(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await rename(from, to).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  });
}

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` from the content itself, not from
 * the built pages: one record per event, quote, actor and source (src/site/search-records.ts).
 * Indexing and writing start when the build starts (after Astro's content sync), in Pagefind's
 * own process and into a folder of the cache directory, so they run on another core while Astro
 * bundles and renders; when the build is done, the finished index is moved into place.
 * Any Pagefind error fails the build.
 */
export default function pagefindIntegration(options: { content: () => Promise<ContentSet> }): AstroIntegration {
  let staging = '';
  let indexing: Promise<number> | undefined;
  return {
    name: 'timeline-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        staging = fileURLToPath(new URL('pagefind-next/', config.cacheDir));
      },
      // After Astro's content sync, which it would slow down (both use the CPU), and beside the
      // bundling and rendering that follow.
      'astro:build:start': async () => {
        const records = searchRecords(buildTimeline(withoutDrafts(await options.content())));
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        indexing = (async () => {
          await addRecords(index, records);
          await rm(staging, { recursive: true, force: true });
          const written = await index.writeFiles({ outputPath: staging });
          if (written.errors.length)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          return records.length;
        })();
        // Not awaited here: the build goes on while Pagefind works. A failure fails build:done.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          if (!indexing) throw new Error('Pagefind indexing never started');
          const records = await indexing;
          await move(staging, fileURLToPath(new URL('pagefind/', dir)));
          logger.info(`Pagefind indexed ${records} records (events, quotes, actors, sources)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
