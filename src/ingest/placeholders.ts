/**
 * Draft placeholder text. Every field the ingest cannot fill in for good (a title to write, a
 * date to check, a narrative to write) carries {@link PLACEHOLDER}, e.g.
 * `dateBasis: "“on Sunday” in the article of 2025-03-20 [TODO: check the date]"`. An entry
 * published (no `draft: true`) with placeholder text left in it fails the content check.
 */
import type { ContentSet, Problem } from '../model/entry';
import { ruleContext } from '../model/integrity/context';
import { PLACEHOLDER, PLACEHOLDER_PATTERN, placeholdersRule } from '../model/integrity/rules/placeholders';

export { PLACEHOLDER, PLACEHOLDER_PATTERN };

/** Placeholder text: `[TODO: what to do]`. */
export function placeholder(what: string): string {
  return `${PLACEHOLDER}: ${what}]`;
}

/** The placeholder rule on its own (it is also one of the build's rules, in src/model/integrity/rules/). */
export function checkPlaceholders(content: ContentSet): Problem[] {
  return placeholdersRule(ruleContext(content));
}
