import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { actorSchema, articleSchema, eventSchema, statementSchema, type CollectionName } from './schemas';
import { markdownData } from './lib/data-loader';
import { idFromPath } from './utils/content-files';

/** Where the content lives; overridable (e.g. by the benchmark) with CONTENT_DIR. */
const CONTENT_DIR = process.env.CONTENT_DIR || './content';

/**
 * One collection per folder of `CONTENT_DIR`. An entry's id is its file name, so a
 * permalink survives any edit of the title. Two files with the same name (in different
 * sub-folders) fail the build instead of one silently replacing the other. Events, whose
 * narratives are rendered, use `glob()`; the other collections `markdownData()`.
 */
function loader(name: CollectionName) {
  const seen = new Map<string, string>();
  const base = path.join(CONTENT_DIR, name);
  return glob({
    pattern: '**/*.md',
    base,
    // Render Markdown when a page needs it rather than when loading (a benchmark lever).
    deferRender: process.env.ASTRO_DEFER_RENDER === '1',
    generateId: ({ entry }) => {
      const id = idFromPath(entry);
      const other = seen.get(id);
      if (other && other !== entry && existsSync(path.join(base, other))) {
        throw new Error(`${path.join(base, entry)}: id: duplicate ${name.slice(0, -1)} id "${id}" (also ${path.join(base, other)})`);
      }
      seen.set(id, entry);
      return id;
    },
  });
}

/** Collections whose body is data (articles are kept verbatim and never rendered). */
const data = (name: CollectionName) => markdownData(path.join(CONTENT_DIR, name), name);

export const collections = {
  articles: defineCollection({ loader: data('articles'), schema: articleSchema }),
  actors: defineCollection({ loader: data('actors'), schema: actorSchema }),
  events: defineCollection({ loader: loader('events'), schema: eventSchema }),
  statements: defineCollection({ loader: data('statements'), schema: statementSchema }),
};
