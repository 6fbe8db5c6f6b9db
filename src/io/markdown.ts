/** Content files: a Markdown file split into front matter and body, and validated against its collection's schema. */
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import * as yaml from 'js-yaml';
import { schemaOf, type CollectionName } from '../registry';
import type { Entry, Problem } from '../model/entry';

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
      return {
        body: source,
        problem: { file, field: '(front matter)', message: 'no front matter: the file must start with a --- block' },
      };
    }
    return { data: frontmatter, body: content.trim() };
  } catch (error) {
    return {
      body: '',
      problem: { file, field: '(front matter)', message: `invalid YAML: ${(error as Error).message}` },
    };
  }
}

/**
 * Parses and validates one content file of a collection. `file` names it in problems; the id is
 * its file name.
 */
export function parseEntry(
  collection: CollectionName,
  file: string,
  source: string,
): { entry?: Entry<unknown>; problems: Problem[] } {
  const parsed = parseContentFile(file, source);
  if (parsed.problem) return { problems: [parsed.problem] };
  const result = schemaOf(collection).safeParse(parsed.data);
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) => ({
        file,
        field:
          issue.code === 'unrecognized_keys'
            ? formatFieldPath([...issue.path, ...issue.keys])
            : formatFieldPath(issue.path),
        message: issue.message,
      })),
    };
  }
  return { entry: { id: idFromPath(file), filePath: file, data: result.data, body: parsed.body }, problems: [] };
}

/** A Markdown file: YAML front matter (every string quoted) and an optional body. */
export function markdownFile(data: Record<string, unknown>, body = ''): string {
  const clean = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
  const front = yaml.dump(clean, {
    forceQuotes: true,
    quotingType: '"',
    lineWidth: -1,
    noRefs: true,
  } as yaml.DumpOptions);
  return `---\n${front}---\n${body ? `\n${body}` : ''}`;
}
