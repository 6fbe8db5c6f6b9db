import { allEntries, type Problem } from '../../entry';
import { REGISTRY } from '../../../registry';
import type { Rule } from '../context';

/** The mark the ingest writes into every field an editor must complete: `[TODO: …]`. */
export const PLACEHOLDER = '[TODO';

/** Recognises placeholder text anywhere in a string (`[TODO]`, `[TODO: check the date]`). */
export const PLACEHOLDER_PATTERN = /\[TODO(?::[^\]]*)?\]/;

/** Fields that are copied verbatim from an article, never placeholders. */
const VERBATIM = new Set(['quote', 'sources', 'roles', 'excerpt', 'wording']);

/** Every string field (dotted path) of a value that carries placeholder text. */
function placeholderFields(value: unknown, field: string): string[] {
  if (typeof value === 'string') return PLACEHOLDER_PATTERN.test(value) ? [field] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholderFields(v, `${field}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      VERBATIM.has(k) ? [] : placeholderFields(v, field ? `${field}.${k}` : k),
    );
  }
  return [];
}

/**
 * No published entry (one without `draft: true`) keeps the ingest's draft placeholder text in its
 * front matter (verbatim fields excepted) or, where the body is rendered, in its narrative.
 * Article bodies are verbatim text and are not checked.
 */
export const placeholdersRule: Rule = ({ content }) => {
  const problems: Problem[] = [];
  for (const { collection, entry } of allEntries(content)) {
    if ((entry.data as { draft?: boolean }).draft) continue;
    for (const field of placeholderFields(entry.data, '')) {
      problems.push({
        file: entry.filePath,
        field,
        message: `still holds the draft placeholder "${PLACEHOLDER}…]" from the ingest: write the real text`,
      });
    }
    if (REGISTRY[collection].rendered && PLACEHOLDER_PATTERN.test(entry.body)) {
      problems.push({
        file: entry.filePath,
        field: '(narrative)',
        message: `still holds the draft placeholder "${PLACEHOLDER}…]" from the ingest: write the narrative`,
      });
    }
  }
  return problems;
};
