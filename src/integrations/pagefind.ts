import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { linkTree } from '../io/link-tree';
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

/** Where the index is kept between builds, and the digest of the records it was built from. */
interface Kept {
  staging: string;
  index: string;
  digest: string;
}

/** How the index is built: part of its digest, with the records and Pagefind's version. */
const INDEX_OPTIONS = { forceLanguage: 'en' } as const;

/** A digest of the records, of the options and of the Pagefind version that indexes them. */
async function digestOf(records: ReturnType<typeof searchRecords>, root: string): Promise<string> {
  const version = await readFile(path.join(root, 'node_modules/pagefind/package.json'), 'utf8').catch(() => '');
  return createHash('sha1')
    .update(version)
    .update(JSON.stringify(INDEX_OPTIONS))
    .update(JSON.stringify(records))
    .digest('hex');
}

/** Builds the index of the records into `kept.index` (through `kept.staging`) and records its digest. */
async function buildIndex(records: ReturnType<typeof searchRecords>, digest: string, kept: Kept): Promise<void> {
  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
  if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  await addRecords(index, records);
  await rm(kept.staging, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: kept.staging });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  // In this order, an interruption leaves no digest that a later build could trust.
  await rm(kept.digest, { force: true });
  await rm(kept.index, { recursive: true, force: true });
  await rename(kept.staging, kept.index);
  await writeFile(kept.digest, digest);
}

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` from the content itself, not from
 * the built pages: one record per event, quote, actor and source (src/site/search-records.ts).
 * Indexing and writing start as soon as the content has passed its check (before Astro's own
 * content sync), in Pagefind's own process and into the cache directory, so they run on another
 * core while Astro syncs, bundles and renders; when the build is done, the index is linked into
 * place. The index is kept in the cache with the digest of its records: when no record changed
 * (a change of code or style only), the kept index is used as it is. Any Pagefind error fails the
 * build.
 */
export default function pagefindIntegration(options: { content: () => Promise<ContentSet> }): AstroIntegration {
  let building = false;
  let indexing: Promise<{ index: string; records: number; reused: boolean }> | undefined;
  return {
    name: 'timeline-pagefind',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      // As soon as the content check (an earlier integration's config:done) has passed: Pagefind
      // then works in its own process while Astro syncs the content, bundles and renders.
      'astro:config:done': async ({ config }) => {
        if (!building) return;
        const root = fileURLToPath(config.root);
        const inCache = (name: string) => fileURLToPath(new URL(name, config.cacheDir));
        const kept = {
          staging: inCache('pagefind-next/'),
          index: inCache('pagefind/'),
          digest: inCache('pagefind.digest'),
        };
        const records = searchRecords(buildTimeline(withoutDrafts(await options.content())));
        const digest = await digestOf(records, root);
        const previous = await readFile(kept.digest, 'utf8').catch(() => '');
        const reused = previous === digest && existsSync(kept.index);
        indexing = (reused ? Promise.resolve() : buildIndex(records, digest, kept)).then(() => ({
          index: kept.index,
          records: records.length,
          reused,
        }));
        // Not awaited here: the build goes on while Pagefind works. A failure fails build:done.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          if (!indexing) throw new Error('Pagefind indexing never started');
          const { index, records, reused } = await indexing;
          await linkTree(index, fileURLToPath(new URL('pagefind/', dir)));
          logger.info(
            reused
              ? `Pagefind: no record changed, the index of ${records} records is kept`
              : `Pagefind indexed ${records} records (events, quotes, actors, sources)`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
