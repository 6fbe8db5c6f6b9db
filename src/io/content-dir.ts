import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTIONS } from '../registry';
import { emptyContent, type ContentSet, type Entry, type Problem } from '../model/entry';
import { parseEntry } from './markdown';

/** The `.md` files of a folder and its sub-folders, relative to it and sorted; none if it is missing. */
export async function markdownFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((d) => d.isFile() && d.name.toLowerCase().endsWith('.md'))
      .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
      .sort();
  } catch {
    return [];
  }
}

/**
 * Loads and validates every `.md` file of every collection under `contentDir`
 * (one folder per collection of the registry), outside Astro: for tests, the ingest
 * command and editors' tools. Entries that fail their schema are reported and left out.
 * File paths in entries and problems are relative to `root` (default: the working directory).
 */
export async function loadContentDir(
  contentDir: string,
  root = process.cwd(),
): Promise<{ content: ContentSet; problems: Problem[] }> {
  const problems: Problem[] = [];
  const content = emptyContent();
  for (const collection of COLLECTIONS) {
    const dir = path.join(contentDir, collection);
    const names = await markdownFiles(dir);
    // Read in batches (many small files: sequential reads dominate, unbounded ones exhaust handles).
    for (let i = 0; i < names.length; i += 256) {
      const batch = names.slice(i, i + 256);
      const texts = await Promise.all(batch.map((name) => readFile(path.join(dir, name), 'utf8')));
      batch.forEach((name, j) => {
        const file = path.relative(root, path.join(dir, name)).split(path.sep).join('/');
        const { entry, problems: found } = parseEntry(collection, file, texts[j] ?? '');
        problems.push(...found);
        if (entry) (content[collection] as Entry<unknown>[]).push(entry);
      });
    }
  }
  return { content, problems };
}
