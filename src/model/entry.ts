import { COLLECTIONS, type CollectionName, type DataOf } from '../registry';

/** One content entry: its id (the file name), the file it came from, its data and body. */
export interface Entry<T> {
  id: string;
  /** Path of the source file, relative to the project root where possible. */
  filePath: string;
  data: T;
  /** The Markdown body (for articles: the article text, verbatim). */
  body: string;
}

/** Every collection's entries, as loaded by Astro or by the file loader. */
export type ContentSet = { [K in CollectionName]: Entry<DataOf<K>>[] };

/** What is wrong, and where: the file, the field (a dotted path such as `sources[0].excerpt`), why. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** Formats problems one per line as `file: field: message`, the form every error message takes. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}

/** Thrown when content breaks a rule; its message lists every problem. */
export class ContentIntegrityError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `Content integrity check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        formatProblems(problems),
    );
    this.name = 'ContentIntegrityError';
  }
}

/** An empty content set. */
export function emptyContent(): ContentSet {
  return Object.fromEntries(COLLECTIONS.map((name) => [name, []])) as unknown as ContentSet;
}

/** The content without entries marked `draft: true`, as production builds publish it. */
export function withoutDrafts(content: ContentSet): ContentSet {
  const keep = (entries: Entry<{ draft: boolean }>[]) => entries.filter((e) => !e.data.draft);
  return Object.fromEntries(COLLECTIONS.map((name) => [name, keep(content[name])])) as unknown as ContentSet;
}

/** Every entry of every collection, with its collection's name. */
export function allEntries(content: ContentSet): Array<{ collection: CollectionName; entry: Entry<unknown> }> {
  return COLLECTIONS.flatMap((collection) =>
    content[collection].map((entry: Entry<unknown>) => ({ collection, entry })),
  );
}
