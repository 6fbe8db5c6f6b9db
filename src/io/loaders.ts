import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { REGISTRY, type CollectionName } from '../registry';
import { idFromPath } from './markdown';

/** The front matter and trimmed body of a Markdown file; invalid YAML names the file. */
function frontMatterOf(contents: string, file: string): { data: Record<string, unknown>; body: string } {
  try {
    const parsed = parseFrontmatter(contents, { frontmatter: 'remove' });
    return { data: parsed.frontmatter, body: parsed.content.trim() };
  } catch (error) {
    throw new Error(`${file}: (front matter): invalid YAML: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Renders a Markdown body (front matter already removed and trimmed, as `glob()` renders it) with
 * the configured Markdown processor. `renderMarkdown` reads front matter first, so the body is
 * given an empty one: a body that itself opens with a `---` line is still rendered as written.
 */
async function renderBody(
  renderMarkdown: LoaderContext['renderMarkdown'],
  body: string,
  file: string,
  relative: string,
): ReturnType<LoaderContext['renderMarkdown']> {
  try {
    return await renderMarkdown(`---\n---\n${body}`, { fileURL: pathToFileURL(file) });
  } catch (error) {
    throw new Error(`${relative}: (body): cannot render the Markdown: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * A content loader for the Markdown files of a collection. Like `glob()` it validates front matter
 * against the collection's schema, keeps the raw body and names entries by file name (two files
 * with the same name fail the build), but a file whose digest is unchanged is not parsed again
 * (`glob()` parses every file's front matter before it compares digests), and a body is rendered
 * only for a collection whose body a page shows (`render`: event narratives, with the configured
 * Markdown processor); source articles, statements and actors keep theirs as data. A body that
 * cannot be rendered fails the build.
 */
export function markdownData(base: string, collection: CollectionName, options = { render: false }): Loader {
  return {
    name: 'timeline-markdown-data',
    load: async ({ store, parseData, generateDigest, renderMarkdown, config, watcher, logger }) => {
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
            const { data: raw, body } = frontMatterOf(contents, relative);
            const data = await parseData({ id, data: raw, filePath: file });
            const rendered = options.render ? await renderBody(renderMarkdown, body, file, relative) : undefined;
            const entry = { id, data, body, filePath: relative, digest };
            // Images a narrative embeds are resolved and bundled by Astro, as glob() has them.
            const assetImports = rendered?.metadata?.imagePaths ?? [];
            store.set(rendered ? { ...entry, rendered, assetImports } : entry);
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
 * A `glob()` loader for a collection whose Markdown body is rendered, used only for the
 * benchmark's `deferRender` lever (Markdown rendered by each page). Ids are file names; two
 * files with the same name in different sub-folders fail the build.
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
  const render = REGISTRY[collection].rendered;
  return render && options.deferRender
    ? renderedMarkdown(base, collection, options)
    : markdownData(base, collection, { render });
}
