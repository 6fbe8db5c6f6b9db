import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { REGISTRY, type CollectionName } from '../registry';
import { idFromPath } from './markdown';

/**
 * A content loader for Markdown files whose body is data, not a page: source articles (kept
 * verbatim, never rendered), statements and actors. Like `glob()` it validates front matter
 * against the collection's schema, keeps the raw body and names entries by file name (two files
 * with the same name fail the build), but it never renders Markdown, which at 10,000 events
 * is most of the loading time. Unchanged files (same digest) are not parsed again.
 */
export function markdownData(base: string, collection: CollectionName): Loader {
  return {
    name: 'timeline-markdown-data',
    load: async ({ store, parseData, generateDigest, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const dir = path.resolve(root, base);
      const sync = async () => {
        const names = existsSync(dir)
          ? (await readdir(dir, { recursive: true, withFileTypes: true }))
              .filter((d) => d.isFile() && d.name.toLowerCase().endsWith('.md'))
              .map((d) => path.join(d.parentPath, d.name))
              .sort()
          : [];
        const seen = new Map<string, string>();
        for (let i = 0; i < names.length; i += 256) {
          const batch = names.slice(i, i + 256);
          const texts = await Promise.all(batch.map((f) => readFile(f, 'utf8')));
          for (const [j, file] of batch.entries()) {
            const id = idFromPath(file);
            const relative = path.relative(root, file).split(path.sep).join('/');
            const twin = seen.get(id);
            if (twin)
              throw new Error(`${relative}: id: duplicate ${REGISTRY[collection].singular} id "${id}" (also ${twin})`);
            seen.set(id, relative);
            const contents = texts[j] ?? '';
            const digest = generateDigest(contents);
            if (store.get(id)?.digest === digest) continue;
            let parsed: ReturnType<typeof parseFrontmatter>;
            try {
              parsed = parseFrontmatter(contents, { frontmatter: 'remove' });
            } catch (error) {
              throw new Error(`${relative}: (front matter): invalid YAML: ${(error as Error).message}`, {
                cause: error,
              });
            }
            const data = await parseData({ id, data: parsed.frontmatter, filePath: file });
            store.set({ id, data, body: parsed.content.trim(), filePath: relative, digest });
          }
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      };
      await sync();
      if (watcher) {
        watcher.add(dir);
        const onChange = (file: string) => {
          if (file.startsWith(dir) && file.endsWith('.md')) sync().catch((error: Error) => logger.error(error.message));
        };
        watcher.on('change', onChange);
        watcher.on('add', onChange);
        watcher.on('unlink', onChange);
      }
    },
  };
}

/**
 * A `glob()` loader for a collection whose Markdown body is rendered (event narratives). Ids are
 * file names, so a permalink survives any edit of the title; two files with the same name in
 * different sub-folders fail the build instead of one silently replacing the other.
 */
export function renderedMarkdown(base: string, collection: CollectionName, options: { deferRender: boolean }): Loader {
  const seen = new Map<string, string>();
  return glob({
    pattern: '**/*.md',
    base,
    deferRender: options.deferRender,
    generateId: ({ entry }) => {
      const id = idFromPath(entry);
      const other = seen.get(id);
      if (other && other !== entry && existsSync(path.join(base, other))) {
        throw new Error(
          `${path.join(base, entry)}: id: duplicate ${REGISTRY[collection].singular} id "${id}" (also ${path.join(base, other)})`,
        );
      }
      seen.set(id, entry);
      return id;
    },
  });
}

/** The loader of a collection, by its registry entry: rendered Markdown or Markdown as data. */
export function collectionLoader(
  contentDir: string,
  collection: CollectionName,
  options: { deferRender: boolean },
): Loader {
  const base = path.join(contentDir, collection);
  return REGISTRY[collection].rendered ? renderedMarkdown(base, collection, options) : markdownData(base, collection);
}
