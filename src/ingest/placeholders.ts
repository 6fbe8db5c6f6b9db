/**
 * Draft placeholder text. Every field the ingest cannot fill in for good (a title to write, a
 * date to check, a narrative to write) carries {@link PLACEHOLDER}, e.g.
 * `dateBasis: "“on Sunday” in the article of 2025-03-20 [TODO: check the date]"`. An entry
 * published (no `draft: true`) with placeholder text left in it fails the content check.
 */
import type { ContentSet, Entry, Problem } from '../utils/integrity';

/** The mark the ingest writes into every field an editor must complete: `[TODO: …]`. */
export const PLACEHOLDER = '[TODO';

/** Recognises placeholder text anywhere in a string (`[TODO]`, `[TODO: check the date]`). */
export const PLACEHOLDER_PATTERN = /\[TODO(?::[^\]]*)?\]/;

/** Placeholder text: `[TODO: what to do]`. */
export function placeholder(what: string): string {
  return `${PLACEHOLDER}: ${what}]`;
}

/** Fields that are copied verbatim from an article, never placeholders. */
const VERBATIM = new Set(['quote', 'sources', 'roles', 'excerpt']);

/** Every string field (dotted path) of a value that carries placeholder text. */
function placeholderFields(value: unknown, field: string): string[] {
  if (typeof value === 'string') return PLACEHOLDER_PATTERN.test(value) ? [field] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholderFields(v, `${field}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (VERBATIM.has(k) ? [] : placeholderFields(v, field ? `${field}.${k}` : k)));
  }
  return [];
}

/**
 * The content rule for placeholders: every entry that is not a draft must have no draft
 * placeholder text left in its front matter (verbatim fields excepted) or, for events, in its
 * narrative. Article bodies are verbatim text and are not checked.
 */
export function checkPlaceholders(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const check = (entry: Entry<{ draft: boolean }>, body: boolean) => {
    if (entry.data.draft) return;
    for (const field of placeholderFields(entry.data, '')) {
      problems.push({ file: entry.filePath, field, message: `still holds the draft placeholder "${PLACEHOLDER}…]" from the ingest: write the real text` });
    }
    if (body && PLACEHOLDER_PATTERN.test(entry.body)) {
      problems.push({ file: entry.filePath, field: '(narrative)', message: `still holds the draft placeholder "${PLACEHOLDER}…]" from the ingest: write the narrative` });
    }
  };
  for (const e of content.articles) check(e, false);
  for (const e of content.actors) check(e, false);
  for (const e of content.events) check(e, true);
  for (const e of content.statements) check(e, false);
  return problems;
}
