import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { linkTree } from '../io/link-tree';
import { withoutDrafts, type ContentSet } from '../model/entry';
import { buildTimeline } from '../model/timeline';
import { MAIN_SHARD, searchShards, type SearchRecord, type SearchShard } from '../site/search-records';

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** The list of the shards the browser merges into the main index, in `<outDir>/pagefind/`. */
export const SHARDS_FILE = 'shards.json';

/** Sends the records to Pagefind in batches (each record is a round trip to its process). */
async function addRecords(index: Index, records: SearchRecord[]): Promise<void> {
  for (let i = 0; i < records.length; i += 500) {
    const added = await Promise.all(records.slice(i, i + 500).map((r) => index.addCustomRecord(r)));
    const errors = added.flatMap((a) => a.errors);
    if (errors.length) throw new Error(`Pagefind could not add a record: ${errors.join('; ')}`);
  }
}

/** A digest of a shard's records and of the Pagefind version that indexes them. */
function digestOf(shard: SearchShard, version: string): string {
  return createHash('sha1').update(version).update(shard.name).update(JSON.stringify(shard.records)).digest('hex');
}

/** What a merged shard needs: its entry, metadata, word index, fragments and filters. */
const SHARD_FILES = /^(pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/;

/**
 * Indexes one shard into `<kept>/<name>/` (through a staging folder) and records its digest
 * beside it. A shard other than the main one keeps only its own index files: the browser loads
 * Pagefind's code and WebAssembly once, from the main index.
 */
async function buildShard(shard: SearchShard, digest: string, kept: string): Promise<void> {
  const staging = path.join(kept, `${shard.name}.next`);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  await addRecords(index, shard.records);
  await rm(staging, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: staging });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  if (shard.name !== MAIN_SHARD)
    for (const name of await readdir(staging))
      if (!SHARD_FILES.test(name)) await rm(path.join(staging, name), { recursive: true });
  // In this order, an interruption leaves no digest that a later build could trust.
  const digestFile = path.join(kept, `${shard.name}.digest`);
  await rm(digestFile, { force: true });
  await rm(path.join(kept, shard.name), { recursive: true, force: true });
  await rename(staging, path.join(kept, shard.name));
  await writeFile(digestFile, digest);
}

/** Indexes the shards whose records changed, one after another; returns how many it indexed. */
async function indexShards(
  shards: SearchShard[],
  kept: string,
  version: string,
): Promise<{ shards: number; records: number }> {
  const indexed = { shards: 0, records: 0 };
  await mkdir(kept, { recursive: true });
  for (const shard of shards) {
    const digest = digestOf(shard, version);
    const previous = await readFile(path.join(kept, `${shard.name}.digest`), 'utf8').catch(() => '');
    if (previous === digest && existsSync(path.join(kept, shard.name))) continue;
    await buildShard(shard, digest, kept);
    indexed.shards += 1;
    indexed.records += shard.records.length;
  }
  return indexed;
}

/** Puts the kept shards in place: the main one as `pagefind/`, the others in it, and their list. */
async function placeShards(shards: SearchShard[], kept: string, out: string): Promise<void> {
  const [main, ...others] = shards.map((s) => s.name);
  if (main !== MAIN_SHARD) throw new Error('Pagefind: the main shard comes first');
  await linkTree(path.join(kept, main), out);
  for (const name of others) await linkTree(path.join(kept, name), path.join(out, name));
  await writeFile(path.join(out, SHARDS_FILE), JSON.stringify(others.map((name) => `${name}/`)));
  // Shards that hold no record any more are not kept.
  const current = new Set(shards.flatMap((s) => [s.name, `${s.name}.digest`]));
  for (const name of await readdir(kept)) if (!current.has(name)) await rm(path.join(kept, name), { recursive: true });
}

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` from the content itself, not from
 * the built pages: one record per event, quote, actor and source, in shards by month
 * (src/site/search-records.ts) that the search page merges. Indexing and writing start when the
 * build starts (after Astro's content sync), in Pagefind's own process and into the cache
 * directory, so they run on another core while Astro bundles and renders; when the build is done,
 * the shards are linked into place. Each shard is kept in the cache with the digest of its
 * records and indexed again only when one of them changed: a new article re-indexes the shards of
 * its months, a change of code or style none. Any Pagefind error fails the build.
 */
export default function pagefindIntegration(options: { content: () => Promise<ContentSet> }): AstroIntegration {
  let root = '';
  let kept = '';
  let indexing: Promise<{ shards: SearchShard[]; indexed: { shards: number; records: number } }> | undefined;
  return {
    name: 'timeline-pagefind',
    hooks: {
      'astro:config:done': async ({ config }) => {
        root = fileURLToPath(config.root);
        kept = fileURLToPath(new URL('pagefind-shards/', config.cacheDir));
        // The single index that earlier versions kept, which nothing reads any more.
        for (const old of ['pagefind/', 'pagefind-next/', 'pagefind.digest'])
          await rm(fileURLToPath(new URL(old, config.cacheDir)), { recursive: true, force: true });
      },
      // After Astro's content sync, which it would slow down (both use the CPU), and beside the
      // bundling and rendering that follow.
      'astro:build:start': async () => {
        if (!kept) throw new Error('Pagefind: the configuration was never read');
        const shards = searchShards(buildTimeline(withoutDrafts(await options.content())));
        const version = await readFile(path.join(root, 'node_modules/pagefind/package.json'), 'utf8').catch(() => '');
        indexing = indexShards(shards, kept, version).then((indexed) => ({ shards, indexed }));
        // Not awaited here: the build goes on while Pagefind works. A failure fails build:done.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          if (!indexing) throw new Error('Pagefind indexing never started');
          const { shards, indexed } = await indexing;
          await placeShards(shards, kept, fileURLToPath(new URL('pagefind/', dir)));
          const records = shards.reduce((n, s) => n + s.records.length, 0);
          logger.info(
            indexed.shards === 0
              ? `Pagefind: no record changed, the index of ${records} records in ${shards.length} shards is kept`
              : `Pagefind: indexed ${indexed.records} records in ${indexed.shards} of ${shards.length} shards, kept the rest (${records} records in all)`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
