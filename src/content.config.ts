import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { SCHEMAS, type CollectionName } from './schemas';
import { idFromPath } from './utils/content-files';

/** Where the content lives; overridable (e.g. by the benchmark) with CONTENT_DIR. */
const CONTENT_DIR = process.env.CONTENT_DIR || './content';

/**
 * One collection per folder of `CONTENT_DIR`. An entry's id is its file name, so a
 * permalink survives any edit of the title. Two files with the same name (in different
 * sub-folders) fail the build instead of one silently replacing the other.
 */
function collection<N extends CollectionName>(name: N) {
  const seen = new Map<string, string>();
  const base = path.join(CONTENT_DIR, name);
  return defineCollection({
    loader: glob({
      pattern: '**/*.md',
      base,
      generateId: ({ entry }) => {
        const id = idFromPath(entry);
        const other = seen.get(id);
        if (other && other !== entry && existsSync(path.join(base, other))) {
          throw new Error(`${path.join(base, entry)}: id: duplicate ${name} id "${id}" (also ${path.join(base, other)})`);
        }
        seen.set(id, entry);
        return id;
      },
    }),
    schema: SCHEMAS[name] as (typeof SCHEMAS)[N],
  });
}

export const collections = {
  articles: collection('articles'),
  actors: collection('actors'),
  events: collection('events'),
  statements: collection('statements'),
};
