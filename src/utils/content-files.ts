import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { SCHEMAS, type CollectionName } from '../schemas';
import type { ContentSet, Entry, Problem } from './integrity';

/** The id of a content file: its file name without the extension. */
export function idFromPath(file: string): string {
  return path.basename(file).replace(/\.md$/i, '');
}

/** Formats a zod issue path as `sources[0].excerpt`. */
export function formatFieldPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    out += typeof segment === 'number' ? `[${segment}]` : `${out ? '.' : ''}${String(segment)}`;
  }
  return out || '(front matter)';
}

/**
 * Splits a Markdown file into parsed front matter and body, with the parser Astro itself uses.
 * Throws nothing: a missing or unparsable front matter, or an empty file, comes back as a
 * problem naming the file.
 */
export function parseContentFile(file: string, source: string): { data?: unknown; body: string; problem?: Problem } {
  if (source.trim() === '') return { body: '', problem: { file, field: '(file)', message: 'the file is empty' } };
  try {
    const { frontmatter, rawFrontmatter, content } = parseFrontmatter(source, { frontmatter: 'remove' });
    if (!rawFrontmatter && !/^\uFEFF?\s*---/.test(source)) {
      return { body: source, problem: { file, field: '(front matter)', message: 'no front matter: the file must start with a --- block' } };
    }
    return { data: frontmatter, body: content.trim() };
  } catch (error) {
    return { body: '', problem: { file, field: '(front matter)', message: `invalid YAML: ${(error as Error).message}` } };
  }
}

/**
 * Parses and validates one content file of a collection. `file` names it in problems; the id is
 * its file name.
 */
export function parseEntry(collection: CollectionName, file: string, source: string): { entry?: Entry<unknown>; problems: Problem[] } {
  const parsed = parseContentFile(file, source);
  if (parsed.problem) return { problems: [parsed.problem] };
  const result = SCHEMAS[collection].safeParse(parsed.data);
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) => ({
        file,
        field: issue.code === 'unrecognized_keys' ? formatFieldPath([...issue.path, ...issue.keys]) : formatFieldPath(issue.path),
        message: issue.message,
      })),
    };
  }
  return { entry: { id: idFromPath(file), filePath: file, data: result.data, body: parsed.body }, problems: [] };
}

/**
 * Loads and validates every `.md` file of the four collections under `contentDir`
 * (`articles/`, `actors/`, `events/`, `statements/`), outside Astro: for tests, the ingest
 * command and editors' tools. Entries that fail their schema are reported and left out.
 * File paths in entries and problems are relative to `root` (default: the working directory).
 */
export async function loadContentDir(contentDir: string, root = process.cwd()): Promise<{ content: ContentSet; problems: Problem[] }> {
  const problems: Problem[] = [];
  const content: ContentSet = { articles: [], actors: [], events: [], statements: [] };
  for (const collection of Object.keys(SCHEMAS) as CollectionName[]) {
    const dir = path.join(contentDir, collection);
    let names: string[];
    try {
      names = (await readdir(dir, { recursive: true, withFileTypes: true }))
        .filter((d) => d.isFile() && d.name.toLowerCase().endsWith('.md'))
        .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
        .sort();
    } catch {
      continue;
    }
    // Read in batches (many small files: sequential reads dominate, unbounded ones exhaust handles).
    for (let i = 0; i < names.length; i += 256) {
      const batch = names.slice(i, i + 256);
      const texts = await Promise.all(batch.map((name) => readFile(path.join(dir, name), 'utf8')));
      batch.forEach((name, j) => {
        const file = path.relative(root, path.join(dir, name)).split(path.sep).join('/');
        const { entry, problems: found } = parseEntry(collection, file, texts[j]!);
        problems.push(...found);
        if (entry) (content[collection] as Entry<unknown>[]).push(entry);
      });
    }
  }
  return { content, problems };
}
