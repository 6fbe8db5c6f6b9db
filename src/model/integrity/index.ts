import type { ContentSet, Problem } from '../entry';
import { ruleContext, type Rule } from './context';
import { accountsRule } from './rules/accounts';
import { aliasesRule } from './rules/aliases';
import { citationsRule } from './rules/citations';
import { datesRule } from './rules/dates';
import { fragmentsRule } from './rules/fragments';
import { futureRule } from './rules/future';
import { idsRule } from './rules/ids';
import { placeholdersRule } from './rules/placeholders';
import { involvementRule } from './rules/involvement';
import { quotesRule } from './rules/quotes';
import { referencesRule } from './rules/references';
import { reportsRule } from './rules/reports';
import { rolesRule } from './rules/roles';

export type { Rule, RuleContext } from './context';

/**
 * The rules that span files, beyond each file's schema, one per module in `rules/`: ids are
 * valid and unique; references resolve; excerpts and quotes occur verbatim in their articles;
 * role titles occur in the article that gives them; dates are consistent with their sources;
 * nothing announced as future starts before its announcement; other reports of a quote give their
 * wording; former ids stay unique; fragments of quotes say why they are kept; sources that differ
 * are shown as differing; outlets are never participants.
 */
export const RULES: readonly Rule[] = [
  idsRule,
  referencesRule,
  citationsRule,
  quotesRule,
  rolesRule,
  datesRule,
  futureRule,
  reportsRule,
  aliasesRule,
  fragmentsRule,
  accountsRule,
  involvementRule,
  placeholdersRule,
];

/** Checks content against every rule; returns every problem found (empty when sound). */
export function checkIntegrity(content: ContentSet, rules: readonly Rule[] = RULES): Problem[] {
  const context = ruleContext(content);
  return rules.flatMap((rule) => rule(context));
}
