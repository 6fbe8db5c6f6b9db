import type { ContentSet, Problem } from '../entry';
import { ruleContext, type Rule } from './context';
import { citationsRule } from './rules/citations';
import { datesRule } from './rules/dates';
import { idsRule } from './rules/ids';
import { quotesRule } from './rules/quotes';
import { referencesRule } from './rules/references';
import { rolesRule } from './rules/roles';

export type { Rule, RuleContext } from './context';

/**
 * The rules that span files, beyond each file's schema, one per module in `rules/`: ids are
 * valid and unique; references resolve; excerpts and quotes occur verbatim in their articles;
 * role titles occur in the article that gives them; dates are consistent with their sources.
 */
export const RULES: readonly Rule[] = [idsRule, referencesRule, citationsRule, quotesRule, rolesRule, datesRule];

/** Checks content against every rule; returns every problem found (empty when sound). */
export function checkIntegrity(content: ContentSet, rules: readonly Rule[] = RULES): Problem[] {
  const context = ruleContext(content);
  return rules.flatMap((rule) => rule(context));
}
