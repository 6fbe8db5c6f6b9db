import type { Article } from '../../schemas';
import { COLLECTIONS, REGISTRY, type CollectionName } from '../../registry';
import type { ContentSet, Entry, Problem } from '../entry';
import { includesNormalized, normalizeForMatch } from '../text';

/** What every rule receives: the content, its entries by id, and verbatim matching on articles. */
export interface RuleContext {
  content: ContentSet;
  /** Each collection's entries by id (the first of duplicates). */
  byId: { [K in CollectionName]: Map<string, Entry<unknown>> };
  /** An article's text, normalised once for verbatim matching. */
  textOf(article: Entry<Article>): string;
  /** True when `needle` occurs (normalised) in the article's text. */
  occursIn(article: Entry<Article>, needle: string): boolean;
  /** The article with this id, if there is one. */
  article(id: string): Entry<Article> | undefined;
}

/** A rule reports every problem it finds; an empty list means the content keeps it. */
export type Rule = (context: RuleContext) => Problem[];

/** Builds the context the rules share (indexes and normalised article texts). */
export function ruleContext(content: ContentSet): RuleContext {
  const byId = Object.fromEntries(
    COLLECTIONS.map((name) => {
      const map = new Map<string, Entry<unknown>>();
      for (const entry of content[name] as Entry<unknown>[]) if (!map.has(entry.id)) map.set(entry.id, entry);
      return [name, map];
    }),
  ) as RuleContext['byId'];
  const normalized = new Map<string, string>();
  const textOf = (article: Entry<Article>) => {
    let text = normalized.get(article.id);
    if (text === undefined) normalized.set(article.id, (text = normalizeForMatch(article.body)));
    return text;
  };
  return {
    content,
    byId,
    textOf,
    occursIn: (article, needle) => includesNormalized(textOf(article), needle),
    article: (id) => byId.articles.get(id) as Entry<Article> | undefined,
  };
}

/** The message for an id that names no entry of `target`. */
export function unknownId(target: CollectionName, id: string): string {
  return `unknown ${REGISTRY[target].singular} "${id}" (no such file in content/${target}/)`;
}

/** Shortens a quoted text for a message. */
export function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
