import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The files whose change changes what a content entry parses or renders to: the schemas, and the
 * remark plugin that makes narratives safe (Astro's own hashes see neither: the config hash drops
 * functions, and the plugin is in no page's module graph).
 */
const SCHEMA_SOURCES = ['src/registry.ts', 'src/schemas', 'src/site/remark-safe.ts'];

/** What Astro's content layer writes into the project's `.astro/` folder from the store. */
const CONTENT_LISTS = ['content-assets.mjs', 'content-modules.mjs'];

/** A digest of the schema sources under `root`. */
async function schemaDigest(root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const source of SCHEMA_SOURCES) {
    const full = path.join(root, source);
    if (!existsSync(full)) continue;
    const files = source.endsWith('.ts')
      ? [full]
      : (await readdir(full, { recursive: true }))
          .filter((f) => f.endsWith('.ts'))
          .sort()
          .map((f) => path.join(full, f));
    for (const file of files) hash.update(file).update(await readFile(file));
  }
  return hash.digest('hex');
}

/**
 * Keeps Astro's content store from serving data parsed by an older schema. Astro clears the store
 * when `src/content.config.ts` itself changes, but not when a schema it imports does, and its
 * loaders skip unchanged files: after a schema change, entries would keep their old shape (a new
 * field with a default would be missing). This clears the store whenever the schemas or the
 * narratives' remark plugin change, and with it the incremental build's record of page keys, so
 * that no kept page shows what the old code made of the content. It also makes each build write
 * the store's lists of imported images and modules afresh (see `CONTENT_LISTS`).
 */
export default function schemaGuard(): AstroIntegration {
  return {
    name: 'timeline-schema-guard',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        // The store is in the cache directory, but Astro writes the list of the images (and
        // modules) its entries import into the project's own .astro/ folder, and rewrites that
        // list only when the store's changed: after a build of other content with another cache
        // (the tests' sites, CONTENT_DIR), a kept store would bundle that content's list, and a
        // narrative's image would come out as an unprocessed placeholder. Without the files,
        // Astro writes them from this build's store.
        if (command === 'build') {
          for (const list of CONTENT_LISTS) await rm(new URL(list, new URL('.astro/', config.root)), { force: true });
        }
        const cacheDir = fileURLToPath(config.cacheDir);
        const marker = path.join(cacheDir, 'timeline-schema-digest');
        const digest = await schemaDigest(fileURLToPath(config.root));
        const previous = existsSync(marker) ? await readFile(marker, 'utf8') : undefined;
        if (previous === digest) return;
        if (previous !== undefined || existsSync(path.join(cacheDir, 'data-store.json'))) {
          await rm(path.join(cacheDir, 'data-store.json'), { force: true });
          await rm(path.join(cacheDir, 'incremental-build.json'), { force: true });
          logger.info('the content schemas or the Markdown plugin changed: content store and page keys cleared');
        }
        await mkdir(cacheDir, { recursive: true });
        await writeFile(marker, digest);
      },
    },
  };
}
